/* graphsvc map page, the year slider of a timeline map: shows year i, with what began that
   year haloed and what ended faded. ``map`` (from map.js) lends the data sets and the
   page's state. The page draws the links (map-links.js) and the actors and actions
   (map-draw.js) from its own tables, and vis-network holds the nodes of every year, so a
   step hands it only the few nodes it draws itself whose phase changed: one frame. */
(function () {
  "use strict";
  var parts = window.GraphsvcParts = window.GraphsvcParts || {};

  parts.timeline = function (map) {
    var data = map.data, years = data.years, look = data.timeline, control = map.control;
    var slider = control("gs-year"), shown = control("gs-year-shown"), play = control("gs-play");
    var counts = { began: control("gs-began-count"), ended: control("gs-ended-count") };
    var drawn = {};  // the phase each node was last drawn in
    // The look of node n in phase p: a ring and halo when it began, its own otherwise.
    function nodeLook(n, p) {
      var own = map.baseLook(n), patch;
      if (p === "began") {
        var ring = { border: look.began, background: own.color.background };
        patch = { id: n.id, borderWidth: 4, shadow: { enabled: true, color: look.began, size: 18, x: 0, y: 0 },
                  color: { background: own.color.background, border: look.began, highlight: ring, hover: ring } };
      } else {
        patch = { id: n.id, borderWidth: own.borderWidth, color: own.color, shadow: { enabled: false } };
      }
      patch.size = map.sizeOf(n.id);  // vis-network would put the group's size back
      map.ringed(n.id, patch, p === "began" ? null : own);
      return patch;
    }
    function restyle(i) {
      var list = [], tally = { began: 0, ended: 0 };
      data.nodes.forEach(function (n) {
        var p = map.phase(n, i), was = drawn[n.id] || "kept", byPage = map.drawnByPage(n);
        if (p === "began" || p === "ended") tally[p]++;
        if (was === p) return;
        drawn[n.id] = p;
        map.tooltipShown(n.id, p !== "absent");
        if (p === "absent") {  // the page draws it as nothing; vis-network hides its own
          if (!byPage) list.push({ id: n.id, hidden: true });
          return;
        }
        var patch = nodeLook(n, p);
        if (was === "absent") patch.hidden = false;
        if (!byPage) list.push(patch);
      });
      if (list.length) map.nodes.update(list);
      return tally;
    }
    function show(i, quiet) {
      if (i < 0) return;
      map.at(i);
      var tally = restyle(i);
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
