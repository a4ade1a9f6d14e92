/* Gives every field in Wagtail's page editor an accessible name. Wagtail 8.0 leaves two kinds
   without one: the rich text editor, whose label points at the hidden input it replaces
   (wagtail/wagtail#14205), and a simple block placed directly in a StreamField (a learning
   objective, a paragraph), which has a visible block heading but no <label>. A screen reader
   then announces "edit text" with no name. Each such field is labelled by its label, or else by
   its block's heading; fields added later (new blocks) are labelled as they appear. */
(function () {
  "use strict";

  var FIELDS = [
    '[role="textbox"][contenteditable="true"]',
    "[data-field-input] input:not([type=hidden])",
    "[data-field-input] textarea",
    "[data-field-input] select",
  ].join(", ");

  function hasName(field) {
    return (
      field.hasAttribute("aria-label") ||
      field.hasAttribute("aria-labelledby") ||
      (field.labels && field.labels.length > 0)
    );
  }

  function labelledBy(field) {
    var input = field.isContentEditable
      ? field.closest("[data-field-input]").querySelector("input[type=hidden][id]")
      : field;
    var label = input && input.id && document.querySelector('label[for="' + CSS.escape(input.id) + '"]');
    if (label) {
      label.id = label.id || input.id + "-label";
      return label.id;
    }
    var block = field.closest("[data-streamfield-child] > section");
    var heading = block && block.querySelector("[data-panel-heading]");
    return heading ? heading.id : null;
  }

  function nameFields() {
    document.querySelectorAll(FIELDS).forEach(function (field) {
      if (hasName(field) || !field.closest("[data-field-input]")) return;
      var id = labelledBy(field);
      if (id) field.setAttribute("aria-labelledby", id);
    });
  }

  var scheduled = false;
  function schedule() {
    if (scheduled) return;
    scheduled = true;
    window.requestAnimationFrame(function () {
      scheduled = false;
      nameFields();
    });
  }

  document.addEventListener("DOMContentLoaded", function () {
    nameFields();
    new MutationObserver(schedule).observe(document.body, { childList: true, subtree: true });
  });
})();
