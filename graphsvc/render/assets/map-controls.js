/* graphsvc map page, part 10: the panel's controls and the drawer. Each control changes the
   view through ``page.set`` (the map applies it and writes the fragment); ``sync`` shows a
   view applied from elsewhere (a fragment, a slide). */
(function () {
  "use strict";
  var parts = window.GraphsvcParts = window.GraphsvcParts || {};

  function control(id) { return document.getElementById(id); }
  function on(id, event, handler) { var c = control(id); if (c) c.addEventListener(event, handler); }
  function kindOf(box) { return box.value.replace(/^actor_/, ""); }

  // ``page``: {state, set(changes), focusHere(depth), closeProfile(), findingsOnly(on),
  // physics(on), exportPng(), exportSvg(), textToggled()}.
  parts.controls = function (page) {
    var view = page.state;
    var groupBoxes = Array.prototype.slice.call(document.querySelectorAll("input.gs-group"));
    function sync() {
      groupBoxes.forEach(function (b) { b.checked = !view.kind || view.kind.indexOf(kindOf(b)) >= 0; });
      if (control("gs-rocket")) control("gs-rocket").value = view.rocket || "";
      if (control("gs-status")) control("gs-status").value = view.status || "";
      if (control("gs-measure")) control("gs-measure").value = view.measure;
      if (control("gs-view")) control("gs-view").value = view.view;
      if (control("gs-gaps")) control("gs-gaps").checked = view.gaps;
      control("gs-min").value = String(view.min);
      control("gs-max").value = String(view.max);
      control("gs-min-shown").textContent = Math.round(view.min * 100) + " %";
      control("gs-max-shown").textContent = Math.round(view.max * 100) + " %";
      control("gs-unfocus").hidden = view.focus === null;
      control("gs-depth").value = String(view.depth);
    }
    groupBoxes.forEach(function (box) {
      box.addEventListener("change", function () {
        var all = groupBoxes.every(function (b) { return b.checked; });
        page.set({ kind: all ? null : groupBoxes.filter(function (b) { return b.checked; }).map(kindOf) });
      });
    });
    on("gs-rocket", "change", function () { page.set({ rocket: control("gs-rocket").value || null }); });
    on("gs-status", "change", function () { page.set({ status: control("gs-status").value || null }); });
    on("gs-measure", "change", function () { page.set({ measure: control("gs-measure").value }); });
    on("gs-view", "change", function () { page.set({ view: control("gs-view").value }); });
    on("gs-gaps", "change", function () { page.set({ gaps: control("gs-gaps").checked }); });
    on("gs-min", "input", function () { page.set({ min: Number(control("gs-min").value) }); });
    on("gs-max", "input", function () { page.set({ max: Number(control("gs-max").value) }); });
    on("gs-depth", "change", function () {
      if (view.focus !== null) page.set({ depth: Number(control("gs-depth").value) });
    });
    on("gs-focus-here", "click", function () { page.focusHere(Number(control("gs-depth").value)); });
    on("gs-unfocus", "click", function () { page.set({ focus: null }); });
    on("gs-profile-close", "click", function () { control("gs-profile").hidden = true; page.closeProfile(); });
    on("gs-findings-only", "change", function () { page.findingsOnly(control("gs-findings-only").checked); });
    on("gs-physics", "change", function () { page.physics(control("gs-physics").checked); });
    on("gs-export-png", "click", page.exportPng);
    on("gs-export-svg", "click", page.exportSvg);
    on("gs-text", "toggle", page.textToggled);

    // The drawer (narrow screens): the panel slides over the map; closed at start.
    var drawerToggle = control("gs-drawer-toggle"), panel = control("gs-panel");
    function narrow() { return window.matchMedia("(max-width: 720px)").matches; }
    function openDrawer(open) {
      if (!narrow() && open) return;
      panel.classList.toggle("gs-open", open);
      drawerToggle.setAttribute("aria-expanded", open ? "true" : "false");
    }
    drawerToggle.addEventListener("click", function () { openDrawer(!panel.classList.contains("gs-open")); });
    return { sync: sync, openDrawer: openDrawer };
  };
})();
