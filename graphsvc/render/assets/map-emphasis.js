/* graphsvc map page, part 4: emphasis without touching vis-network's data. A focus, the
   key-actors view or hovering fades the rest: after vis-network has drawn the frame, a veil
   of the page's background covers it, and the emphasised nodes and the links between them
   are drawn again on top (labels follow, map-labels.js). A change of emphasis is one
   redraw, whatever the size of the map (fading 15,000 links through vis-network's
   ``DataSet.update`` took about 250 ms at 10×). */
(function () {
  "use strict";
  var parts = window.GraphsvcParts = window.GraphsvcParts || {};
  var BACKGROUND = "#ffffff";

  // ``map``: {network, container, data, painter, veil() (the opacity left to what is not
  // emphasised; 1: none), emphasised() (ids shown and emphasised), linkShown(edge),
  // linkLook(edge) ({color, opacity, width, dashes})}.
  parts.Emphasis = function (map) { this.map = map; };

  parts.Emphasis.prototype.draw = function (ctx) {
    var map = this.map, net = map.network, left = map.veil();
    if (left >= 1) return;
    var corner = net.DOMtoCanvas({ x: 0, y: 0 });
    var far = net.DOMtoCanvas({ x: map.container.clientWidth, y: map.container.clientHeight });
    ctx.save();
    ctx.globalAlpha = 1 - left;
    ctx.fillStyle = BACKGROUND;
    ctx.fillRect(corner.x, corner.y, far.x - corner.x, far.y - corner.y);
    ctx.restore();
    var ids = map.emphasised(), at = net.getPositions(ids), scale = net.getScale();
    ctx.save();
    map.data.edges.forEach(function (e) {
      var a = at[e.from], b = at[e.to];
      if (!a || !b || !map.linkShown(e)) return;
      var look = map.linkLook(e);
      ctx.globalAlpha = look.opacity;
      ctx.strokeStyle = look.color;
      ctx.lineWidth = Math.max(look.width, 0.3 / scale);
      ctx.setLineDash(look.dashes || []);
      ctx.beginPath();
      ctx.moveTo(a.x, a.y);
      ctx.lineTo(b.x, b.y);
      ctx.stroke();
    });
    ctx.restore();
    ids.forEach(function (id) { map.painter.redraw(ctx, id, at[id].x, at[id].y); });
  };
})();
