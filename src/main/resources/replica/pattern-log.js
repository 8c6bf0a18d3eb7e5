// Shared by the replica's pages of the APG widget patterns (PatternPages.java): a small element builder, a count of
// the clicks each counted element receives (data-count names it; counted in the capture phase, so a handler that
// stops the event cannot hide a click), and window.__pattern.report() for a test to read the page's clicks and
// state at the end.
(function () {
  'use strict';

  var clicks = {};
  document.addEventListener('click', function (event) {
    var counted = event.target.closest ? event.target.closest('[data-count]') : null;
    if (counted) {
      var name = counted.getAttribute('data-count');
      clicks[name] = (clicks[name] || 0) + 1;
    }
  }, true);

  function el(tag, attrs, children) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (key) {
      if (attrs[key] !== null && attrs[key] !== undefined) {
        node.setAttribute(key, attrs[key]);
      }
    });
    (children || []).forEach(function (child) {
      node.appendChild(typeof child === 'string' ? document.createTextNode(child) : child);
    });
    return node;
  }

  // Each page registers, by name, a function that says one part of its state.
  var states = {};

  window.__pattern = {
    el: el,
    main: function () {
      return document.getElementById('pattern');
    },
    state: function (name, read) {
      states[name] = read;
    },
    report: function () {
      var state = {};
      Object.keys(states).forEach(function (name) {
        state[name] = states[name]();
      });
      return {clicks: clicks, state: state};
    },
  };
})();
