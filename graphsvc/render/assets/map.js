/* graphsvc map page: reads the JSON data block, draws it with vis-network, wires search and
   filters. Every user text goes into the page through textContent, never as HTML. */
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

  var byId = {};
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
    if (filters.groups && !filters.groups[n.group]) return false;
    if (filters.rocket !== null && !((n.r >> filters.rocket) & 1)) return false;
    if (filters.findingsOnly && !n.h && n.group !== "rocket" && n.group !== "launchpad") return false;
    return true;
  }
  var view = new vis.DataView(nodes, { filter: visible });
  var container = document.getElementById("gs-map");
  var network = new vis.Network(container, { nodes: view, edges: edges }, data.options);
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
