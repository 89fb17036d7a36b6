// Title suggestions while typing, for the search box: fills the box's <datalist> from
// /api/v1/documents/suggestions. The page works without this script; it only adds
// suggestions. Keyboard use is the browser's own for a datalist (arrows, Enter, Esc).
(function () {
  'use strict';
  var input = document.getElementById('q');
  var list = document.getElementById('title-suggestions');
  if (!input || !list || !window.fetch) {
    return;
  }
  var timer = null;
  var last = '';
  var controller = null;
  input.addEventListener('input', function () {
    clearTimeout(timer);
    timer = setTimeout(suggest, 150);
  });

  function suggest() {
    var text = input.value.trim();
    if (text.length < 2 || text === last) {
      return;
    }
    last = text;
    if (controller) {
      controller.abort();
    }
    controller = new AbortController();
    var asOf = document.getElementById('asOf');
    var url = '/api/v1/documents/suggestions?size=8&q=' + encodeURIComponent(text);
    if (asOf && asOf.value) {
      url += '&asOf=' + encodeURIComponent(asOf.value);
    }
    fetch(url, { signal: controller.signal, headers: { 'Accept': 'application/json' } })
      .then(function (response) { return response.ok ? response.json() : []; })
      .then(function (suggestions) {
        while (list.firstChild) {
          list.removeChild(list.firstChild);
        }
        suggestions.forEach(function (s) {
          var option = document.createElement('option');
          option.value = s.title;
          if (s.docNumber) {
            option.label = s.docNumber;
          }
          list.appendChild(option);
        });
      })
      .catch(function () { /* a suggestion that fails is no error for the user */ });
  }
}());
