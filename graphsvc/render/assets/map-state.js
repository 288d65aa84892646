/* graphsvc map page, part 1: the view state and its URL fragment.
   The view lives in the fragment as form-encoded pairs (kind=company,association&rocket=centre
   &status=ongoing&measure=betweenness&min=0.1&max=1&view=key&gaps=1&focus=KEY&depth=2
   &zoom=1.5&x=12&y=-40&year=2023); defaults are left out. */
(function () {
  "use strict";
  var parts = window.GraphsvcParts = window.GraphsvcParts || {};
  var ORDER = ["kind", "rocket", "status", "measure", "min", "max", "view", "gaps",
               "focus", "depth", "zoom", "x", "y", "year"];

  function defaults(data) {
    return { kind: null, rocket: null, status: null, measure: data.measureShown || "degree",
             min: 0, max: 1, view: "all", gaps: data.findings.length > 0, focus: null, depth: 1,
             zoom: null, x: null, y: null,
             year: data.years ? data.years[data.years.length - 1] : null };
  }

  function number(text, fallback) {
    var value = Number(text);
    return text !== null && text !== "" && isFinite(value) ? value : fallback;
  }

  // The state of ``fragment`` (with or without '#') over the defaults; unknown values dropped.
  function parse(fragment, data) {
    var state = defaults(data);
    var pairs = new URLSearchParams(String(fragment || "").replace(/^#/, ""));
    if (pairs.get("kind")) state.kind = pairs.get("kind").split(",").filter(Boolean);
    ["rocket", "status", "focus"].forEach(function (k) { if (pairs.get(k)) state[k] = pairs.get(k); });
    if (pairs.get("measure") && data.measures.indexOf(pairs.get("measure")) >= 0) {
      state.measure = pairs.get("measure");
    }
    state.min = Math.min(Math.max(number(pairs.get("min"), 0), 0), 1);
    state.max = Math.min(Math.max(number(pairs.get("max"), 1), 0), 1);
    if (pairs.get("view") === "key") state.view = "key";
    if (pairs.get("gaps") === "1" || pairs.get("gaps") === "0") state.gaps = pairs.get("gaps") === "1";
    state.depth = Math.min(Math.max(Math.round(number(pairs.get("depth"), 1)), 1), 3);
    state.zoom = number(pairs.get("zoom"), null);
    if (state.zoom !== null && state.zoom <= 0) state.zoom = null;
    state.x = number(pairs.get("x"), null);
    state.y = number(pairs.get("y"), null);
    var year = number(pairs.get("year"), null);
    if (data.years && data.years.indexOf(year) >= 0) state.year = year;
    return state;
  }

  // The fragment of ``state`` (without '#'): only what differs from the defaults.
  function serialise(state, data) {
    var base = defaults(data), out = [];
    ORDER.forEach(function (k) {
      var value = state[k];
      if (value === null || value === undefined) return;
      if (k === "kind") { if (!value.length && base.kind === null) return; }
      else if (value === base[k]) return;
      if (k === "depth" && state.focus === null) return;
      var text = k === "kind" ? value.map(encodeURIComponent).join(",")
               : k === "gaps" ? (value ? "1" : "0") : encodeURIComponent(String(value));
      out.push(k + "=" + text);
    });
    return out.join("&");
  }

  parts.state = { defaults: defaults, parse: parse, serialise: serialise };
})();
