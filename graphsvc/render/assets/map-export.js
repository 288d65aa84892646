/* graphsvc map page, part 7: the current view as a PNG or SVG picture, with the legend.
   The PNG is the map's canvas beside a drawn legend; the SVG is built from the positions
   of the nodes shown (names as text nodes, so no name is parsed as markup). */
(function () {
  "use strict";
  var parts = window.GraphsvcParts = window.GraphsvcParts || {};
  var LEGEND_W = 260, ROW = 20, SVG_NS = "http://www.w3.org/2000/svg";

  // The legend rows of the view: the title, the sized-by measure, each group shown.
  function legendRows(app) {
    var counts = {};
    app.visibleIds().forEach(function (id) { var g = app.byId[id].group; counts[g] = (counts[g] || 0) + 1; });
    var rows = [];
    Object.keys(app.data.options.groups).forEach(function (g) {
      if (!counts[g]) return;
      var look = app.data.options.groups[g].color;
      rows.push({ text: (app.words.groups[g] || g) + " (" + counts[g].toLocaleString(app.data.lang) + ")",
                  fill: look.background, stroke: look.border });
    });
    return rows;
  }

  function save(blob, name) {
    var a = document.createElement("a");
    a.href = URL.createObjectURL(blob);
    a.download = name;
    document.body.appendChild(a);
    a.click();
    setTimeout(function () { URL.revokeObjectURL(a.href); a.remove(); }, 1000);
  }

  function headLines(app) {
    return [app.data.title, app.words.sizeBy + ": " + (app.words.measureNames[app.state.measure] || app.state.measure)];
  }

  function png(app) {
    var source = app.container.querySelector("canvas");
    var ratio = source.width / Math.max(source.clientWidth, 1);
    var rows = legendRows(app), out = document.createElement("canvas");
    out.width = source.width + LEGEND_W * ratio;
    out.height = Math.max(source.height, (rows.length + 4) * ROW * ratio);
    var ctx = out.getContext("2d");
    ctx.fillStyle = "#ffffff";
    ctx.fillRect(0, 0, out.width, out.height);
    ctx.drawImage(source, 0, 0);
    ctx.scale(ratio, ratio);
    var left = source.clientWidth + 12;
    ctx.fillStyle = "#1a1a1a";
    ctx.textBaseline = "middle";
    ctx.font = "bold 13px " + app.font;
    headLines(app).forEach(function (line, i) { ctx.fillText(line, left, ROW * (i + 1), LEGEND_W - 20); ctx.font = "12px " + app.font; });
    rows.forEach(function (r, i) {
      var y = ROW * (i + 3.5);
      ctx.beginPath();
      ctx.arc(left + 7, y, 6, 0, 2 * Math.PI);
      ctx.fillStyle = r.fill;
      ctx.fill();
      ctx.strokeStyle = r.stroke;
      ctx.stroke();
      ctx.fillStyle = "#1a1a1a";
      ctx.fillText(r.text, left + 20, y, LEGEND_W - 36);
    });
    out.toBlob(function (blob) { save(blob, app.words.file_stem + ".png"); }, "image/png");
  }

  function node(tag, attrs, text) {
    var e = document.createElementNS(SVG_NS, tag);
    Object.keys(attrs).forEach(function (k) { e.setAttribute(k, String(attrs[k])); });
    if (text !== undefined) e.textContent = text;
    return e;
  }

  function svg(app) {
    var net = app.network, w = app.container.clientWidth, h = app.container.clientHeight;
    var rows = legendRows(app);
    var root = node("svg", { xmlns: SVG_NS, width: w + LEGEND_W, height: Math.max(h, (rows.length + 4) * ROW),
                             "font-family": app.font, "font-size": 12 });
    root.appendChild(node("rect", { x: 0, y: 0, width: w + LEGEND_W, height: Math.max(h, (rows.length + 4) * ROW), fill: "#ffffff" }));
    var edges = node("g", { stroke: "#b8b8b8", "stroke-width": 1 }), dots = node("g", {}), labels = node("g", { "text-anchor": "middle" });
    var at = {}, positions = net.getPositions();
    Object.keys(positions).forEach(function (id) { at[id] = net.canvasToDOM(positions[id]); });
    app.shownLinks().forEach(function (link) {
      var a = at[link.edge.from], b = at[link.edge.to];
      edges.appendChild(node("line", { x1: a.x.toFixed(1), y1: a.y.toFixed(1), x2: b.x.toFixed(1), y2: b.y.toFixed(1),
                                       stroke: link.look.color, "stroke-opacity": link.look.opacity }));
    });
    var scale = net.getScale();
    app.visibleIds().forEach(function (id) {
      var b = net.body.nodes[id], p = at[id];
      if (p.x < -50 || p.y < -50 || p.x > w + 50 || p.y > h + 50) return;
      dots.appendChild(node("circle", { cx: p.x.toFixed(1), cy: p.y.toFixed(1), r: Math.max(1.5, (b.options.size || 10) * scale).toFixed(1),
                                        fill: b.options.color.background, stroke: b.options.color.border,
                                        "fill-opacity": b.options.opacity === undefined ? 1 : b.options.opacity }));
    });
    app.labeller.boxes.forEach(function (box) {
      labels.appendChild(node("text", { x: (box.x + box.w / 2).toFixed(1), y: (box.y + 11).toFixed(1), stroke: "#ffffff",
                                        "stroke-width": 3, "paint-order": "stroke", fill: "#1a1a1a" }, box.text));
    });
    root.appendChild(edges);
    root.appendChild(dots);
    root.appendChild(labels);
    var legend = node("g", { transform: "translate(" + (w + 12) + ",0)" });
    headLines(app).forEach(function (line, i) { legend.appendChild(node("text", { x: 0, y: ROW * (i + 1), "font-weight": i ? "normal" : "bold" }, line)); });
    rows.forEach(function (r, i) {
      var y = ROW * (i + 3.5);
      legend.appendChild(node("circle", { cx: 7, cy: y, r: 6, fill: r.fill, stroke: r.stroke }));
      legend.appendChild(node("text", { x: 20, y: y + 4 }, r.text));
    });
    root.appendChild(legend);
    var text = new XMLSerializer().serializeToString(root);
    save(new Blob([text], { type: "image/svg+xml" }), app.words.file_stem + ".svg");
  }

  parts.exporter = { png: png, svg: svg, legendRows: legendRows };
})();
