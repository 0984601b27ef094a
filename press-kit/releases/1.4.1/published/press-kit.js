// "Copy with citation" on the press-kit page. The page reads fine without it.
(function () {
  var announcer = document.querySelector('.announcer');
  function announce(text) {
    announcer.textContent = '';
    // A fresh text node after clearing makes screen readers announce a repeated message.
    setTimeout(function () {
      announcer.textContent = text;
    }, 50);
  }
  function selectText(node) {
    var range = document.createRange();
    range.selectNodeContents(node);
    var selection = window.getSelection();
    selection.removeAllRanges();
    selection.addRange(range);
  }
  document.querySelectorAll('button.copy').forEach(function (button) {
    button.hidden = false;
    button.addEventListener('click', function () {
      var text = button.getAttribute('data-citation');
      var statement = button.parentNode.querySelector('.statement');
      var fail = function () {
        selectText(statement);
        announce(announcer.getAttribute('data-failed'));
      };
      if (!navigator.clipboard || !navigator.clipboard.writeText) return fail();
      navigator.clipboard.writeText(text).then(function () {
        announce(announcer.getAttribute('data-copied'));
      }, fail);
    });
  });
})();
