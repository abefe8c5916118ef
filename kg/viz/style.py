"""How the picture looks: colours, shapes and Chinese names per relation and per kind of node.

Shared by the layouts (label widths, node sizes) and the page (colours, tooltips, legend).
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from typing import Any

#: relation -> (edge label in Chinese, colour, structural). Structural relations are drawn dashed
#: (thin in big graphs) so the oversight edges stand out.
RELATION_STYLE: dict[str, tuple[str, str, bool]] = {
    "supervises": ("监督", "#d62728", False),
    "designates": ("挂牌", "#ff7f0e", False),
    "issued": ("印发", "#1f77b4", False),
    "forwarded": ("转发", "#17becf", False),
    "established": ("成立", "#9467bd", False),
    "part_of": ("隶属", "#8c564b", True),
    "within": ("位于", "#7f7f7f", True),
    "jurisdiction": ("管辖", "#a5a52a", True),
    "head_of": ("负责人", "#e377c2", False),
}
#: Other spellings accepted by :func:`kg.viz.parse_relations` (the RDF property names).
RELATION_ALIASES = {"subOrganizationOf": "part_of", "headOf": "head_of", "partOf": "part_of", "headof": "head_of"}

#: (cls, kind) -> (Chinese name, colour, vis-network shape). kind "" is the fallback of a class.
NODE_STYLE: dict[tuple[str, str], tuple[str, str, str]] = {
    ("unit", "party"): ("党委", "#c0392b", "dot"),
    ("unit", "government"): ("政府", "#2c7fb8", "dot"),
    ("unit", "committee"): ("委员会", "#8e44ad", "dot"),
    ("unit", "taskforce"): ("领导小组/工作组", "#6c3483", "dot"),
    ("unit", "office"): ("办公室", "#16a085", "dot"),
    ("unit", "department"): ("职能部门", "#27ae60", "dot"),
    ("unit", "police"): ("公安", "#1a5276", "dot"),
    ("unit", "court"): ("法院", "#5d6d7e", "dot"),
    ("unit", "procuratorate"): ("检察院", "#85929e", "dot"),
    ("unit", "media"): ("媒体", "#b7950b", "dot"),
    ("unit", ""): ("其他单位", "#95a5a6", "dot"),
    ("place", "province"): ("省", "#7b241c", "diamond"),
    ("place", "prefecture"): ("地级（州、市）", "#a04000", "diamond"),
    ("place", "city"): ("市", "#a04000", "diamond"),
    ("place", "county"): ("县", "#d35400", "diamond"),
    ("place", "district"): ("区", "#d35400", "diamond"),
    ("place", "township"): ("乡镇", "#f39c12", "triangle"),
    ("place", "subdistrict"): ("街道", "#f5b041", "triangle"),
    ("place", "village"): ("村、社区", "#f8c471", "triangleDown"),
    ("place", "township-group"): ("乡镇（按县合并）", "#f39c12", "hexagon"),
    ("place", ""): ("其他地方", "#e59866", "diamond"),
    ("document", ""): ("文件", "#566573", "square"),
    ("person", ""): ("人物", "#e91e63", "star"),
    ("", ""): ("其他", "#bdc3c7", "dot"),
}

#: Above this many nodes the page trades looks for speed (straight edges, no edges while dragging).
LARGE_ABOVE = 1000
FONT_PX = 20  # node labels: readable in a screenshot of a 50-node graph fitted to the window
FONT = '"WenQuanYi Micro Hei", "Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", "PingFang SC", sans-serif'


def node_style(d: Mapping[str, Any]) -> tuple[str, str, str]:
    """(Chinese name, colour, shape) of a node from its ``cls`` and ``kind`` attributes."""
    cls, kind = d.get("cls", ""), d.get("kind", "")
    return NODE_STYLE.get((cls, kind)) or NODE_STYLE.get((cls, "")) or NODE_STYLE["", ""]


def node_size(degree: int) -> float:
    """The drawn size of a node with ``degree`` relations."""
    # grows with degree, slowly, so hubs stand out without covering their neighbours
    return round(min(10 + 4 * math.sqrt(degree), 48), 1)


def short_label(label: str, limit: int = 12) -> str:
    """The label drawn on the canvas: cut to ``limit`` characters."""
    # A long task-force name would cover its neighbours; the tooltip keeps the whole name.
    return label if len(label) <= limit else label[: limit - 1] + "…"


def label_width(label: str) -> float:
    """About how many pixels ``label`` takes at the node font size."""
    # a 汉字 is about one font size wide, Latin letters and digits a bit over half
    return sum(FONT_PX if ord(c) > 0x2E80 else FONT_PX * 0.55 for c in label)
