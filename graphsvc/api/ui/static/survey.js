// The respondent's form: rows are added and removed here, and every change is saved
// as the respondent goes. The form also works without this file (it posts whole).
"use strict";
document.addEventListener("DOMContentLoaded", function () {
  var form = document.getElementById("survey-form");
  if (!form || !window.fetch) { return; }
  var status = document.getElementById("save-status");
  var saving = false, again = false, timer = null;

  function show(text, failed) {
    status.textContent = text;
    status.classList.toggle("failed", Boolean(failed));
  }

  function save() {
    if (saving) { again = true; return; }
    saving = true;
    fetch(form.dataset.save, {
      method: "POST",
      body: new URLSearchParams(new FormData(form)),
      credentials: "omit",
      headers: { "Accept": "application/json" }
    }).then(function (answer) {
      return answer.json().then(function (data) {
        show(answer.ok ? data.message : data.detail, !answer.ok);
      });
    }).catch(function () {
      show(status.dataset.offline || "", true);
    }).then(function () {
      saving = false;
      if (again) { again = false; save(); }
    });
  }

  function soon(delay) {
    window.clearTimeout(timer);
    timer = window.setTimeout(save, delay);
  }

  function number(list) {
    var highest = 0;
    list.querySelectorAll("input").forEach(function (input) {
      highest = Math.max(highest, parseInt(input.id.split("-").pop(), 10) || 0);
    });
    return highest + 1;
  }

  function wire(row) {
    var remove = row.querySelector(".remove-row");
    if (!remove) { return; }
    remove.hidden = false;
    remove.addEventListener("click", function () {
      var list = row.parentNode, next = row.nextElementSibling || row.previousElementSibling;
      row.remove();
      var focus = next ? next.querySelector("input") : list.parentNode.querySelector(".add-row");
      if (focus) { focus.focus(); }
      soon(300);
    });
  }

  // Without this file every list has spare rows; here one empty row is enough.
  form.querySelectorAll(".survey-rows").forEach(function (list) {
    var empty = Array.prototype.filter.call(list.children, function (row) {
      return Array.prototype.every.call(row.querySelectorAll("input"), function (input) {
        return input.value === "";
      });
    });
    empty.slice(1).forEach(function (row) { row.remove(); });
  });
  form.querySelectorAll(".survey-row").forEach(wire);
  form.querySelectorAll(".add-row").forEach(function (button) {
    button.hidden = false;
    button.addEventListener("click", function () {
      var kind = button.dataset.kind;
      var list = form.querySelector('.survey-rows[data-kind="' + kind + '"]');
      var template = document.getElementById("row-" + kind);
      var n = String(number(list));
      var html = template.innerHTML.split("__N__").join(n);
      list.insertAdjacentHTML("beforeend", html);
      var row = list.lastElementChild;
      wire(row);
      row.querySelector("input").focus();
    });
  });
  form.addEventListener("change", function () { soon(400); });
  form.addEventListener("input", function (event) {
    if (event.target.tagName === "TEXTAREA") { soon(2000); }
  });
  form.addEventListener("submit", function (event) {
    event.preventDefault();
    window.clearTimeout(timer);
    save();
  });
});
