/* graphsvc map page, part 5: labels that never overlap.
   vis-network's own labels are off; after each frame the page decides which labels fit at
   this zoom: greedily, most important node first (the focus, rockets, then by size), a label
   is drawn only if its box in screen pixels overlaps no label already placed. Zooming in
   spreads the nodes, so more labels fit. The boxes of the last frame are kept for tests. */
(function () {
  "use strict";
  var parts = window.GraphsvcParts = window.GraphsvcParts || {};
  var LABEL_PX = 12, LINE_PX = 15, GAP_PX = 2, CELL = 64;

  function Labeller(network, container, font) {
    this.network = network;
    this.container = container;
    this.font = font;
    this.widths = {};
    this.boxes = [];
  }

  // The width of ``text`` in screen pixels (measured once; ``ctx`` has the label font set).
  Labeller.prototype.width = function (ctx, text) {
    var w = this.widths[text];
    if (w === undefined) w = this.widths[text] = ctx.measureText(text).width;
    return w;
  };

  // Place and draw the labels of ``order`` (node ids, most important first) on ``ctx``
  // (vis-network's context, in canvas coordinates); ``look(id)`` gives {text, opacity, bold}
  // or null for a node not to label.
  Labeller.prototype.draw = function (ctx, order, look) {
    var net = this.network, nodes = net.body.nodes, scale = net.getScale();
    var width = this.container.clientWidth, height = this.container.clientHeight;
    var grid = {}, placed = [];
    ctx.save();
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.font = LABEL_PX + "px " + this.font;
    for (var i = 0; i < order.length; i++) {
      var id = order[i], node = nodes[id];
      if (!node) continue;
      var at = net.canvasToDOM({ x: node.x, y: node.y });
      var top = at.y + (node.options.size || 10) * scale + GAP_PX;
      if (top > height || top + LINE_PX < 0 || at.x < -300 || at.x > width + 300) continue;
      var seen = look(id);
      if (!seen) continue;
      var w = this.width(ctx, seen.text) + 4;
      var box = { id: id, text: seen.text, x: at.x - w / 2, y: top, w: w, h: LINE_PX };
      if (box.x < 0 || box.x + box.w > width || box.y + box.h > height) continue;  // whole labels only
      if (this.collides(grid, box)) continue;
      this.add(grid, box);
      box.opacity = seen.opacity;
      box.bold = seen.bold;
      placed.push(box);
    }
    ctx.restore();
    this.paint(ctx, placed, scale);
    this.boxes = placed;
  };

  Labeller.prototype.cells = function (box, visit) {
    for (var cx = Math.floor(box.x / CELL); cx <= Math.floor((box.x + box.w) / CELL); cx++) {
      for (var cy = Math.floor(box.y / CELL); cy <= Math.floor((box.y + box.h) / CELL); cy++) {
        if (visit(cx + ":" + cy)) return true;
      }
    }
    return false;
  };

  Labeller.prototype.collides = function (grid, box) {
    return this.cells(box, function (cell) {
      var list = grid[cell];
      if (!list) return false;
      for (var j = 0; j < list.length; j++) {
        var o = list[j];
        if (box.x < o.x + o.w && o.x < box.x + box.w && box.y < o.y + o.h && o.y < box.y + box.h) return true;
      }
      return false;
    });
  };

  Labeller.prototype.add = function (grid, box) {
    this.cells(box, function (cell) { (grid[cell] = grid[cell] || []).push(box); return false; });
  };

  Labeller.prototype.paint = function (ctx, placed, scale) {
    var net = this.network;
    ctx.save();
    ctx.textAlign = "center";
    ctx.textBaseline = "top";
    ctx.lineJoin = "round";
    ctx.lineWidth = 3 / scale;
    ctx.strokeStyle = "#ffffff";
    for (var i = 0; i < placed.length; i++) {
      var b = placed[i], at = net.DOMtoCanvas({ x: b.x + b.w / 2, y: b.y + 1 });
      ctx.font = (b.bold ? "bold " : "") + (LABEL_PX / scale) + "px " + this.font;
      ctx.globalAlpha = b.opacity;
      ctx.fillStyle = "#1a1a1a";
      ctx.strokeText(b.text, at.x, at.y);
      ctx.fillText(b.text, at.x, at.y);
    }
    ctx.restore();
  };

  parts.Labeller = Labeller;
})();
