/* A plain-language hint under text fields in Wagtail's page editor, updated as the author
   writes: average words per sentence and letters per word, against a target. It never blocks
   saving. Messages come from the JSON in #readability-hint-messages (translated by Django). */
(function () {
  "use strict";

  var TARGET_WORDS_PER_SENTENCE = 15;
  var TARGET_LETTERS_PER_WORD = 7;
  var MIN_WORDS = 8;

  function measure(text) {
    var words = text.match(/[\p{L}\p{N}]+/gu) || [];
    var sentences = text.split(/[.!?…]+(?:\s|$)|\n+/).filter(function (s) {
      return /[\p{L}\p{N}]/u.test(s);
    });
    var letters = words.reduce(function (sum, word) { return sum + word.length; }, 0);
    return {
      words: words.length,
      wordsPerSentence: words.length / Math.max(sentences.length, 1),
      lettersPerWord: words.length ? letters / words.length : 0,
    };
  }

  function verdict(result) {
    return {
      longSentences: result.wordsPerSentence > TARGET_WORDS_PER_SENTENCE,
      longWords: result.lettersPerWord > TARGET_LETTERS_PER_WORD,
    };
  }

  if (typeof module !== "undefined") {
    module.exports = { measure: measure, verdict: verdict };
    return;
  }

  var source = document.getElementById("readability-hint-messages");
  var messages = source ? JSON.parse(source.textContent) : null;
  if (!messages) return;

  function format(template, values) {
    return template.replace(/%\((\w+)\)s/g, function (_, key) { return values[key]; });
  }

  function update(field) {
    var hint = field.parentElement.querySelector(".aw-readability-hint");
    var result = measure(field.value || "");
    if (result.words < MIN_WORDS) {
      if (hint) hint.remove();
      return;
    }
    if (!hint) {
      hint = document.createElement("p");
      hint.className = "aw-readability-hint help";
      hint.setAttribute("aria-live", "polite");
      field.insertAdjacentElement("afterend", hint);
    }
    var problems = verdict(result);
    var parts = [format(messages.measured, {
      words: result.wordsPerSentence.toFixed(0),
      letters: result.lettersPerWord.toFixed(1),
    })];
    if (problems.longSentences) parts.push(format(messages.long_sentences, { target: TARGET_WORDS_PER_SENTENCE }));
    if (problems.longWords) parts.push(messages.long_words);
    if (!problems.longSentences && !problems.longWords) parts.push(messages.good);
    hint.textContent = parts.join(" ");
  }

  document.addEventListener("input", function (event) {
    var field = event.target;
    if (field.matches && field.matches("textarea, input[type='text']")) update(field);
  });
})();
