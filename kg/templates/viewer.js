/* kg viewer: legend, filters, search and the side panel around one vis.Network.
 * Every string in the data comes from news articles and is untrusted: the DOM is
 * built with createElement and textContent only, never innerHTML. */
(function () {
  "use strict";

  var data = JSON.parse(document.getElementById("kg-data").textContent);
  var PALETTE = ["#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f", "#edc948",
                 "#b07aa1", "#ff9da7", "#9c755f", "#86bcb6", "#d37295", "#8cd17d"];
  var OTHER = "#bab0ac";
  var SCORE_NAMES = {degree: "연결 중심성", betweenness: "매개 중심성", pagerank: "페이지랭크"};
  var MAX_FACTS = 200;
  // Stabilisation stops after this long whatever the iteration count: a usable page beats a perfect layout.
  var STABILISE_BUDGET_MS = data.big ? 2500 : 4000;

  var typeInfo = {};
  data.entityTypes.forEach(function (t) { typeInfo[t.key] = t; });
  var relInfo = {};
  data.relations.forEach(function (r) { relInfo[r.key] = r; });

  var state = {hiddenTypes: {}, hiddenRelations: {}, year: "", sizeBy: "degree", colourBy: "type"};

  function el(tag, props, children) {
    var node = document.createElement(tag);
    if (props) {
      Object.keys(props).forEach(function (k) {
        if (k === "text") node.textContent = props[k];
        else if (k === "className") node.className = props[k];
        else if (k === "style") node.style.cssText = props[k];
        else node.setAttribute(k, props[k]);
      });
    }
    (children || []).forEach(function (c) {
      if (c !== null && c !== undefined) node.appendChild(typeof c === "string" ? document.createTextNode(c) : c);
    });
    return node;
  }

  function clear(node) { while (node.firstChild) node.removeChild(node.firstChild); }

  function typeColour(etype) { return (typeInfo[etype] || typeInfo[""] || {colour: OTHER}).colour; }

  function communityColour(c) {
    return (c === null || c === undefined) ? OTHER : PALETTE[c % PALETTE.length];
  }

  function nodeColour(n) {
    var c = state.colourBy === "community" ? communityColour(n.community) : typeColour(n.etype);
    return {background: c, border: "#ffffff", highlight: {background: c, border: "#1d2128"},
            hover: {background: c, border: "#1d2128"}};
  }

  var nodes = new vis.DataSet(data.nodes.map(function (n) {
    return Object.assign({}, n, {color: nodeColour(n)});
  }));
  var edges = new vis.DataSet(data.edges);
  var container = document.getElementById("mynetwork");
  var network = new vis.Network(container, {nodes: nodes, edges: edges}, data.options);
  window.network = network;
  window.kgReady = false;

  /* ---- stabilisation: bounded in iterations (options) and in time (here); physics off after ---- */
  var progress = document.getElementById("progress");
  var started = performance.now();
  function ready() {
    network.setOptions({physics: {enabled: false}});
    progress.textContent = "";
    window.kgStabilisedMs = Math.round(performance.now() - started);
    window.kgReady = true;
    document.documentElement.setAttribute("data-kg-ready", "true");
  }
  network.on("stabilizationProgress", function (p) {
    progress.textContent = "배치 계산 중… " + Math.round(100 * p.iterations / p.total) + "%";
    if (performance.now() - started > STABILISE_BUDGET_MS) network.stopSimulation();
  });
  network.once("stabilizationIterationsDone", ready);
  if (nodes.length === 0) ready();

  /* ---- legend and filters ---- */
  function legendRow(checked, swatch, label, count, onChange) {
    var box = el("input", {type: "checkbox"});
    box.checked = checked;
    box.addEventListener("change", function () { onChange(box.checked); });
    return el("li", null, [el("label", null, [box, swatch, el("span", {text: label}),
                                               el("span", {className: "count", text: String(count)})])]);
  }

  var typeList = document.getElementById("legend-types");
  data.entityTypes.forEach(function (t) {
    var row = legendRow(true, el("span", {className: "swatch", style: "background:" + t.colour}), t.label, t.count,
      function (on) { state.hiddenTypes[t.key] = !on; applyFilters(); });
    row.setAttribute("data-type", t.key);
    typeList.appendChild(row);
  });
  var relList = document.getElementById("legend-relations");
  data.relations.forEach(function (r) {
    var line = el("span", {className: "line" + (r.directed ? " directed" : ""),
                           style: "background:" + r.colour + ";color:" + r.colour});
    var row = legendRow(true, line, r.label, r.count,
      function (on) { state.hiddenRelations[r.key] = !on; applyFilters(); });
    row.setAttribute("data-relation", r.key);
    relList.appendChild(row);
  });

  var yearSelect = document.getElementById("year");
  data.years.forEach(function (y) { yearSelect.appendChild(el("option", {value: y, text: y + "년"})); });
  yearSelect.addEventListener("change", function () { state.year = yearSelect.value; applyFilters(); });

  function applyFilters() {
    var hiddenNode = {};
    var nodeUpdates = nodes.get().map(function (n) {
      var hide = !!state.hiddenTypes[n.etype];
      hiddenNode[n.id] = hide;
      return {id: n.id, hidden: hide};
    });
    var edgeUpdates = edges.get().map(function (e) {
      var hide = !!state.hiddenRelations[e.relation] || hiddenNode[e.from] || hiddenNode[e.to] ||
        (state.year !== "" && e.years.indexOf(state.year) < 0);
      return {id: e.id, hidden: hide};
    });
    nodes.update(nodeUpdates);
    edges.update(edgeUpdates);
  }

  /* ---- size and colour ---- */
  document.getElementById("size-by").addEventListener("change", function (ev) {
    state.sizeBy = ev.target.value;
    nodes.update(nodes.get().map(function (n) { return {id: n.id, value: n[state.sizeBy]}; }));
  });

  var communitySection = document.getElementById("community-section");
  var communityList = document.getElementById("legend-communities");
  (function buildCommunityLegend() {
    var sizes = {};
    data.nodes.forEach(function (n) {
      if (n.community !== null && n.community !== undefined) sizes[n.community] = (sizes[n.community] || 0) + 1;
    });
    Object.keys(sizes).map(Number).sort(function (a, b) { return sizes[b] - sizes[a] || a - b; })
      .slice(0, PALETTE.length).forEach(function (c) {
        communityList.appendChild(el("li", null, [el("label", null, [
          el("span", {className: "swatch", style: "background:" + communityColour(c)}),
          el("span", {text: "커뮤니티 " + c}), el("span", {className: "count", text: String(sizes[c])})])]));
      });
  })();
  document.getElementById("colour-by").addEventListener("change", function (ev) {
    state.colourBy = ev.target.value;
    communitySection.hidden = state.colourBy !== "community";
    nodes.update(nodes.get().map(function (n) { return {id: n.id, color: nodeColour(n)}; }));
  });

  /* ---- side panel ---- */
  var panel = document.getElementById("panel");
  var panelBody = document.getElementById("panel-body");
  function resize() { network.setSize(); network.redraw(); }  // now, not at vis's next resize poll
  function closePanel() {
    if (panel.hidden) return;
    panel.hidden = true;
    clear(panelBody);
    resize();
  }
  document.getElementById("panel-close").addEventListener("click", closePanel);
  document.addEventListener("keydown", function (ev) { if (ev.key === "Escape") closePanel(); });

  function showPanel(children) {
    clear(panelBody);
    children.forEach(function (c) { if (c) panelBody.appendChild(c); });
    var wasHidden = panel.hidden;
    panel.hidden = false;
    panel.scrollTop = 0;
    if (wasHidden) resize();
  }

  function safeUrl(url) {
    if (typeof url !== "string" || !/^https?:\/\//i.test(url)) return "";
    try {
      var u = new URL(url);
      return (u.protocol === "http:" || u.protocol === "https:") ? u.href : "";
    } catch (e) { return ""; }
  }

  function formatNumber(x) { return typeof x === "number" ? x.toFixed(3) : "—"; }

  function factBlock(fact) {
    var rel = relInfo[fact.relation] || {label: fact.relation};
    var arrow = rel.directed ? " → " : " — ";
    var head = el("div", {className: "head"}, [
      fact.status !== "asserted"
        ? el("span", {className: "badge " + fact.status, text: data.status[fact.status] || fact.status}) : null,
      rel.label + ": " + fact.subjectLabel + arrow + fact.objectLabel]);
    var meta = [];
    if (fact.date) meta.push("일자 " + fact.date);
    if (fact.amountText) meta.push("금액 " + fact.amountText);
    else if (typeof fact.amountValue === "number") meta.push("금액 " + fact.amountValue.toLocaleString("ko-KR") + " " + (fact.currency || ""));
    if (fact.duration) meta.push("기간 " + fact.duration);
    if (fact.title) meta.push("직함 " + fact.title);
    if (fact.type) meta.push(fact.type);
    var article = typeof fact.article === "number" ? data.articles[fact.article] : null;
    var source = null;
    if (article) {
      var url = safeUrl(article.url);
      var headline = article.headline || article.id;
      var title = url
        ? el("a", {href: url, target: "_blank", rel: "noopener noreferrer", text: headline})
        : el("span", {text: headline});
      source = el("div", {className: "source"}, ["출처: ", title,
        article.published ? " (" + article.published + ")" : null,
        article.id && article.headline ? " · " + article.id : null]);
    }
    return el("div", {className: "fact " + fact.status}, [
      head,
      meta.length ? el("div", {className: "meta", text: meta.join(" · ")}) : null,
      fact.evidence ? el("blockquote", {className: "evidence", text: fact.evidence}) : null,
      source]);
  }

  function factList(indices) {
    var facts = indices.map(function (i) { return data.facts[i]; });
    var order = {asserted: 0, hedged: 1, negated: 2};
    function rank(f) { return f.status in order ? order[f.status] : 3; }
    facts.sort(function (a, b) { return rank(a) - rank(b); });
    var out = facts.slice(0, MAX_FACTS).map(factBlock);
    if (facts.length > MAX_FACTS) out.push(el("p", {className: "meta", text: "… 외 " + (facts.length - MAX_FACTS) + "건"}));
    return out;
  }

  function openNode(id) {
    var n = nodes.get(id);
    if (!n) return;
    var t = typeInfo[n.etype] || {label: n.etype};
    var rows = ["degree", "betweenness", "pagerank"].map(function (k) {
      return el("tr", null, [el("th", {text: SCORE_NAMES[k]}), el("td", {text: formatNumber(n[k])})]);
    });
    if (n.community !== null && n.community !== undefined) {
      rows.push(el("tr", null, [el("th", {text: "커뮤니티"}), el("td", {text: String(n.community)})]));
    }
    var hedged = n.facts.filter(function (i) { return data.facts[i].status !== "asserted"; }).length;
    showPanel([
      el("h2", {className: "name", text: n.ko || n.name}),
      n.en && n.en !== (n.ko || n.name) ? el("p", {className: "en", text: n.en}) : null,
      el("div", null, [el("span", {className: "badge", style: "background:" + typeColour(n.etype), text: t.label})]),
      n.aliases.length ? el("p", {className: "aliases", text: "다른 이름: " + n.aliases.join(", ")}) : null,
      el("table", {className: "scores"}, [el("tbody", null, rows)]),
      el("h3", {text: "관계 " + n.facts.length + "건" + (hedged ? " (추정·부인 " + hedged + "건 포함)" : "")}),
    ].concat(factList(n.facts)));
  }

  function openEdge(id) {
    var e = edges.get(id);
    if (!e) return;
    var rel = relInfo[e.relation] || {label: e.relation};
    var from = nodes.get(e.from), to = nodes.get(e.to);
    showPanel([
      el("h2", {className: "name", text: rel.label}),
      el("p", {className: "en", text: (from ? from.name : e.from) + (rel.directed ? " → " : " — ") + (to ? to.name : e.to)}),
      el("h3", {text: "근거 " + e.facts.length + "건"}),
    ].concat(e.facts.length ? factList(e.facts) : [el("p", {className: "meta", text: "근거 문장이 없는 관계입니다."})]));
  }

  network.on("click", function (params) {
    if (params.nodes.length) openNode(params.nodes[0]);
    else if (params.edges.length) openEdge(params.edges[0]);
    else closePanel();
  });

  /* ---- search: Korean or English name or alias ---- */
  function norm(s) { return String(s || "").normalize("NFKC").toLowerCase().replace(/[\s·.\-_'"]+/g, ""); }
  var index = data.nodes.map(function (n) {
    return {id: n.id, n: n, keys: [n.ko, n.en, n.name].concat(n.aliases).filter(Boolean).map(norm)};
  });
  var search = document.getElementById("search");
  var results = document.getElementById("search-results");

  function find(q) {
    var key = norm(q);
    if (!key) return [];
    var hits = [];
    index.forEach(function (entry) {
      var best = 3;
      entry.keys.forEach(function (k) {
        if (k === key) best = Math.min(best, 0);
        else if (k.indexOf(key) === 0) best = Math.min(best, 1);
        else if (k.indexOf(key) > 0) best = Math.min(best, 2);
      });
      if (best < 3) hits.push({entry: entry, rank: best});
    });
    hits.sort(function (a, b) {
      return a.rank - b.rank || (b.entry.n.degree - a.entry.n.degree) || (a.entry.n.name < b.entry.n.name ? -1 : 1);
    });
    return hits;
  }

  function selectNode(id) {
    network.selectNodes([id]);
    openNode(id);
    var scale = network.getScale();  // zoom in only from an overview of a big graph
    network.focus(id, {scale: scale < 0.7 ? 1.0 : scale, animation: {duration: 400, easingFunction: "easeInOutQuad"}});
  }

  function showResults(hits) {
    clear(results);
    hits.slice(0, 12).forEach(function (h) {
      var n = h.entry.n;
      var sub = [n.en, (typeInfo[n.etype] || {}).label].filter(Boolean).join(" · ");
      var li = el("li", {role: "option"}, [el("span", {text: n.name}), sub ? el("span", {className: "sub", text: sub}) : null]);
      li.addEventListener("mousedown", function (ev) { ev.preventDefault(); selectNode(n.id); results.hidden = true; });
      results.appendChild(li);
    });
    if (!hits.length && search.value.trim()) results.appendChild(el("li", {className: "sub", text: "찾는 엔터티가 없습니다"}));
    results.hidden = !results.firstChild;
  }

  var timer = null;
  search.addEventListener("input", function () {
    clearTimeout(timer);
    timer = setTimeout(function () {
      var hits = find(search.value);
      showResults(hits);
      if (hits.length && (hits[0].rank === 0 || hits.length === 1)) {
        selectNode(hits[0].entry.id);
        if (hits.length === 1 || (hits.length > 1 && hits[1].rank > 0)) results.hidden = true;
      }
    }, 150);
  });
  search.addEventListener("keydown", function (ev) {
    if (ev.key === "Enter") {
      var hits = find(search.value);
      if (hits.length) { selectNode(hits[0].entry.id); results.hidden = true; }
    } else if (ev.key === "Escape") {
      results.hidden = true;
    }
  });
  search.addEventListener("blur", function () { results.hidden = true; });
})();
