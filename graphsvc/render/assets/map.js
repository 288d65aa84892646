/* graphsvc map page: reads the JSON data block, draws it with vis-network, wires search,
   filters and (on a timeline map) the year slider. Every user text goes into the page
   through textContent, never as HTML. */
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("graphsvc-map-data").textContent);
  var marks = { parsed: performance.now() };
  var groups = data.options.groups;
  var state = { ready: false, readyAt: null, network: null, nodeCount: data.nodes.length, marks: marks };
  window.graphsvcMap = state;

  function tooltip(lines) {
    var box = document.createElement("div");
    box.className = "gs-tip";
    for (var i = 0; i < lines.length; i++) {
      var line = document.createElement(i === 0 ? "strong" : "div");
      line.textContent = lines[i];
      box.appendChild(line);
    }
    return box;
  }

  function fold(text) {
    return String(text).normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
  }

  function isRelative(href) {
    return typeof href === "string" && !/^[a-z][a-z0-9+.\-]*:/i.test(href) && href.indexOf("//") !== 0;
  }

  // A timeline map: nodes and edges carry "yr", a bit mask of the years (data.years) they
  // are on the map in; without "yr", every year.
  var years = data.years || null;
  var yearAt = years ? years.length - 1 : null;
  function onMap(item, i) { return item.yr === undefined || ((item.yr >> i) & 1) === 1; }
  function phase(item, i) {
    var before = i > 0 && onMap(item, i - 1);
    if (onMap(item, i)) return i > 0 && !before ? "began" : "kept";
    return before ? "ended" : "absent";
  }

  var byId = {};
  var drawnAs = {};  // on a timeline: each node's own colour and border, to return to
  var visNodes = data.nodes.map(function (n) {
    byId[n.id] = n;
    var node = { id: n.id, label: n.label, group: n.group, x: n.x, y: n.y, title: tooltip(n.t) };
    if (n.size !== undefined) node.size = n.size;
    if (n.h) {
      var base = groups[n.group].color.background;
      var ring = data.highlightColours[n.h[0]];
      node.borderWidth = n.h.indexOf("single_point") >= 0 ? 6 : 4;
      node.color = { background: base, border: ring, highlight: { background: base, border: "#000000" },
                     hover: { background: base, border: "#000000" } };
    }
    if (years) drawnAs[n.id] = { color: node.color || groups[n.group].color, borderWidth: node.borderWidth || 1 };
    return node;
  });
  // The most common style is the default of every edge (options.edges), so most edges
  // carry no options of their own: vis-network builds them much faster.
  var visEdges = data.edges.map(function (e) {
    var edge = { id: e.id, from: e.from, to: e.to };
    if (e.s !== data.defaultEdgeStyle) {
      var style = data.edgeStyles[e.s];
      edge.color = style.color;
      edge.width = style.width;
      if (style.dashes) edge.dashes = style.dashes;
    }
    if (e.w !== undefined) edge.width = e.w;
    if (e.t) edge.title = tooltip(e.t);
    return edge;
  });

  marks.records = performance.now();
  var nodes = new vis.DataSet(visNodes);
  var edges = new vis.DataSet(visEdges);
  var filters = { groups: null, rocket: null, findingsOnly: false };
  function visible(node) {
    var n = byId[node.id];
    if (yearAt !== null && phase(n, yearAt) === "absent") return false;
    if (filters.groups && !filters.groups[n.group]) return false;
    if (filters.rocket !== null && !((n.r >> filters.rocket) & 1)) return false;
    if (filters.findingsOnly && !n.h && n.group !== "rocket" && n.group !== "launchpad") return false;
    return true;
  }
  var view = new vis.DataView(nodes, { filter: visible });
  var edgeView = edges;
  if (years) {
    var byEdge = {};
    data.edges.forEach(function (e) { byEdge[e.id] = e; });
    edgeView = new vis.DataView(edges, { filter: function (e) {
      return phase(byEdge[e.id], yearAt) !== "absent";
    } });
    timeline()(yearAt);  // wires the slider; draws the last year
  }
  var container = document.getElementById("gs-map");
  var network = new vis.Network(container, { nodes: view, edges: edgeView }, data.options);
  state.network = network;
  marks.network = performance.now();
  network.once("afterDrawing", function () {
    state.ready = true;
    state.readyAt = performance.now();
    document.body.setAttribute("data-ready", "1");
  });
  if (data.physics) {
    network.once("stabilizationIterationsDone", function () { network.fit(); });
  }

  function focusNode(id) {
    network.selectNodes([id]);
    network.focus(id, { scale: 1.1, animation: false });
  }

  function button(text, onClick) {
    var li = document.createElement("li");
    var b = document.createElement("button");
    b.type = "button";
    b.textContent = text;
    b.addEventListener("click", onClick);
    li.appendChild(b);
    return li;
  }

  var searchBox = document.getElementById("gs-search");
  var results = document.getElementById("gs-results");
  var folded = null;
  searchBox.addEventListener("input", function () {
    var needle = fold(searchBox.value.trim());
    results.textContent = "";
    if (!needle) return;
    if (folded === null) folded = data.nodes.map(function (n) { return fold(n.t[0] + " " + n.k); });
    var found = 0;
    for (var i = 0; i < data.nodes.length && found < 25; i++) {
      if (yearAt !== null && phase(data.nodes[i], yearAt) === "absent") continue;
      if (folded[i].indexOf(needle) >= 0) {
        var n = data.nodes[i];
        results.appendChild(button(n.t[0], focusNode.bind(null, n.id)));
        found++;
      }
    }
    if (!found) {
      var li = document.createElement("li");
      li.textContent = data.words.no_results;
      results.appendChild(li);
    }
  });

  var groupBoxes = Array.prototype.slice.call(document.querySelectorAll("input.gs-group"));
  function refresh() { view.refresh(); }

  // The year slider: show year i, with what began that year haloed and what ended faded.
  function timeline() {
    var look = data.timeline;
    var slider = document.getElementById("gs-year");
    var shown = document.getElementById("gs-year-shown");
    var play = document.getElementById("gs-play");
    var counts = { began: document.getElementById("gs-began-count"),
                   ended: document.getElementById("gs-ended-count") };
    var drawn = { nodes: {}, edges: {} };  // id -> the phase it is drawn in now
    function halo(size) { return { enabled: true, color: look.began, size: size, x: 0, y: 0 }; }
    function nodeLook(n, p) {
      var own = drawnAs[n.id];
      if (p === "began") {
        var ring = { border: look.began, background: own.color.background };
        return { id: n.id, opacity: 1, borderWidth: 4, shadow: halo(18),
                 color: { background: own.color.background, border: look.began,
                          highlight: ring, hover: ring } };
      }
      var label = groups[n.group].font.color;
      return { id: n.id, opacity: p === "ended" ? look.faded : 1, borderWidth: own.borderWidth,
               color: own.color, shadow: { enabled: false },
               font: { color: p === "ended" ? look.fadedLabel : label } };
    }
    function edgeLook(e, p) {
      var style = data.edgeStyles[e.s];
      var width = e.w !== undefined ? e.w : style.width;
      var color = { color: style.color.color, highlight: style.color.highlight,
                    hover: style.color.hover, opacity: p === "ended" ? look.faded : 1 };
      return { id: e.id, color: color, width: p === "began" ? width + 2 : width,
               shadow: p === "began" ? halo(8) : { enabled: false } };
    }
    function restyle(items, kind, i, make, set) {
      var changed = [], tally = { began: 0, ended: 0 };
      items.forEach(function (item) {
        var p = phase(item, i);
        if (p === "began" || p === "ended") tally[p]++;
        var wanted = p === "absent" ? "kept" : p;
        if ((drawn[kind][item.id] || "kept") !== wanted) {
          drawn[kind][item.id] = wanted;
          changed.push(make(item, wanted));
        }
      });
      if (changed.length) set.update(changed);
      return tally;
    }
    function showYear(i) {
      yearAt = i;
      var tally = restyle(data.nodes, "nodes", i, nodeLook, nodes);
      restyle(data.edges, "edges", i, edgeLook, edges);
      view.refresh();
      edgeView.refresh();
      slider.value = String(i);
      slider.setAttribute("aria-valuetext", String(years[i]));
      shown.textContent = String(years[i]);
      counts.began.textContent = tally.began.toLocaleString(data.lang);
      counts.ended.textContent = tally.ended.toLocaleString(data.lang);
      state.year = years[i];
    }
    var timer = null;
    function stop() {
      clearInterval(timer);
      timer = null;
      play.textContent = data.words.play;
    }
    slider.addEventListener("input", function () { showYear(Number(slider.value)); });
    play.addEventListener("click", function () {
      if (timer !== null) { stop(); return; }
      if (yearAt === years.length - 1) showYear(0);
      play.textContent = data.words.pause;
      timer = setInterval(function () {
        if (yearAt >= years.length - 1) { stop(); return; }
        showYear(yearAt + 1);
      }, look.stepMs);
    });
    return showYear;
  }
  groupBoxes.forEach(function (box) {
    box.addEventListener("change", function () {
      filters.groups = {};
      groupBoxes.forEach(function (b) { filters.groups[b.value] = b.checked; });
      refresh();
    });
  });
  var rocketSelect = document.getElementById("gs-rocket");
  if (rocketSelect) {
    rocketSelect.addEventListener("change", function () {
      filters.rocket = rocketSelect.value === "" ? null : Number(rocketSelect.value);
      refresh();
    });
  }
  var findingsOnly = document.getElementById("gs-findings-only");
  if (findingsOnly) {
    findingsOnly.addEventListener("change", function () {
      filters.findingsOnly = findingsOnly.checked;
      refresh();
    });
  }
  var physics = document.getElementById("gs-physics");
  if (physics) {
    physics.addEventListener("change", function () {
      network.setOptions({ physics: { enabled: physics.checked } });
    });
  }
  var findingList = document.getElementById("gs-findings");
  if (findingList) {
    data.findings.slice(0, 500).forEach(function (f) {
      findingList.appendChild(button(f.text, focusNode.bind(null, f.id)));
    });
  }

  network.on("click", function (params) {
    if (params.nodes.length !== 1) return;
    var n = byId[params.nodes[0]];
    if (n && n.href && isRelative(n.href)) window.location.assign(n.href);
  });
})();
