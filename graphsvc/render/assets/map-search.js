/* graphsvc map page: the search box (names and keys, accents folded, the first 25 found)
   and the list of findings; a button of either opens the node's profile. */
(function () {
  "use strict";
  var parts = window.GraphsvcParts = window.GraphsvcParts || {};

  function fold(text) { return String(text).normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase(); }
  function button(label, onClick) {
    var li = document.createElement("li"), b = document.createElement("button");
    b.type = "button";
    b.textContent = label;
    b.addEventListener("click", onClick);
    li.appendChild(b);
    return li;
  }

  // ``openProfile(id, move)`` opens a profile; ``onMap(node)``: the node is on the map now.
  parts.search = function (data, openProfile, onMap) {
    var searchBox = document.getElementById("gs-search"), results = document.getElementById("gs-results");
    var folded = null;
    searchBox.addEventListener("input", function () {
      var needle = fold(searchBox.value.trim());
      results.textContent = "";
      if (!needle) return;
      if (folded === null) folded = data.nodes.map(function (n) { return fold(n.t[0] + " " + n.k); });
      var found = 0;
      for (var i = 0; i < data.nodes.length && found < 25; i++) {
        if (!onMap(data.nodes[i])) continue;
        if (folded[i].indexOf(needle) >= 0) {
          results.appendChild(button(data.nodes[i].t[0], openProfile.bind(null, data.nodes[i].id, true)));
          found++;
        }
      }
      if (!found) { var li = document.createElement("li"); li.textContent = data.words.no_results; results.appendChild(li); }
    });
    var findingList = document.getElementById("gs-findings");
    if (findingList) {
      data.findings.slice(0, 500).forEach(function (f) { findingList.appendChild(button(f.text, openProfile.bind(null, f.id, true))); });
    }
  };
})();
