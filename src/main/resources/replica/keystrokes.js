// Reports every key press to the replica: where it went (path, origin, field: its aria-label, its caption or its
// name), never which key. Tests use it to prove what the tool typed, and above all where it did not type (another
// host, a password field). When the scenario says so, the page also leaves for another host while a field is being
// typed into.
(function () {
  'use strict';
  var navigation = (window.__REPLICA__ || {}).navigateWhileTyping;
  var keysPerField = {};

  function fieldOf(target) {
    if (!target || !target.getAttribute) {
      return '';
    }
    return target.getAttribute('aria-label') || captionOf(target) || target.getAttribute('name') || '';
  }

  // React pages name a field by its visible caption, through aria-labelledby.
  function captionOf(target) {
    var ids = target.getAttribute('aria-labelledby');
    return ids ? ids.split(/\s+/).map(function (id) {
      return document.getElementById(id);
    }).filter(Boolean).map(function (caption) {
      return caption.textContent;
    }).join(' ').trim() : '';
  }

  function post(body, keepalive) {
    return fetch('/__replica/keystroke', {
      method: 'POST',
      headers: {'Content-Type': 'application/json'},
      body: body,
      keepalive: keepalive
    });
  }

  // The page it leads to must be on another origin: there it stays, however much more is typed.
  function leavesThisOrigin(url) {
    return new URL(url, location.href).origin !== location.origin;
  }

  function navigateOnceCounted(field) {
    if (!navigation || !field || (navigation.field && navigation.field !== field)
        || !leavesThisOrigin(navigation.url)) {
      return;
    }
    keysPerField[field] = (keysPerField[field] || 0) + 1;
    if (keysPerField[field] === navigation.afterKeystrokes) {
      location.href = navigation.url;
    }
  }

  document.addEventListener('keydown', function (event) {
    var field = fieldOf(event.target);
    var body = JSON.stringify({path: location.pathname, origin: location.origin, field: field});
    // keepalive lets the report outlive a navigation the key itself causes (Enter on a form), but Chrome caps
    // the bytes such requests may have in flight: past the cap, fast typing falls back to a plain request.
    post(body, true).catch(function () {
      return post(body, false);
    }).catch(function () {
      // The server is gone: nothing left to report to.
    });
    navigateOnceCounted(field);
  }, true);
})();
