// graphsvc web UI: small progressive enhancements; every page also works without this file.
"use strict";
document.addEventListener("DOMContentLoaded", function () {
  // A <select data-autosubmit> sends its form as soon as a choice is made.
  document.querySelectorAll("select[data-autosubmit]").forEach(function (select) {
    select.addEventListener("change", function () {
      if (select.form) { select.form.requestSubmit(); }
    });
  });
});
