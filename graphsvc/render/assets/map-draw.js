/* graphsvc map page, part 2: the nodes drawn by the page (vis-network's documented custom
   shape, ``ctxRenderer``). Their size (the measure chosen) and opacity (a year's ended
   nodes) are read from the page's own tables at each frame, so a new measure is a redraw,
   and a ring (the key actors, gaps, the focus) is the page's too: each is a redraw,
   not an update of every node in vis-network (which resolves a node's options anew on each
   update: about 30 µs a node, 150 ms for the 10× demo), and so is the halo of a node that
   began in the year shown. Colours, borders and their selected and hover states are
   vis-network's (``style``, kept per node for ``redraw``). */
(function () {
  "use strict";
  var parts = window.GraphsvcParts = window.GraphsvcParts || {};

  // The outlines of vis-network's shapes of these names, of radius ``r`` around (x, y).
  var OUTLINES = {
    dot: function (ctx, x, y, r) { ctx.arc(x, y, r, 0, 2 * Math.PI); },
    diamond: function (ctx, x, y, r) {
      ctx.moveTo(x, y + r); ctx.lineTo(x + r, y); ctx.lineTo(x, y - r); ctx.lineTo(x - r, y);
    },
    star: function (ctx, x, y, r) {
      r *= 0.82; y += 0.1 * r;
      for (var n = 0; n < 10; n++) {
        var radius = n % 2 === 0 ? r * 1.3 : r * 0.5, a = n * 2 * Math.PI / 10;
        ctx.lineTo(x + radius * Math.sin(a), y - radius * Math.cos(a));
      }
    },
    hexagon: function (ctx, x, y, r) {
      ctx.moveTo(x + r, y);
      for (var i = 1; i < 6; i++) ctx.lineTo(x + r * Math.cos(i * Math.PI / 3), y + r * Math.sin(i * Math.PI / 3));
    }
  };

  // ``own``: {size, opacity, ring, halo, fill} (ring: the page's {color: {background, border},
  // borderWidth} of a ringed node, drawn unless the node is selected; halo: {color, size},
  // or null; gone: off the map in the year shown, not drawn; fill: its colour on a map
  // coloured by programme or theme, or null).
  function paint(ctx, outline, x, y, own, style, selected, scale) {
    var r = own.size, ring = selected ? null : own.ring;
    if (own.opacity < 1) ctx.globalAlpha = own.opacity;
    ctx.beginPath();
    outline(ctx, x, y, r);
    ctx.closePath();
    ctx.fillStyle = ring && ring.color.background ? ring.color.background : own.fill || style.color;
    if (own.halo) {  // the halo of what began in the year shown
      ctx.shadowColor = own.halo.color;
      ctx.shadowBlur = own.halo.size;
      ctx.shadowOffsetX = 0;
      ctx.shadowOffsetY = 0;
    } else if (style.shadow) {
      ctx.shadowColor = style.shadowColor;
      ctx.shadowBlur = style.shadowSize;
      ctx.shadowOffsetX = style.shadowX;
      ctx.shadowOffsetY = style.shadowY;
    }
    ctx.fill();
    ctx.shadowColor = "transparent";
    var width = (ring ? ring.borderWidth : style.borderWidth) / scale;
    if (width > 0) {
      ctx.lineWidth = Math.min(2 * r, width);
      ctx.strokeStyle = ring ? ring.color.border : style.borderColor;
      ctx.stroke();
    }
  }

  // Draw the groups of these shapes by the page; ``look(id)`` gives ``own`` (above), and
  // ``scale()`` the zoom (borders keep their width on screen). Returns a painter whose
  // ``redraw(ctx, id, x, y)`` draws a node again as vis-network last had it drawn.
  parts.drawByPage = function (groups, look, scale) {
    var styles = {}, outlineOf = {}, selected = {};
    Object.keys(groups).forEach(function (name) {
      var outline = OUTLINES[groups[name].shape];
      if (!outline) return;
      groups[name].shape = "custom";
      groups[name].ctxRenderer = function (args) {
        var ctx = args.ctx, style = args.style, own = look(args.id);
        styles[args.id] = style;
        outlineOf[args.id] = outline;
        selected[args.id] = args.state.selected;
        return {
          drawNode: function () {  // vis-network saves and restores the context around it
            if (!own.gone) paint(ctx, outline, args.x, args.y, own, style, args.state.selected, scale());
          },
          nodeDimensions: { width: 2 * own.size, height: 2 * own.size }
        };
      };
    });
    return {
      drawn: function (group) { return groups[group].shape === "custom"; },
      redraw: function (ctx, id, x, y) {
        var own = look(id);
        if (!styles[id] || own.gone) return;
        ctx.save();
        paint(ctx, outlineOf[id], x, y, own, styles[id], selected[id], scale());
        ctx.restore();
      }
    };
  };
})();
