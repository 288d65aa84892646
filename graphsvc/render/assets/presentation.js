/* graphsvc map page: presentations. Reads the "graphsvc-presentation" JSON block that the
   server fills per request (empty in a saved file): plays a presentation's slides one at a
   time, and gives editors "Save this view as a slide". Every user text goes into the page
   through textContent, never as HTML.

   The map's view state is the URL fragment (rocket=…&focus=…&zoom=…). A slide is shown with
   window.graphsvcMap.applyView(fragment) where the map page has it; otherwise the fragment
   is written into the URL and a "hashchange" event is dispatched, which is all the map page
   needs to follow. The view saved is window.graphsvcMap.viewState() (a fragment string or
   an object of pairs) where the map page has it, else the URL fragment. */
(function () {
  "use strict";
  var block = document.getElementById("graphsvc-presentation");
  var data = block ? JSON.parse(block.textContent || "{}") : {};
  if (!data.words) return;
  var words = data.words;

  function el(tag, attrs, text) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (name) { node.setAttribute(name, attrs[name]); });
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function fill(template, values) {
    return template.replace(/\{(\w+)\}/g, function (all, name) {
      return values[name] !== undefined ? String(values[name]) : all;
    });
  }

  function map() {
    return window.graphsvcMap || {};
  }

  function applyView(view) {
    var shown = map();
    if (typeof shown.applyView === "function") {
      shown.applyView(view);
    } else {
      history.replaceState(null, "", "#" + view);
      window.dispatchEvent(new HashChangeEvent("hashchange"));
    }
  }

  function currentView() {
    var shown = map();
    var state = typeof shown.viewState === "function" ? shown.viewState() : null;
    if (typeof state === "string") return state.replace(/^#/, "");
    if (state && typeof state === "object") {
      var pairs = new URLSearchParams();
      Object.keys(state).forEach(function (name) {
        var value = state[name];
        if (value !== null && value !== undefined && value !== "" && value !== false) {
          pairs.append(name, value === true ? "1" : String(value));
        }
      });
      return pairs.toString();
    }
    return location.hash.replace(/^#/, "");
  }

  // -- the player -----------------------------------------------------------------------

  function player(p) {
    var slides = p.slides;
    var at = 0;
    var box = el("section", { id: "gp-player", "class": "gp-player", "aria-label": fill(words.player, { title: p.title }) });
    var caption = el("p", { id: "gp-caption", "class": "gp-caption", "aria-live": "polite" });
    var controls = el("div", { "class": "gp-controls" });
    var prev = el("button", { type: "button", id: "gp-prev", "aria-label": words.prev }, "‹");
    var counter = el("span", { id: "gp-counter", "class": "gp-counter", "aria-live": "polite" });
    var next = el("button", { type: "button", id: "gp-next", "aria-label": words.next }, "›");
    var full = el("button", { type: "button", id: "gp-fullscreen", "aria-pressed": "false" }, words.fullscreen);
    var exit = el("a", { id: "gp-exit", href: p.page }, words.exit);
    var keys = el("p", { "class": "gp-keys" }, words.keys);
    controls.append(prev, counter, next, full, exit);
    box.append(caption, controls, keys);
    document.body.appendChild(box);
    document.body.classList.add("gp-playing");

    function show(index) {
      if (!slides.length) {
        caption.textContent = words.empty;
        counter.textContent = fill(words.counter, { n: 0, m: 0 });
        prev.disabled = next.disabled = true;
        return;
      }
      at = Math.max(0, Math.min(slides.length - 1, index));
      var slide = slides[at];
      caption.textContent = slide.caption;
      caption.hidden = !slide.caption;
      counter.textContent = fill(words.counter, { n: at + 1, m: slides.length });
      prev.disabled = at === 0;
      next.disabled = at === slides.length - 1;
      box.setAttribute("data-slide", String(at + 1));
      applyView(slide.view);
    }

    prev.addEventListener("click", function () { show(at - 1); });
    next.addEventListener("click", function () { show(at + 1); });
    full.addEventListener("click", function () {
      if (document.fullscreenElement) {
        document.exitFullscreen();
      } else if (document.documentElement.requestFullscreen) {
        document.documentElement.requestFullscreen().catch(function () {});
      }
    });
    document.addEventListener("fullscreenchange", function () {
      full.setAttribute("aria-pressed", document.fullscreenElement ? "true" : "false");
    });
    document.addEventListener("keydown", function (event) {
      var target = event.target;
      var typing = target && (/^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName) || target.isContentEditable);
      if (typing || event.altKey || event.ctrlKey || event.metaKey) return;
      var onMap = target && target.closest && target.closest("#gs-map");
      var step = { PageDown: 1, PageUp: -1 }[event.key];
      if (!onMap && step === undefined) step = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 }[event.key];
      if (step === undefined) return;
      event.preventDefault();
      show(at + step);
    });
    show(0);
    return { slideCount: function () { return slides.length; }, at: function () { return at + 1; } };
  }

  // -- save this view as a slide (editors) ---------------------------------------------------

  function slug(title) {
    var stem = title.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase()
      .replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "").slice(0, 60) || "esitys";
    return stem + "-" + Date.now().toString(36);
  }

  function saver(choices, playing) {
    var box = el("details", { id: "gp-save", "class": "gp-save" });
    var summary = el("summary", {}, words.save_view);
    var form = el("form", { id: "gp-save-form", novalidate: "" });
    var captionLabel = el("label", { "for": "gp-save-caption" }, words.save_caption);
    var caption = el("textarea", { id: "gp-save-caption", rows: "2", maxlength: String(data.captionLimit) });
    var intoLabel = el("label", { "for": "gp-save-into" }, words.save_into);
    var into = el("select", { id: "gp-save-into" });
    into.appendChild(el("option", { value: "" }, words.save_new));
    choices.forEach(function (c) { into.appendChild(el("option", { value: c.key }, c.title)); });
    if (playing) into.value = playing.key;
    var titleBox = el("div", { "class": "gp-new-title" });
    var titleLabel = el("label", { "for": "gp-save-title" }, words.new_title);
    var title = el("input", { id: "gp-save-title", type: "text", maxlength: String(data.titleLimit) });
    titleBox.append(titleLabel, title);
    var button = el("button", { type: "submit", id: "gp-save-button" }, words.save_button);
    var status = el("p", { id: "gp-save-status", role: "status", "class": "gp-status" });
    form.append(captionLabel, caption, intoLabel, into, titleBox, button, status);
    box.append(summary, form);
    var header = document.querySelector(".gs-header");
    (header || document.body).appendChild(box);

    function newOne() { titleBox.hidden = into.value !== ""; }
    into.addEventListener("change", newOne);
    newOne();

    function said(text, link) {
      status.textContent = text;
      if (link) {
        status.appendChild(document.createTextNode(" "));
        status.appendChild(el("a", { href: link.href }, link.text));
      }
    }

    form.addEventListener("submit", function (event) {
      event.preventDefault();
      var problems = [];
      if (caption.value.length > data.captionLimit) problems.push(fill(words.err_caption, { n: data.captionLimit }));
      var name = title.value.trim();
      if (!into.value && (!name || name.length > data.titleLimit)) problems.push(fill(words.err_title, { n: data.titleLimit }));
      if (problems.length) { said(problems.join(" ")); return; }
      var slide = { caption: caption.value.trim(), view: currentView() };
      var url = "/api/v1/presentations";
      var body = { key: slug(name), title: name, map: data.map, as_of: data.asOf, slides: [slide] };
      if (into.value) {
        url += "/" + encodeURIComponent(into.value) + "/slides";
        body = slide;
      }
      button.disabled = true;
      fetch(url, {
        method: "POST",
        credentials: "same-origin",
        headers: { "Content-Type": "application/json", "X-CSRF-Token": data.csrf },
        body: JSON.stringify(body)
      }).then(function (answer) {
        return answer.json().then(function (json) { return { ok: answer.ok, json: json }; });
      }).then(function (result) {
        button.disabled = false;
        if (!result.ok) {
          said(fill(words.save_failed, { detail: result.json.detail || "" }));
          return;
        }
        var saved = result.json;
        if (!into.value) {
          into.appendChild(el("option", { value: saved.key }, saved.title));
          into.value = saved.key;
          newOne();
        }
        caption.value = "";
        said(fill(words.saved, { n: saved.slides.length, title: saved.title }),
             { href: "/presentations/" + encodeURIComponent(saved.key), text: words.open });
      }).catch(function () {
        button.disabled = false;
        said(fill(words.save_failed, { detail: "" }));
      });
    });
  }

  var playing = data.presentation || null;
  window.graphsvcPresentation = playing ? player(playing) : null;
  if (data.canEdit) saver(data.presentations || [], playing);
})();
