/* graphsvc map page, part 3: what the measures of the nodes make of them: sizes by the
   measure chosen, a node's share of the largest value (the measure range), and the key
   actors (brokers and cut points). */
(function () {
  "use strict";
  var parts = window.GraphsvcParts = window.GraphsvcParts || {};
  // Actors 5–25, actions 4–14, by the square root of the value.
  var SPAN = { actor: [5, 20], action: [4, 10] };

  function sizeClass(n) {
    return n.group === "action" ? "action" : n.group.indexOf("actor_") === 0 ? "actor" : null;
  }

  // The measures of ``data``'s nodes; ``groups`` gives the size of a node no measure sizes.
  function Measures(data, groups) {
    this.data = data;
    this.groups = groups;
    this.sizes = {};
    this.tops = { actor: 0, action: 0 };
    this.measure = null;
  }
  parts.Measures = Measures;

  // Size every node by ``measure`` (kept in ``sizes``, by node id).
  Measures.prototype.sizeBy = function (measure) {
    var at = this.data.measures.indexOf(measure), top = { actor: 0, action: 0 }, sizes = this.sizes;
    var groups = this.groups;
    this.data.nodes.forEach(function (n) {
      var c = sizeClass(n);
      if (c && n.m && n.m[at] !== null && n.m[at] > top[c]) top[c] = n.m[at];
    });
    this.data.nodes.forEach(function (n) {
      var c = sizeClass(n), v = c && n.m ? n.m[at] : null;
      if (c && v !== null && v !== undefined && top[c] > 0) {
        sizes[n.id] = Math.round((SPAN[c][0] + SPAN[c][1] * Math.sqrt(Math.max(v, 0) / top[c])) * 10) / 10;
      } else {
        sizes[n.id] = n.size !== undefined ? n.size : groups[n.group].size;
      }
    });
    this.tops = top;
    this.measure = measure;
  };

  // The node's value of the measure sized by, as a share of the largest (null: none).
  Measures.prototype.share = function (n) {
    var at = this.data.measures.indexOf(this.measure), c = sizeClass(n);
    if (!c || !n.m || n.m[at] === null || n.m[at] === undefined || !this.tops[c]) return null;
    return n.m[at] / this.tops[c];
  };

  // Brokers: the actors of highest betweenness (the top twentieth, at least three); with the
  // articulation points (cut) they are the key actors. A set of node ids.
  Measures.prototype.keyActors = function () {
    var at = this.data.measures.indexOf("betweenness"), found = {};
    var actors = this.data.nodes.filter(function (n) { return sizeClass(n) === "actor"; });
    if (at >= 0) {
      actors.filter(function (n) { return n.m && n.m[at] > 0; })
        .sort(function (a, b) { return b.m[at] - a.m[at]; })
        .slice(0, Math.max(3, Math.ceil(actors.length / 20)))
        .forEach(function (n) { found[n.id] = true; });
    }
    actors.forEach(function (n) { if (n.cut) found[n.id] = true; });
    return found;
  };
})();
