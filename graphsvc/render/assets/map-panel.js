/* graphsvc map page, part 6: the profile of a clicked node and the map as text.
   Every name goes into the page through textContent. */
(function () {
  "use strict";
  var parts = window.GraphsvcParts = window.GraphsvcParts || {};
  var LIST_MAX = 30, TEXT_MAX = 200;

  function el(tag, text, className) {
    var e = document.createElement(tag);
    if (text !== undefined && text !== null) e.textContent = text;
    if (className) e.className = className;
    return e;
  }

  function nodeButton(app, id, text) {
    var b = el("button", text);
    b.type = "button";
    b.addEventListener("click", function () { app.openProfile(id, true); });
    return b;
  }

  function kindOf(n) {
    if (n.group === "action") return "action";
    if (n.group === "rocket" || n.group === "launchpad") return "rocket";
    return n.group.indexOf("actor_") === 0 ? "actor" : null;
  }

  function link(app, n) {
    var kind = kindOf(n), pattern = kind && app.data.links[kind];
    return pattern ? pattern.replace("{key}", encodeURIComponent(n.k)) : null;
  }

  function section(title, ids, app, mark) {
    var box = el("div", null, "gs-profile-part");
    box.appendChild(el("h3", title + " (" + ids.length.toLocaleString(app.data.lang) + ")"));
    var ul = el("ul", null, "gs-list");
    ids.slice(0, LIST_MAX).forEach(function (id) {
      var li = el("li");
      li.appendChild(nodeButton(app, id, app.byId[id].t[0] + (mark && mark[id] ? " · " + mark[id] : "")));
      ul.appendChild(li);
    });
    if (ids.length > LIST_MAX) {
      ul.appendChild(el("li", app.text("text_more", { n: ids.length - LIST_MAX })));
    }
    box.appendChild(ul);
    return box;
  }

  // Who is next to node ``id``: its actions, partners (actors sharing an action or a
  // reported tie), runners and rockets, by the drawn links.
  function neighbours(app, id) {
    var n = app.byId[id], own = kindOf(n), found = { actions: [], partners: [], runners: [], rockets: [] };
    var lead = {}, seen = {};
    (app.links[id] || []).forEach(function (l) {
      var o = app.byId[l.other], kind = kindOf(o);
      if (kind === "action" && own === "actor") found.actions.push(o.id);
      else if (kind === "actor" && own === "action") found.runners.push(o.id);
      else if (kind === "rocket") found.rockets.push(o.id);
      else if (kind === "action" && own === "rocket") found.actions.push(o.id);
      else if (kind === "actor" && own === "actor" && l.style === "collab") found.partners.push(o.id);
      if (l.style === "lead") lead[o.id] = app.words.role_lead;
    });
    if (own === "actor") {
      seen[id] = true;
      found.partners.forEach(function (p) { seen[p] = true; });
      found.actions.forEach(function (a) {
        (app.links[a] || []).forEach(function (l) {
          if (!seen[l.other] && kindOf(app.byId[l.other]) === "actor") { seen[l.other] = true; found.partners.push(l.other); }
        });
      });
    }
    found.lead = lead;
    return found;
  }

  function measures(app, n) {
    var dl = el("dl", null, "gs-measures");
    if (!n.m) return dl;
    app.data.measures.forEach(function (name, i) {
      if (n.m[i] === null || n.m[i] === undefined) return;
      dl.appendChild(el("dt", app.words.measureNames[name] || name));
      dl.appendChild(el("dd", Number(n.m[i]).toLocaleString(app.data.lang, { maximumFractionDigits: 3 })));
    });
    return dl;
  }

  // Fill the profile section with node ``id``.
  function showProfile(app, id) {
    var box = document.getElementById("gs-profile"), n = app.byId[id];
    var body = document.getElementById("gs-profile-body");
    body.textContent = "";
    document.getElementById("gs-profile-name").textContent = n.t[0];
    var details = el("ul", null, "gs-details");
    n.t.slice(1).forEach(function (line) { details.appendChild(el("li", line)); });
    body.appendChild(details);
    var href = link(app, n);
    if (href) {
      var a = el("a", app.words.node_page, "gs-node-page");
      a.href = href;
      body.appendChild(a);
    }
    var found = neighbours(app, id);
    if (found.rockets.length) body.appendChild(section(app.words.f_rockets, found.rockets, app));
    if (found.runners.length) body.appendChild(section(app.words.p_runners, found.runners, app, found.lead));
    if (found.actions.length) body.appendChild(section(app.words.p_actions, found.actions, app, found.lead));
    if (found.partners.length) body.appendChild(section(app.words.p_partners, found.partners, app));
    var m = measures(app, n);
    if (m.childNodes.length) {
      body.appendChild(el("h3", app.words.p_measures));
      body.appendChild(m);
    }
    box.hidden = false;
  }

  // The map as text: the visible nodes, largest first, and the findings about them.
  function textAlternative(app) {
    var list = document.getElementById("gs-text-nodes"), count = document.getElementById("gs-text-count");
    var findings = document.getElementById("gs-text-findings");
    if (!list) return;
    var shown = app.visibleIds().slice().sort(function (a, b) { return app.sizeOf(b) - app.sizeOf(a); });
    count.textContent = app.text("text_count", { shown: shown.length, total: app.data.nodes.length });
    list.textContent = "";
    shown.slice(0, TEXT_MAX).forEach(function (id) {
      var n = app.byId[id], li = el("li");
      li.appendChild(nodeButton(app, id, n.t[0] + " — " + (app.words.groups[n.group] || "")));
      list.appendChild(li);
    });
    if (shown.length > TEXT_MAX) list.appendChild(el("li", app.text("text_more", { n: shown.length - TEXT_MAX })));
    if (!findings) return;
    findings.textContent = "";
    var visible = {};
    shown.forEach(function (id) { visible[id] = true; });
    app.data.findings.filter(function (f) { return visible[f.id]; }).slice(0, TEXT_MAX).forEach(function (f) {
      var li = el("li");
      li.appendChild(nodeButton(app, f.id, f.text));
      findings.appendChild(li);
    });
  }

  parts.panel = { showProfile: showProfile, textAlternative: textAlternative, kindOf: kindOf, el: el };
})();
