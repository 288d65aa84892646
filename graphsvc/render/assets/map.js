/* graphsvc map page, the last part: reads the JSON data block, draws it with vis-network and
   ties the parts together: the view (filters, the key-actors view, the gaps overlay, focus),
   emphasis and rings, and the profile of a clicked node. Drawing of actors and actions
   (map-draw.js), sizes and key actors (map-measures.js), labels, the panel, exports, the
   year slider, search and the controls are parts of their own (render/page.py SCRIPT_PARTS).
   The view is kept in the URL fragment (map-state.js). Every user text goes into the page
   through textContent.
   Speed: a new size or opacity of an actor or action is a redraw; every other change hands
   vis-network one update per data set, holding only the records whose look changed
   (diffed against what it last got), and is drawn at the next frame. */
(function () {
  "use strict";
  var P = window.GraphsvcParts;
  var data = JSON.parse(document.getElementById("graphsvc-map-data").textContent);
  var marks = { parsed: performance.now() };
  var groups = data.options.groups;
  var words = data.words;
  var FADED = 0.15, KEY_RING = "#5E3C99", FOCUS_RING = "#0B4F8A";
  var container = document.getElementById("gs-map");
  var font = getComputedStyle(document.body).fontFamily;
  var api = { ready: false, readyAt: null, network: null, nodeCount: data.nodes.length, marks: marks };
  window.graphsvcMap = api;
  Object.keys(groups).forEach(function (g) { groups[g].font = { size: 0 }; });  // labels: map-labels.js
  // The nodes are drawn by the page from its own sizes and opacities (map-draw.js).
  // A map coloured by programme or theme fills each node with its palette entry's colour.
  var fillOf = {};
  data.nodes.forEach(function (n) { if (n.c !== undefined) fillOf[n.id] = data.palette[n.c].colour; });
  var painter = P.drawByPage(groups, function (id) {
    return { size: sizes[id], opacity: one(drawnOpacity, id), ring: ownLook[id] || null,
             halo: haloNow[id] || null, gone: !onMapNow(id), fill: fillOf[id] || null };
  }, function () { return network.getScale(); });

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
  function isRelative(href) {
    return typeof href === "string" && !/^[a-z][a-z0-9+.\-]*:/i.test(href) && href.indexOf("//") !== 0;
  }
  function text(name, values) {
    return words[name].replace(/\{(\w+)\}/g, function (_, k) {
      var v = values[k];
      return typeof v === "number" ? v.toLocaleString(data.lang) : String(v);
    });
  }

  // A timeline map: nodes and edges carry "yr", a bit mask of the years they are on the map.
  var years = data.years || null;
  var yearAt = years ? years.length - 1 : null;
  function onMap(item, i) { return item.yr === undefined || ((item.yr >> i) & 1) === 1; }

  function phase(item, i) {
    var before = i > 0 && onMap(item, i - 1);
    if (onMap(item, i)) return i > 0 && !before ? "began" : "kept";
    return before ? "ended" : "absent";
  }

  // Whether node ``id`` is on the map in the year shown (what ended that year is, faded).
  function onMapNow(id) { return yearAt === null || phase(byId[id], yearAt) !== "absent"; }

  var byId = {}, links = {}, byKey = {};
  data.nodes.forEach(function (n) {
    byId[n.id] = n;
    links[n.id] = [];
    if (!byKey[n.k] || byKey[n.k].group === "action") byKey[n.k] = n;
  });
  data.edges.forEach(function (e) {
    if (e.s === "intro") return;
    links[e.from].push({ other: e.to, style: e.s });
    links[e.to].push({ other: e.from, style: e.s });
  });
  var rocketBit = {};
  data.rockets.forEach(function (r) { rocketBit[r.key] = r.bit; });

  var measures = new P.Measures(data, groups), sizes = measures.sizes;
  var view = P.state.parse(window.location.hash, data);
  measures.sizeBy(view.measure);
  var brokers = measures.keyActors();

  function baseLook(n) {
    var own = groups[n.group].color, look = { color: own, borderWidth: 1 };
    if (fillOf[n.id]) own = { background: fillOf[n.id], border: own.border, highlight: own.highlight, hover: own.hover };
    if (view.gaps && n.h) {
      look.borderWidth = n.h.indexOf("single_point") >= 0 ? 6 : 4;
      look.color = { background: own.background, border: data.highlightColours[n.h[0]],
                     highlight: { background: own.background, border: "#000000" },
                     hover: { background: own.background, border: "#000000" } };
    }
    if (view.view === "key" && brokers[n.id]) {
      look.borderWidth = 6;
      look.color = { background: own.background, border: KEY_RING, highlight: own.highlight, hover: own.hover };
    }
    if (n.id === data.focus) {
      look.borderWidth = 7;
      look.color = { background: own.background, border: FOCUS_RING, highlight: own.highlight, hover: own.hover };
    }
    return look;
  }

  // Nodes are built plain; restyleAll gives the marked ones their rings (``ownLook``, drawn
  // by the page) before the first frame. vis-network puts its group's options back on every
  // update of a node for each option the update leaves out, so each update of a ringed node
  // carries its ring and size again (withLook).
  var lookNow = {}, ownLook = {}, haloNow = {}, sizeNow = {};
  function withLook(patch) {
    var own = ownLook[patch.id];
    if (own) { patch.color = own.color; patch.borderWidth = own.borderWidth; }
    if (patch.size === undefined) patch.size = sizes[patch.id];  // the group's size would win
    sizeNow[patch.id] = patch.size;
    return patch;
  }
  // No label for vis-network: map-labels.js draws them (each label vis-network holds costs it
  // a text measure per drawing and a font resolution per update).
  // On a timeline, vis-network holds the nodes of every year: those off the map in the year
  // shown are drawn by the page as nothing, and their tooltips are hidden (map.css).
  var tipOf = {};
  var visNodes = data.nodes.map(function (n) {
    sizeNow[n.id] = sizes[n.id];
    tipOf[n.id] = tooltip(n.t);
    return { id: n.id, group: n.group, x: n.x, y: n.y, size: sizes[n.id], title: tipOf[n.id] };
  });
  function marked(n) { return n.h || brokers[n.id] || n.id === data.focus; }
  // The page draws the links of a timeline map (map-links.js); vis-network those of others.
  var pageLinks = years !== null;
  var visEdges = pageLinks ? [] : data.edges.map(function (e) {
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
  function visible(node) {
    var n = byId[node.id];
    if (view.kind && view.kind.indexOf(n.group.replace(/^actor_/, "")) < 0) return false;
    if (view.rocket !== null && rocketBit[view.rocket] !== undefined && !((n.r >> rocketBit[view.rocket]) & 1)) return false;
    if (view.status !== null && n.group === "action" && n.st !== view.status) return false;
    if (findingsOnly && !n.h && n.group !== "rocket" && n.group !== "launchpad") return false;
    if (view.min > 0 || view.max < 1) {
      var s = measures.share(n);
      if (s !== null && (s < view.min - 1e-9 || s > view.max + 1e-9)) return false;
    }
    return true;
  }
  var findingsOnly = false;
  var nodeView = new vis.DataView(nodes, { filter: visible });
  // Introductions are hidden or shown with the gaps (a few edges), so vis-network gets the
  // data set of links itself, not a view of it: faster.
  var introIds = data.edges.filter(function (e) { return e.s === "intro"; }).map(function (e) { return e.id; });
  var introsHidden = false;
  function showIntros() {
    if (introsHidden === !view.gaps || !introIds.length) return;
    introsHidden = !view.gaps;
    if (!pageLinks) edges.update(introIds.map(function (id) { return { id: id, hidden: introsHidden }; }));
  }
  var network = new vis.Network(container, { nodes: nodeView, edges: edges }, data.options);
  api.network = network;
  marks.network = performance.now();

  // Emphasis: a focus fades what is beyond its neighbourhood, hovering what is not next to
  // the node, the key-actors view the others (drawn as a veil: map-emphasis.js); a year
  // fades what ended that year (the node's own opacity).
  var hovered = null, focusSet = null, hoverSet = {};
  var opacityNow = {}, emphasisNow = {}, drawnOpacity = {};
  function within(start, depth) {
    var seen = {}, frontier = [start];
    seen[start] = true;
    for (var d = 0; d < depth; d++) {
      var next = [];
      frontier.forEach(function (id) {
        links[id].forEach(function (l) { if (!seen[l.other]) { seen[l.other] = true; next.push(l.other); } });
      });
      frontier = next;
    }
    return seen;
  }
  var KEY_FADED = 0.3;
  function emphasisOf(n) {
    var o = 1;
    if (focusSet && !focusSet[n.id]) o = Math.min(o, FADED);
    if (view.view === "key" && !brokers[n.id] && n.group !== "rocket" && n.group !== "launchpad") o = Math.min(o, KEY_FADED);
    if (hovered !== null && hovered !== n.id && !hoverSet[n.id]) o = Math.min(o, FADED);
    return o;
  }
  function veil() {  // the opacity left to what is not emphasised (1: nothing is faded)
    return focusSet || hovered !== null ? FADED : view.view === "key" ? KEY_FADED : 1;
  }
  function one(table, id) { return table[id] === undefined ? 1 : table[id]; }
  // Opacities are read at the next frame: a change is one redraw. Nodes vis-network draws
  // itself (a shape the page does not draw) get theirs in one update.
  function paint() {
    var changed = [], redraw = false;
    data.nodes.forEach(function (n) {
      var e = emphasisOf(n), y = yearAt !== null && phase(n, yearAt) === "ended" ? data.timeline.faded : 1;
      if (one(emphasisNow, n.id) !== e) { emphasisNow[n.id] = e; redraw = true; }
      opacityNow[n.id] = Math.min(e, y);
      if (one(drawnOpacity, n.id) === y) return;
      drawnOpacity[n.id] = y;
      if (painter.drawn(n.group)) redraw = true;
      else changed.push(withLook({ id: n.id, opacity: y }));
    });
    if (changed.length) nodes.update(changed);
    if (redraw) drawSoon();
  }
  function linkShown(e) {
    return shownNow[e.from] && shownNow[e.to] && !(e.s === "intro" && introsHidden) &&
      (yearAt === null || phase(e, yearAt) !== "absent");
  }
  // A link's look; in the year shown, what began is wider and haloed, what ended faded.
  function linkLook(e) {
    var style = data.edgeStyles[e.s], width = e.w !== undefined ? e.w : style.width;
    var p = yearAt === null ? "kept" : phase(e, yearAt);
    return { color: style.color.color, highlight: style.color.highlight,
             opacity: p === "ended" ? data.timeline.faded : 1, width: p === "began" ? width + 2 : width,
             dashes: style.dashes, halo: p === "began" ? data.timeline.began : null };
  }
  function shownLinks() {  // the links drawn now, each {edge, look}
    return data.edges.filter(linkShown).map(function (e) { return { edge: e, look: linkLook(e) }; });
  }
  var emphasis = new P.Emphasis({
    network: network, container: container, data: data, painter: painter, veil: veil,
    emphasised: function () {
      return data.nodes.filter(function (n) { return shownNow[n.id] && one(emphasisNow, n.id) === 1; })
        .map(function (n) { return n.id; });
    },
    linkShown: linkShown, linkLook: linkLook
  });
  if (pageLinks) {
    var linkPainter = new P.Links({ network: network, container: container, data: data,
                                    linkShown: linkShown, linkLook: linkLook, tooltip: tooltip,
                                    nodeShown: function (id) { return shownNow[id] === true; } });
    network.on("beforeDrawing", function (ctx) { linkPainter.draw(ctx); });
  }
  // A new measure is drawn at the next frame from ``sizes``; vis-network's own sizes (where
  // it finds a node under the pointer, and what it fits) follow in one update of the nodes
  // whose size changed, once that frame is drawn.
  var sizesPending = false;
  function resize() {
    drawSoon();
    if (sizesPending) return;
    sizesPending = true;
    network.once("afterDrawing", function () { setTimeout(syncSizes, 0); });
  }
  function syncSizes() {
    sizesPending = false;
    var list = [];
    data.nodes.forEach(function (n) {
      if (sizeNow[n.id] !== sizes[n.id]) list.push(withLook({ id: n.id, size: sizes[n.id] }));
    });
    if (list.length) nodes.update(list);
  }
  // The rings of the marked nodes (drawn by the page; the few nodes vis-network draws itself
  // get theirs in one update of those whose ring changed).
  function restyleAll() {
    var changed = [], redraw = false;
    data.nodes.forEach(function (n) {
      if (!marked(n) || (yearAt !== null && phase(n, yearAt) === "began")) return;  // keeps its halo
      var l = baseLook(n), key = JSON.stringify(l);
      if (lookNow[n.id] === key) return;
      lookNow[n.id] = key;
      ownLook[n.id] = l;
      if (painter.drawn(n.group)) redraw = true;  // the page draws its ring
      else changed.push(withLook({ id: n.id }));
    });
    if (changed.length) nodes.update(changed);
    if (redraw) drawSoon();
  }

  // Labels: most important first (the focus, rockets, key actors in that view, then by size).
  var labeller = new P.Labeller(network, container, font);
  var labelOrder = [];
  function orderLabels() {
    labelOrder = data.nodes.map(function (n) { return n.id; }).sort(function (a, b) { return rank(b) - rank(a) || a - b; });
  }
  function rank(id) {
    var n = byId[id];
    if (id === data.focus) return 1e9;
    if (n.group === "rocket" || n.group === "launchpad") return 1e8;
    if (view.view === "key" && brokers[id]) return 1e7 + sizes[id];
    return sizes[id];
  }
  orderLabels();
  var shownNow = {};
  function refreshShown() {
    shownNow = {};
    nodeView.getIds().forEach(function (id) { if (onMapNow(id)) shownNow[id] = true; });
  }
  network.on("afterDrawing", function (ctx) {
    frameDrawn = true;
    emphasis.draw(ctx);
    labeller.draw(ctx, labelOrder, function (id) {
      if (!shownNow[id]) return null;
      var o = opacityNow[id] === undefined ? 1 : opacityNow[id];
      if (o < 0.5 && id !== hovered) return null;
      return { text: byId[id].label, opacity: o, bold: id === data.focus };
    });
  });

  var app = { data: data, byId: byId, links: links, network: network, container: container, words: words,
              font: font, labeller: labeller, text: text, state: view,
              sizeOf: function (id) { return sizes[id]; },
              visibleIds: function () { return nodeView.getIds().filter(function (id) { return shownNow[id]; }); },
              shownLinks: shownLinks,
              openProfile: openProfile };

  function openProfile(id, move) {
    P.panel.showProfile(app, id);
    selected = id;
    if (move) { network.selectNodes([id]); network.focus(id, { scale: Math.max(network.getScale(), 0.8), animation: false }); }
    controls.openDrawer(true);
    var heading = document.getElementById("gs-profile-name");
    if (move) heading.focus();
  }
  var selected = null;

  // The view: apply a state, and after each change write the fragment and tell listeners.
  // ``moved``: the reader zoomed or panned since, so the camera (not the state) says where.
  var applying = false, moved = false;
  function viewState() {
    if (moved) {
      var p = network.getViewPosition();
      view.zoom = Math.round(network.getScale() * 1000) / 1000;
      view.x = Math.round(p.x);
      view.y = Math.round(p.y);
    }
    return P.state.serialise(view, data);
  }
  function changed() {
    if (applying) return;
    var fragment = viewState();
    history.replaceState(null, "", fragment ? "#" + fragment : window.location.pathname + window.location.search);
    var gapsLink = document.getElementById("gs-gaps-link");
    if (gapsLink) gapsLink.href = data.links.gaps + (fragment ? "#" + fragment : "");
    if (textOpen()) P.panel.textAlternative(app);
    document.dispatchEvent(new CustomEvent("graphsvc:viewchange", { detail: fragment }));
  }
  function textOpen() { var d = document.getElementById("gs-text"); return d && d.open; }
  // Which nodes and links are shown; vis-network draws the change at its next frame.
  function refresh() {
    nodeView.refresh();
    showIntros();
    refreshShown();
  }
  // One frame after any change: vis-network draws what its data sets changed; a change of
  // labels or camera only is drawn here, once (never a synchronous redraw per step).
  var frameDrawn = true;
  function drawSoon() {
    frameDrawn = false;
    requestAnimationFrame(function () { if (!frameDrawn) network.redraw(); });
  }
  // What decides which nodes and links are shown (a change of anything else only restyles).
  function shownBy(v) {
    var ranged = v.min > 0 || v.max < 1;
    return JSON.stringify([v.kind, v.rocket, v.status, v.min, v.max, ranged ? v.measure : null, v.gaps, v.year]);
  }
  function applyState(next, first) {
    applying = true;
    var before = shownBy(view);
    var measureChanged = next.measure !== view.measure;
    Object.keys(next).forEach(function (k) { view[k] = next[k]; });
    if (measureChanged || first) {
      measures.sizeBy(view.measure);
      if (!first) resize();
    }
    var focal = view.focus !== null ? byKey[view.focus] : null;
    focusSet = focal ? within(focal.id, view.depth) : null;
    if (years && view.year !== null && showYear) showYear(years.indexOf(view.year), true);
    restyleAll();
    orderLabels();
    controls.sync();
    if (first) refreshShown();
    else if (shownBy(view) !== before) refresh();
    paint();
    moved = false;  // the camera is the state's until the reader moves it
    if (view.zoom !== null) {
      network.moveTo({ position: { x: view.x || 0, y: view.y || 0 }, scale: view.zoom, animation: false });
    } else if (!first) {
      network.fit({ animation: false });
    }
    if (!first) drawSoon();
    applying = false;
  }
  api.applyView = function (fragment) {
    applyState(P.state.parse(fragment, data));
    changed();
  };
  api.viewState = viewState;
  // A fragment typed or linked while the page is open is a view too (history.replaceState,
  // which writes our own, fires no hashchange).
  window.addEventListener("hashchange", function () { api.applyView(window.location.hash); });
  api.labelBoxes = function () {
    return labeller.boxes.map(function (b) { return { id: b.id, text: b.text, x: b.x, y: b.y, w: b.w, h: b.h }; });
  };
  api.sizeOf = app.sizeOf;
  api.shownIds = app.visibleIds;
  api.keyActors = function () { return Object.keys(brokers).map(Number); };
  api.opacityOf = function (id) { return one(opacityNow, id); };
  api.ringOf = function (id) { return ownLook[id] ? ownLook[id].borderWidth : null; };
  api.haloOf = function (id) { return haloNow[id] ? haloNow[id].color : null; };
  api.links = function () {  // the links drawn now: ends, opacity and halo
    return shownLinks().map(function (l) {
      return { from: l.edge.from, to: l.edge.to, opacity: l.look.opacity, halo: l.look.halo };
    });
  };

  function control(id) { return document.getElementById(id); }
  function set(changes) {
    applyState(Object.assign({}, view, changes));
    changed();
  }
  var controls = P.controls({
    state: view,
    set: set,
    focusHere: function (depth) { if (selected !== null) set({ focus: byId[selected].k, depth: depth }); },
    closeProfile: function () { network.unselectAll(); selected = null; },
    findingsOnly: function (only) { findingsOnly = only; refresh(); drawSoon(); changed(); },
    physics: function (enabled) { network.setOptions({ physics: { enabled: enabled } }); },
    exportPng: function () { P.exporter.png(app); },
    exportSvg: function () { P.exporter.svg(app); },
    textToggled: function () { if (textOpen()) P.panel.textAlternative(app); }
  });

  P.search(data, openProfile, function (n) { return yearAt === null || phase(n, yearAt) !== "absent"; });

  network.on("click", function (params) {
    var gone = params.nodes.filter(function (id) { return !shownNow[id]; });
    if (gone.length) network.selectNodes(network.getSelectedNodes().filter(function (id) { return shownNow[id]; }));
    if (params.nodes.length !== 1 || gone.length) return;
    var n = byId[params.nodes[0]];
    if (n && n.href && isRelative(n.href)) { window.location.assign(n.href); return; }
    if (n) openProfile(n.id, false);
  });
  network.on("hoverNode", function (params) {
    if (!shownNow[params.node]) return;
    hovered = params.node;
    hoverSet = {};
    links[hovered].forEach(function (l) { hoverSet[l.other] = true; });
    paint();
  });
  network.on("blurNode", function () { hovered = null; paint(); });
  network.on("dragEnd", function () { moved = true; changed(); });
  network.on("zoom", function () { moved = true; changed(); });

  // The year slider (map-timeline.js) on a timeline map.
  var showYear = years ? P.timeline({
    data: data, nodes: nodes, control: control, phase: phase, baseLook: baseLook,
    sizeOf: function (id) { return sizes[id]; },
    drawnByPage: function (n) { return painter.drawn(n.group); },
    tooltipShown: function (id, shown) { tipOf[id].hidden = !shown; },
    ringed: function (id, patch, look) {  // the ring and halo a year step gave node ``id`` (``look``: its own, or null)
      ownLook[id] = { color: patch.color, borderWidth: patch.borderWidth };
      lookNow[id] = look ? JSON.stringify(look) : null;
      haloNow[id] = patch.shadow.enabled ? { color: patch.shadow.color, size: patch.shadow.size } : null;
    },
    at: function (i) { yearAt = i; view.year = years[i]; api.year = years[i]; },
    now: function () { return yearAt; },
    // A step hands vis-network nothing but the few nodes it draws itself: one frame.
    shown: function () { paint(); refreshShown(); drawSoon(); changed(); }
  }) : null;

  applyState(view, true);
  // The fragment's camera, again once drawn and once settled: vis-network fits on its own then.
  function keepCamera() {
    if (view.zoom === null) return false;
    network.moveTo({ position: { x: view.x || 0, y: view.y || 0 }, scale: view.zoom, animation: false });
    return true;
  }
  network.once("afterDrawing", function () {
    keepCamera();
    if (view.zoom === null && data.focus !== null && data.focus !== undefined && byId[data.focus]) {
      network.fit({ animation: false });
      network.moveTo({ position: network.getPosition(data.focus), scale: network.getScale(), animation: false });
    }
    api.ready = true;
    api.readyAt = performance.now();
    document.body.setAttribute("data-ready", "1");
  });
  if (data.physics) {
    network.once("stabilizationIterationsDone", function () { if (!keepCamera()) network.fit(); });
  }
  if (data.focus !== null && data.focus !== undefined && byId[data.focus]) {
    P.panel.showProfile(app, data.focus);
    selected = data.focus;
  }
})();
