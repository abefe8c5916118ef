// govkg serve page. Every name and sentence from the graph is set with textContent, never parsed as
// HTML, so a unit called "<img src=x onerror=…>" is shown as those characters.
(function () {
  "use strict";

  var RELATIONS = {
    supervises: ["督办 / 包抓", "supervises"],
    designates: ["挂牌 / 列为重点", "designates"],
    issued: ["印发", "issued"],
    forwarded: ["转发", "forwarded"],
    established: ["成立", "established"],
    part_of: ["下设于", "part of"],
    within: ["位于", "within"],
    head_of: ["领导", "head of"],
    jurisdiction: ["管辖", "jurisdiction"]
  };
  var KINDS = { place: "地点 place", unit: "单位 unit" };

  function $(id) { return document.getElementById(id); }

  function el(tag, text, cls) {
    var node = document.createElement(tag);
    if (text !== undefined && text !== null) node.textContent = String(text);
    if (cls) node.className = cls;
    return node;
  }

  function setStatus(node, text, isError) {
    node.textContent = text || "";
    node.classList.toggle("error", !!isError);
  }

  // fetch JSON; a failed answer becomes an Error carrying the server's message and hint
  function getJSON(url) {
    return fetch(url, { headers: { Accept: "application/json" } }).then(function (r) {
      return r.json().catch(function () { return { error: r.status + " " + r.statusText }; }).then(function (body) {
        if (!r.ok) {
          var err = new Error(body.error || r.statusText);
          err.hint = body.hint;
          err.status = r.status;
          throw err;
        }
        return body;
      });
    });
  }

  function errorText(err) { return err.message + (err.hint ? "（" + err.hint + "）" : ""); }

  function relationCell(relation) {
    var names = RELATIONS[relation] || [relation, ""];
    var td = el("td", names[0]);
    td.appendChild(el("span", names[1], "sub"));
    return td;
  }

  // the sentence as a <span>, every occurrence of the names in a <mark>
  function markedText(text, needles) {
    var span = el("span");
    var words = needles.filter(function (n) { return n && text.indexOf(n) >= 0; });
    var i = 0;
    while (i < text.length) {
      var best = -1, word = "";
      words.forEach(function (w) {
        var at = text.indexOf(w, i);
        if (at >= 0 && (best < 0 || at < best)) { best = at; word = w; }
      });
      if (best < 0) { span.appendChild(document.createTextNode(text.slice(i))); break; }
      span.appendChild(document.createTextNode(text.slice(i, best)));
      span.appendChild(el("mark", word));
      i = best + word.length;
    }
    return span;
  }

  function evidenceCell(text, needles) {
    var td = el("td", null, "evidence");
    td.appendChild(markedText(text, needles));
    return td;
  }

  function sourceCell(title, docId) {
    var td = el("td", title || docId || "");
    if (title && docId) td.appendChild(el("span", docId, "sub"));
    return td;
  }

  // ---------------------------------------------------------------------------------- answer

  function renderOversees(data) {
    var body = $("oversees").querySelector("tbody");
    body.replaceChildren();
    $("answer-name").textContent = data.name;
    data.results.forEach(function (r) {
      var tr = el("tr");
      tr.dataset.relation = r.relation;
      tr.dataset.direct = r.direct ? "1" : "0";
      if (!r.direct) tr.className = "indirect";
      var unit = el("td", r.label);
      unit.title = r.unit;
      tr.appendChild(unit);
      tr.appendChild(relationCell(r.relation));
      var place = el("td", r.place_label);
      if (!r.direct) place.appendChild(el("span", "上级地区 containing place", "sub"));
      tr.appendChild(place);
      tr.appendChild(evidenceCell(r.evidence || "", [r.place_label, data.name]));
      tr.appendChild(sourceCell(r.document_title, r.document));
      body.appendChild(tr);
    });
    if (!data.results.length) {
      var empty = el("tr");
      var td = el("td", "没有找到督办单位 No overseeing unit found");
      td.colSpan = 5;
      empty.appendChild(td);
      body.appendChild(empty);
    }
    $("answer").hidden = false;
  }

  function renderChain(data) {
    var body = $("chain").querySelector("tbody");
    body.replaceChildren();
    data.links.forEach(function (link) {
      var tr = el("tr");
      tr.dataset.relation = link.relation;
      tr.appendChild(el("td", link.subject_label));
      var rel = relationCell(link.relation);
      if (link.via === "adminCode") rel.appendChild(el("span", "据行政区划代码 by admin code", "sub"));
      tr.appendChild(rel);
      tr.appendChild(el("td", link.object_label));
      // the chain repeats long sentences: each is folded under its source, one click away
      var td = el("td", null, "evidence");
      link.evidence.forEach(function (said) {
        var fold = el("details");
        fold.appendChild(el("summary", said.document_title || said.document));
        fold.appendChild(markedText(said.text, [link.subject_label, link.object_label]));
        td.appendChild(fold);
      });
      tr.appendChild(td);
      body.appendChild(tr);
    });
    $("chain-section").hidden = !data.links.length;
  }

  var input = $("q"), list = $("suggestions"), active = -1, pending = 0, timer = null;
  var vizAvailable = false, lastSearch = null;

  function showPicture(name) {
    var url = "/viz?focus=" + encodeURIComponent(name);
    $("picture-link").href = url;
    if (vizAvailable) $("picture").src = url;
    $("picture").hidden = !vizAvailable;
    $("picture-section").hidden = false;
  }

  function search(name) {
    name = name.trim();
    if (!name) return;
    clearTimeout(timer);
    pending++;  // a suggestion list still on its way is no longer wanted
    closeSuggestions();
    setStatus($("status"), "查询中 Searching…");
    lastSearch = name;
    history.replaceState(null, "", "#q=" + encodeURIComponent(name));
    var q = encodeURIComponent(name);
    Promise.all([getJSON("/api/oversees?name=" + q), getJSON("/api/chain?name=" + q)]).then(function (res) {
      renderOversees(res[0]);
      renderChain(res[1]);
      showPicture(name);
      setStatus($("status"), res[0].results.length + " 条结果 results");
      document.body.dataset.ready = "1";
    }).catch(function (err) {
      $("answer").hidden = true;
      $("chain-section").hidden = true;
      $("picture-section").hidden = true;
      setStatus($("status"), errorText(err), true);
      document.body.dataset.ready = "1";
    });
    fillParams(name);
  }

  // ---------------------------------------------------------------------------- autocomplete


  function closeSuggestions() {
    list.hidden = true;
    list.replaceChildren();
    input.setAttribute("aria-expanded", "false");
    input.removeAttribute("aria-activedescendant");
    active = -1;
  }

  function markActive(i) {
    var items = list.querySelectorAll("li");
    items.forEach(function (li, j) { li.setAttribute("aria-selected", j === i ? "true" : "false"); });
    active = i;
    if (items[i]) input.setAttribute("aria-activedescendant", items[i].id);
  }

  function showSuggestions(items) {
    list.replaceChildren();
    items.forEach(function (s, i) {
      var li = el("li", s.label);
      li.id = "suggestion-" + i;
      li.setAttribute("role", "option");
      li.dataset.value = s.label;
      var extra = (KINDS[s.kind] || s.kind) + (s.match !== s.label ? " · " + s.match : "");
      li.appendChild(el("span", extra, "kind"));
      li.addEventListener("mousedown", function (ev) {
        ev.preventDefault();  // keep focus in the input
        input.value = s.label;
        search(s.label);
      });
      list.appendChild(li);
    });
    list.hidden = !items.length;
    input.setAttribute("aria-expanded", items.length ? "true" : "false");
    active = -1;
  }

  input.addEventListener("input", function () {
    clearTimeout(timer);
    var q = input.value.trim();
    if (!q) { closeSuggestions(); return; }
    timer = setTimeout(function () {
      var ticket = ++pending;  // answers can arrive out of order: only the latest is shown
      getJSON("/api/suggest?q=" + encodeURIComponent(q)).then(function (items) {
        if (ticket === pending && document.activeElement === input) showSuggestions(items);
      }).catch(function () { closeSuggestions(); });
    }, 120);
  });

  input.addEventListener("keydown", function (ev) {
    var count = list.querySelectorAll("li").length;
    if (ev.key === "ArrowDown" && count) { ev.preventDefault(); markActive((active + 1) % count); }
    else if (ev.key === "ArrowUp" && count) { ev.preventDefault(); markActive((active - 1 + count) % count); }
    else if (ev.key === "Escape") { closeSuggestions(); }
    else if (ev.key === "Enter" && active >= 0) {
      ev.preventDefault();
      input.value = list.querySelectorAll("li")[active].dataset.value;
      search(input.value);
    }
  });
  input.addEventListener("blur", function () { setTimeout(closeSuggestions, 150); });

  $("search-form").addEventListener("submit", function (ev) {
    ev.preventDefault();
    search(input.value);
  });

  // ---------------------------------------------------------------------------- query editor

  var queries = {};

  // A SPARQL literal or IRI for a parameter value: shown in the editor, so the user sees what runs.
  function sparqlTerm(type, value) {
    var kind = (type || "").toLowerCase();
    if (kind === "iri") {
      if (/[\s<>"{}|^`\\]/.test(value)) throw new Error("not an IRI: " + value);
      return "<" + value + ">";
    }
    var text = '"' + value.replace(/\\/g, "\\\\").replace(/"/g, '\\"').replace(/\n/g, "\\n")
      .replace(/\r/g, "\\r") + '"';
    if (kind === "name") return text + "@zh";  // a place or unit name: labels are @zh literals
    if (kind.indexOf("literal@") === 0) return text + "@" + kind.slice(8).replace(/[^a-z0-9-]/g, "");
    var xsd = { integer: 1, decimal: 1, double: 1, boolean: 1, date: 1 };
    if (xsd[kind]) return text + "^^xsd:" + kind;  // the endpoint predeclares xsd: and the other govkg prefixes
    return text;
  }

  function editorText() {
    var q = queries[$("named").value];
    if (!q) return;
    var values = [];
    $("params").querySelectorAll("input").forEach(function (box) {
      if (box.value.trim()) values.push([box.dataset.name, sparqlTerm(box.dataset.type, box.value.trim())]);
    });
    var text = q.text.replace(/\s+$/, "") + "\n";
    if (values.length) {
      text += "VALUES (" + values.map(function (v) { return "?" + v[0]; }).join(" ") + ") { (" +
        values.map(function (v) { return v[1]; }).join(" ") + ") }\n";
    }
    $("sparql").value = text;
  }

  function chooseQuery() {
    var q = queries[$("named").value];
    var box = $("params");
    box.replaceChildren();
    $("named-description").textContent = q ? q.title : "";
    if (!q) return;
    $("named-description").title = q.description;
    q.params.forEach(function (p) {
      var label = el("label", "?" + p.name + " ");
      var field = el("input");
      field.dataset.name = p.name;
      field.dataset.type = p.type;
      field.placeholder = p.type;
      field.title = p.doc;
      field.value = p.name === "name" ? input.value.trim() : "";
      field.addEventListener("input", function () {
        try { editorText(); setStatus($("query-status"), ""); } catch (err) { setStatus($("query-status"), err.message, true); }
      });
      label.appendChild(field);
      box.appendChild(label);
    });
    editorText();
  }

  function fillParams(name) {
    var field = $("params").querySelector('input[data-name="name"]');
    if (field) { field.value = name; editorText(); }
  }

  function resultTable(json) {
    if (typeof json.boolean === "boolean") return el("p", json.boolean ? "true 是" : "false 否");
    var table = el("table"), head = el("tr"), body = el("tbody");
    json.head.vars.forEach(function (v) { head.appendChild(el("th", "?" + v)); });
    var thead = el("thead");
    thead.appendChild(head);
    table.appendChild(thead);
    json.results.bindings.forEach(function (b) {
      var tr = el("tr");
      json.head.vars.forEach(function (v) {
        var t = b[v], td = el("td", t ? t.value : "");
        if (t && t["xml:lang"]) td.appendChild(el("span", "@" + t["xml:lang"], "sub"));
        tr.appendChild(td);
      });
      body.appendChild(tr);
    });
    table.appendChild(body);
    return table;
  }

  function runQuery() {
    var format = $("format").value;
    var accept = format === "table" ? "application/sparql-results+json, text/turtle;q=0.9" : format;
    var out = $("query-result");
    out.replaceChildren();
    setStatus($("query-status"), "运行中 Running…");
    var started = performance.now();
    fetch("/sparql", {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded", Accept: accept },
      body: new URLSearchParams({ query: $("sparql").value }).toString()
    }).then(function (r) {
      return r.text().then(function (text) {
        var ms = Math.round(performance.now() - started);
        if (!r.ok) { setStatus($("query-status"), r.status + " " + text, true); return; }
        var type = (r.headers.get("Content-Type") || "").split(";")[0];
        if (format === "table" && type === "application/sparql-results+json") {
          var json = JSON.parse(text);
          out.appendChild(resultTable(json));
          var n = json.results ? json.results.bindings.length : 1;
          setStatus($("query-status"), n + " 行 rows · " + ms + " ms");
        } else {
          out.appendChild(el("pre", text));
          setStatus($("query-status"), type + " · " + ms + " ms");
        }
      });
    }).catch(function (err) { setStatus($("query-status"), err.message, true); });
  }

  $("named").addEventListener("change", chooseQuery);
  $("run").addEventListener("click", runQuery);

  getJSON("/api/queries").then(function (items) {
    items.forEach(function (q) {
      queries[q.name] = q;
      $("named").appendChild(el("option", q.name + (q.title ? " — " + q.title : "")));
      $("named").lastChild.value = q.name;
    });
    if (items.length) { $("named").value = queries.oversees ? "oversees" : items[0].name; chooseQuery(); }
  }).catch(function (err) { setStatus($("query-status"), errorText(err), true); });

  // -------------------------------------------------------------------------------- start-up

  getJSON("/api/info").then(function (info) {
    vizAvailable = !!info.viz;
    $("info").textContent = "govkg " + info.version + " · " + info.quads + " quads · " + info.documents.length +
      " 篇文档 documents · 超时 timeout " + info.limits.timeout_s + " s · 最多 " + info.limits.max_results + " 行 rows";
  }).catch(function () { /* the footer is a nicety */ }).then(function () {
    searchFromHash();
    window.addEventListener("hashchange", searchFromHash);
  });

  // #q=NAME in the address is a link to an answer
  function searchFromHash() {
    var m = /^#q=(.+)$/.exec(location.hash);
    if (!m) return;
    var name = decodeURIComponent(m[1]);
    if (name === lastSearch) return;
    input.value = name;
    search(name);
  }
})();
