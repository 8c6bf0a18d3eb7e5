// Reports every key press to the replica: where it went (path, origin, field), never which key. Tests use it to
// prove what the tool typed, and above all where it did not type (another host, a password field).
(function () {
  'use strict';

  function fieldOf(target) {
    if (!target || !target.getAttribute) {
      return '';
    }
    return target.getAttribute('aria-label') || target.getAttribute('name') || '';
  }

  function post(body, keepalive) {
    return fetch('/__replica/keystroke', {
      method: 'POST',
      headers: {'Content-Type': 'application/json'},
      body: body,
      keepalive: keepalive
    });
  }

  document.addEventListener('keydown', function (event) {
    var body = JSON.stringify({path: location.pathname, origin: location.origin, field: fieldOf(event.target)});
    // keepalive lets the report outlive a navigation the key itself causes (Enter on a form), but Chrome caps
    // the bytes such requests may have in flight: past the cap, fast typing falls back to a plain request.
    post(body, true).catch(function () {
      return post(body, false);
    }).catch(function () {
      // The server is gone: nothing left to report to.
    });
  }, true);
})();
