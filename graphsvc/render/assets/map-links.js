/* graphsvc map page: the links of a timeline map, drawn by the page under the nodes
   (vis-network's ``beforeDrawing``) from its own tables, one path per look. A year step
   then hands vis-network no link at all: each change of one of its data sets is a
   synchronous redraw of the whole map, and restyling the 5,000 links a step changes took
   70–360 ms at 10×. As vis-network does: the links of a selected node are highlighted, the
   links are left out while a big map's view is dragged, and the tooltip of a link (an
   introduction's reason) shows where the pointer rests on it. */
(function () {
  "use strict";
  var parts = window.GraphsvcParts = window.GraphsvcParts || {};
  var REACH_PX = 4;  // how near the pointer a link is under it
  var HALO_PX = 8;   // the blur of the halo of what began in the year shown

  // ``map``: {network, container, data, linkShown(edge), linkLook(edge) ({color, highlight,
  // opacity, width, dashes, halo (a colour, or null)}), nodeShown(id), tooltip(lines) (a DOM
  // box)}.
  parts.Links = function (map) {
    var self = this, options = map.data.options;
    this.map = map;
    this.dragging = false;
    this.timer = null;
    this.tip = null;
    this.tips = {};
    var net = map.network;
    if (options.interaction.hideEdgesOnDrag) {
      net.on("dragStart", function (p) { self.dragging = p.nodes.length === 0; });
      net.on("dragEnd", function () { self.dragging = false; });
    }
    map.container.addEventListener("mousemove", function (ev) { self.rested(ev); });
    map.container.addEventListener("mouseleave", function () { self.hideTip(); });
    map.container.addEventListener("mousedown", function () { self.hideTip(); });
  };

  // Every link shown, batched by look; a selected node's links in their highlight.
  parts.Links.prototype.draw = function (ctx) {
    if (this.dragging) return;
    var map = this.map, net = map.network, scale = net.getScale();
    var extra = map.data.options.edges.selectionWidth;
    var at = net.getPositions(), selected = {}, batches = {}, order = [];
    net.getSelectedNodes().forEach(function (id) { selected[id] = true; });
    map.data.edges.forEach(function (e) {
      var a = at[e.from], b = at[e.to];
      if (!a || !b || !map.linkShown(e)) return;
      var look = map.linkLook(e), colour = look.color, width = look.width;
      if (selected[e.from] || selected[e.to]) { colour = look.highlight; width += extra; }
      var key = [colour, look.opacity, width, look.dashes || "", look.halo || ""].join("|");
      var batch = batches[key];
      if (!batch) {
        batch = batches[key] = { colour: colour, opacity: look.opacity, width: width,
                                 dashes: look.dashes || [], halo: look.halo, ends: [] };
        order.push(batch);
      }
      batch.ends.push(a, b);
    });
    ctx.save();
    order.forEach(function (batch) {
      ctx.beginPath();
      for (var i = 0; i < batch.ends.length; i += 2) {
        ctx.moveTo(batch.ends[i].x, batch.ends[i].y);
        ctx.lineTo(batch.ends[i + 1].x, batch.ends[i + 1].y);
      }
      ctx.setLineDash(batch.dashes);
      ctx.shadowColor = batch.halo || "transparent";  // a wider stroke under it costs more
      ctx.shadowBlur = batch.halo ? HALO_PX : 0;
      ctx.globalAlpha = batch.opacity;
      ctx.strokeStyle = batch.colour;
      ctx.lineWidth = Math.max(batch.width, 0.3 / scale);
      ctx.stroke();
    });
    ctx.restore();
  };

  // The link with a tooltip under DOM point ``p`` (none over a node, whose own tooltip wins).
  parts.Links.prototype.linkAt = function (p) {
    var map = this.map, net = map.network;
    var under = net.getNodeAt(p);
    if (under !== undefined && map.nodeShown(under)) return null;
    var c = net.DOMtoCanvas(p), reach = REACH_PX / net.getScale(), best = null, nearest = Infinity;
    var at = net.getPositions();
    map.data.edges.forEach(function (e) {
      var a = at[e.from], b = at[e.to];
      if (!e.t || !a || !b || !map.linkShown(e)) return;
      var d = fromSegment(c, a, b) - map.linkLook(e).width / 2;
      if (d < nearest) { nearest = d; best = e; }
    });
    return nearest <= reach ? best : null;
  };

  parts.Links.prototype.rested = function (ev) {
    var self = this, box = this.map.container.getBoundingClientRect();
    var p = { x: ev.clientX - box.left, y: ev.clientY - box.top };
    clearTimeout(this.timer);
    this.timer = setTimeout(function () { self.showTip(p); }, this.map.data.options.interaction.tooltipDelay);
  };

  parts.Links.prototype.showTip = function (p) {
    var e = this.linkAt(p);
    if (!e) { this.hideTip(); return; }
    if (!this.tip) {
      this.tip = document.createElement("div");
      this.tip.className = "vis-tooltip";  // vis-network's own tooltip look (map.css)
      this.map.container.appendChild(this.tip);
    }
    if (this.tip.firstChild !== this.tips[e.id]) {
      this.tips[e.id] = this.tips[e.id] || this.map.tooltip(e.t);
      this.tip.textContent = "";
      this.tip.appendChild(this.tips[e.id]);
    }
    this.tip.style.left = (p.x + 3) + "px";
    this.tip.style.top = (p.y - 5) + "px";
    this.tip.style.visibility = "visible";
    this.tip.setAttribute("data-link", String(e.id));
  };

  parts.Links.prototype.hideTip = function () {
    clearTimeout(this.timer);
    if (this.tip) { this.tip.style.visibility = "hidden"; this.tip.removeAttribute("data-link"); }
  };

  // The distance from point c to the segment a–b.
  function fromSegment(c, a, b) {
    var dx = b.x - a.x, dy = b.y - a.y, length2 = dx * dx + dy * dy;
    var t = length2 ? Math.max(0, Math.min(1, ((c.x - a.x) * dx + (c.y - a.y) * dy) / length2)) : 0;
    return Math.hypot(c.x - a.x - t * dx, c.y - a.y - t * dy);
  }
})();
