// lede's page script: optional. Without it the page still shows every
// result; with it, a file can be dropped on the text box, and a quote and
// its speaker (or a table row and its mentions) light up together.
(function () {
  "use strict";
  var drop = document.getElementById("drop");
  var file = document.getElementById("file");
  if (drop && file) {
    drop.addEventListener("dragover", function (e) { e.preventDefault(); drop.classList.add("over"); });
    drop.addEventListener("dragleave", function () { drop.classList.remove("over"); });
    drop.addEventListener("drop", function (e) {
      e.preventDefault();
      drop.classList.remove("over");
      if (e.dataTransfer && e.dataTransfer.files.length) {
        file.files = e.dataTransfer.files; // submitted with the form
        document.getElementById("text").value = "";
        document.getElementById("input-hint").textContent = "File: " + e.dataTransfer.files[0].name + " (press Analyse)";
      }
    });
  }
  // Light up the elements a quote, a speaker badge or a table link points at.
  function targets(el) {
    var ids = [];
    if (el.dataset.speaker) ids.push(el.dataset.speaker);
    if (el.dataset.quote) ids.push(el.dataset.quote);
    var href = el.getAttribute("href");
    if (href && href.charAt(0) === "#") ids.push(href.slice(1));
    var out = ids.map(function (id) { return document.getElementById(id); }).filter(Boolean);
    if (el.dataset.entity && el.tagName === "A") {
      out = out.concat(Array.prototype.slice.call(
        document.querySelectorAll('.article .ent[data-entity="' + CSS.escape(el.dataset.entity) + '"]')));
    }
    return out;
  }
  function toggle(on) {
    return function (e) {
      var el = e.target.closest && e.target.closest("[data-speaker],[data-quote],a[data-entity]");
      if (!el) return;
      targets(el).forEach(function (t) { t.classList.toggle("linked", on); });
    };
  }
  ["mouseover", "focusin"].forEach(function (ev) { document.addEventListener(ev, toggle(true)); });
  ["mouseout", "focusout"].forEach(function (ev) { document.addEventListener(ev, toggle(false)); });
})();
