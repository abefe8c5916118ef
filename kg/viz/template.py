"""The page around the picture: its HTML with ``@NAME@`` placeholders, and the page's own script.

:func:`kg.viz.render_html` fills the placeholders in one pass; the page's Content-Security-Policy
allows ``APP_JS`` by a hash computed when the page is written.
"""

from kg.viz.style import FONT

APP_JS = r"""
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("govkg-data").textContent);
  // Tooltips are DOM nodes filled with textContent: vis-network never parses a name as HTML.
  function tip(lines) {
    var box = document.createElement("div");
    box.className = "govkg-tip";
    lines.forEach(function (line) {
      var el = document.createElement(line[0] === "h" ? "strong" : "div");
      el.className = "tip-" + line[0];
      el.textContent = line[1];
      box.appendChild(el);
    });
    return box;
  }
  data.nodes.forEach(function (n) { n.title = tip(n.tip); });
  data.edges.forEach(function (e) { e.title = tip(e.tip); });
  var nodes = new vis.DataSet(data.nodes), edges = new vis.DataSet(data.edges);
  var status = document.getElementById("status"), panel = document.getElementById("panel");
  var network = new vis.Network(document.getElementById("graph"), {nodes: nodes, edges: edges}, data.options);
  var api = window.govkg = {network: network, nodes: nodes, edges: edges, ready: false, marks: {}};
  api.marks.created = performance.now();
  function ready() {
    if (api.ready) return;
    network.setOptions({physics: false});  // a still picture: no CPU burnt, drags move one node
    api.ready = true;
    api.marks.ready = performance.now();
    status.textContent = "";
    document.body.setAttribute("data-ready", "1");
  }
  network.on("stabilizationProgress", function (p) {
    status.textContent = "布局中 " + Math.round(100 * p.iterations / p.total) + "%";
  });
  network.once("stabilizationIterationsDone", ready);
  network.once("afterDrawing", function () { if (!data.options.physics.enabled) ready(); });
  network.on("click", function (p) {
    var item = p.nodes.length ? nodes.get(p.nodes[0]) : p.edges.length ? edges.get(p.edges[0]) : null;
    panel.replaceChildren();
    panel.hidden = !item;
    if (item) panel.appendChild(tip(item.tip));
  });
  document.getElementById("search").addEventListener("keydown", function (ev) {
    if (ev.key !== "Enter") return;
    var q = ev.target.value.trim();
    if (!q) return;
    var hit = nodes.get({filter: function (n) { return n.name === q || n.aliases.indexOf(q) >= 0; }});
    if (!hit.length) hit = nodes.get({filter: function (n) { return n.name.indexOf(q) >= 0; }});
    status.textContent = hit.length ? "" : "没有找到 " + q;
    if (!hit.length) return;
    network.selectNodes(hit.map(function (n) { return n.id; }));
    network.focus(hit[0].id, {scale: 1.4});
  });
})();
"""

PAGE = """<!DOCTYPE html>
<html lang="zh">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="@CSP@">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>@TITLE@</title>
<style>@VIS_CSS@</style>
<style>
  html, body { margin: 0; height: 100%; font-family: @FONT@; color: #222; background: #fff; }
  #graph { position: absolute; inset: 0 0 0 190px; }  /* the legend keeps the left strip */
  .box { position: absolute; background: rgba(255,255,255,.92); border: 1px solid #ccc; border-radius: 6px;
         padding: 8px 10px; font-size: 13px; box-shadow: 0 1px 4px rgba(0,0,0,.15); }
  #legend { top: 10px; left: 10px; width: 150px; max-height: calc(100% - 40px); overflow: auto; }
  #legend h1 { font-size: 15px; margin: 0 0 2px; overflow-wrap: anywhere; } #legend p { margin: 0 0 6px; color: #555; }
  #legend ul { list-style: none; margin: 0; padding: 0; } #legend li { margin: 2px 0; white-space: nowrap; }
  #legend small { color: #888; }
  .sw { display: inline-block; width: 11px; height: 11px; margin: 0 8px 0 2px; background: var(--c);
        vertical-align: -1px; }
  .sw.dot, .sw.hexagon { border-radius: 50%; } .sw.diamond { transform: rotate(45deg) scale(.85); }
  .sw.triangle { clip-path: polygon(50% 0, 100% 100%, 0 100%); }
  .sw.triangleDown { clip-path: polygon(0 0, 100% 0, 50% 100%); }
  .sw.star { clip-path: polygon(50% 0,61% 35%,98% 35%,68% 57%,79% 91%,50% 70%,21% 91%,32% 57%,2% 35%,39% 35%); }
  .ln { display: inline-block; width: 22px; margin: 0 6px 0 0; border-top: 2px solid var(--c); vertical-align: 3px; }
  .ln.dash { border-top-style: dashed; }
  #tools { top: 10px; right: 10px; } #search { width: 14em; font: inherit; }
  #status { margin-left: 8px; color: #555; }
  #panel { right: 10px; bottom: 10px; max-width: 36em; max-height: 40%; overflow: auto; }
  .govkg-tip { max-width: 32em; white-space: normal; line-height: 1.45; }
  .govkg-tip strong { display: block; font-size: 14px; } .tip-k { color: #777; } .tip-e { margin-top: 4px; }
  div.vis-tooltip { font-family: inherit; font-size: 13px; }
</style>
</head>
<body>
<div id="graph"></div>
<div id="legend" class="box"><h1>@TITLE@</h1><p>@COUNTS@</p><ul>
@LEGEND@
</ul></div>
<div id="tools" class="box"><input id="search" type="search" placeholder="查找名称，回车" aria-label="查找"><span
 id="status">载入中</span></div>
<div id="panel" class="box" hidden></div>
<script type="application/json" id="govkg-data">@DATA@</script>
<script>@VIS_JS@</script>
<script>@APP_JS@</script>
</body>
</html>
""".replace("@FONT@", FONT)
