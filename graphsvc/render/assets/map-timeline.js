/* graphsvc map page, the year slider of a timeline map: shows year i, with what began that
   year haloed and what ended faded. ``map`` (from map.js) lends the data sets and the
   page's state; only the nodes and links whose phase changed are handed to vis-network, in
   one update per data set. */
(function () {
  "use strict";
  var parts = window.GraphsvcParts = window.GraphsvcParts || {};

  parts.timeline = function (map) {
    var data = map.data, years = data.years, look = data.timeline, control = map.control;
    var slider = control("gs-year"), shown = control("gs-year-shown"), play = control("gs-play");
    var counts = { began: control("gs-began-count"), ended: control("gs-ended-count") };
    var drawn = { nodes: {}, edges: {} };
    function halo(size) { return { enabled: true, color: look.began, size: size, x: 0, y: 0 }; }
    function nodeLook(n, p) {
      var own = map.baseLook(n), patch;
      if (p === "began") {
        var ring = { border: look.began, background: own.color.background };
        patch = { id: n.id, borderWidth: 4, shadow: halo(18),
                  color: { background: own.color.background, border: look.began, highlight: ring, hover: ring } };
      } else {
        patch = { id: n.id, borderWidth: own.borderWidth, color: own.color, shadow: { enabled: false } };
      }
      patch.size = map.sizeOf(n.id);  // vis-network would put the group's size back
      map.ringed(n.id, patch, p === "began" ? null : own);
      return patch;
    }
    function edgeLook(e, p) {
      var style = data.edgeStyles[e.s], width = e.w !== undefined ? e.w : style.width;
      var color = map.edgeColour(e);
      color.opacity = p === "ended" ? look.faded : 1;
      map.timelineEdge[e.id] = Object.assign({}, color);
      return { id: e.id, color: color, width: p === "began" ? width + 2 : width, shadow: p === "began" ? halo(8) : { enabled: false } };
    }
    function restyle(items, kind, i, make, dataset) {
      var list = [], tally = { began: 0, ended: 0 };
      items.forEach(function (item) {
        var p = map.phase(item, i);
        if (p === "began" || p === "ended") tally[p]++;
        if (p === "absent") return;  // off the map: restyled when it is back (``drawn`` remembers)
        if ((drawn[kind][item.id] || "kept") !== p) { drawn[kind][item.id] = p; list.push(make(item, p)); }
      });
      if (list.length) dataset.update(list);
      return tally;
    }
    function show(i, quiet) {
      if (i < 0) return;
      map.at(i);
      var tally = restyle(data.nodes, "nodes", i, nodeLook, map.nodes);
      restyle(data.edges, "edges", i, edgeLook, map.edges);
      slider.value = String(i);
      slider.setAttribute("aria-valuetext", String(years[i]));
      shown.textContent = String(years[i]);
      counts.began.textContent = tally.began.toLocaleString(data.lang);
      counts.ended.textContent = tally.ended.toLocaleString(data.lang);
      if (!quiet) map.shown();
    }
    var timer = null;
    function stop() { clearInterval(timer); timer = null; play.textContent = data.words.play; }
    slider.addEventListener("input", function () { show(Number(slider.value)); });
    play.addEventListener("click", function () {
      if (timer !== null) { stop(); return; }
      if (map.now() === years.length - 1) show(0);
      play.textContent = data.words.pause;
      timer = setInterval(function () {
        if (map.now() >= years.length - 1) { stop(); return; }
        show(map.now() + 1);
      }, look.stepMs);
    });
    return show;
  };
})();
