/* graphsvc map page, part 2: actors and actions drawn by the page (vis-network's documented
   custom shape, ``ctxRenderer``). Their size (the measure chosen) and opacity (focus, hover,
   key actors, year) are read from the page's own tables at each frame, so a new measure or
   emphasis is a redraw, not an update of every node in vis-network (which resolves a node's
   options anew on each update: about 30 µs a node, 150 ms for the 10× demo). Colours,
   borders, halos and their selected and hover states are vis-network's (``style``). */
(function () {
  "use strict";
  var parts = window.GraphsvcParts = window.GraphsvcParts || {};

  // A circle or a diamond of radius ``r`` around (x, y), as vis-network's dot and diamond.
  var OUTLINES = {
    dot: function (ctx, x, y, r) { ctx.arc(x, y, r, 0, 2 * Math.PI); },
    diamond: function (ctx, x, y, r) {
      ctx.moveTo(x, y + r); ctx.lineTo(x + r, y); ctx.lineTo(x, y - r); ctx.lineTo(x - r, y);
    }
  };

  // Give the groups drawn as dots or diamonds to ``draw``; ``look`` supplies, per node id,
  // {size, opacity}, and ``scale()`` the zoom (borders keep their width on screen).
  parts.drawByPage = function (groups, look, scale) {
    Object.keys(groups).forEach(function (name) {
      var outline = OUTLINES[groups[name].shape];
      if (!outline) return;
      groups[name].shape = "custom";
      groups[name].ctxRenderer = function (args) {
        var ctx = args.ctx, style = args.style, own = look(args.id), r = own.size;
        return {
          drawNode: function () {  // vis-network saves and restores the context around it
            if (own.opacity < 1) ctx.globalAlpha = own.opacity;
            ctx.beginPath();
            outline(ctx, args.x, args.y, r);
            ctx.closePath();
            ctx.fillStyle = style.color;
            if (style.shadow) {  // the halo of what began in the year shown
              ctx.shadowColor = style.shadowColor;
              ctx.shadowBlur = style.shadowSize;
              ctx.shadowOffsetX = style.shadowX;
              ctx.shadowOffsetY = style.shadowY;
            }
            ctx.fill();
            ctx.shadowColor = "transparent";
            var width = style.borderWidth / scale();
            if (width > 0) {
              ctx.lineWidth = Math.min(2 * r, width);
              ctx.strokeStyle = style.borderColor;
              ctx.stroke();
            }
          },
          nodeDimensions: { width: 2 * r, height: 2 * r }
        };
      };
    });
  };
})();
