// The noise real pages carry around a form (--noise SEED), which the replica otherwise never shows: live regions
// empty from the start or hidden with stale text, visually hidden copies of captions and of the Send text, a hidden
// disabled twin of Send, an aria-hidden clone of the form before the real one, an off-screen menu of look-alike
// buttons and links, <template>s holding a copy of the form, deeper wrappers around fields (and, in replica.js,
// shuffled attribute order). Every decision comes from a seeded generator, never from Math.random: the same seed
// builds the same page. None of it changes the real form or what a person does with it; a click or a key on a
// decoy (the clone, the menu, the hidden Send) sends nothing and is reported to /__replica/decoy, where a test sees
// a tool act on the wrong element. Added to window.Replica as noise.row(row, caption, field), for each field row,
// and noise.page(root, card), once the page has first rendered.
(function () {
  'use strict';
  var R = window.Replica;
  var config = window.__REPLICA__;

  if (!R.noisy()) {
    R.noise = {
      row: function () {},
      page: function () {}
    };
    return;
  }

  // One stream per kind of decision: how many fields a page has does not shift what its page-level noise is.
  var rowRandom = R.seededRandom(config.noise, 'rows');
  var pageRandom = R.seededRandom(config.noise, 'page');

  var VISUALLY_HIDDEN = 'position:absolute;width:1px;height:1px;margin:-1px;padding:0;border:0;overflow:hidden;'
      + 'clip:rect(0,0,0,0);white-space:nowrap';
  // A wrapper stretches its child as the row does, so a field keeps its width however deep it sits.
  var WRAPPER = 'display:flex;flex-direction:column';
  var MAX_WRAPPERS = 3;
  var ID_REFERENCES = ['aria-labelledby', 'aria-describedby', 'aria-controls', 'aria-activedescendant', 'aria-owns',
    'for'];
  var REGION_KINDS = {
    alert: {role: 'alert'},
    status: {role: 'status', 'aria-live': 'polite'},
    polite: {'aria-live': 'polite'},
    assertive: {'aria-live': 'assertive'}
  };

  function visuallyHidden(text) {
    return R.el('span', {}, [text], VISUALLY_HIDDEN);
  }

  function nameOf(node) {
    var label = node.getAttribute('aria-label');
    if (label) {
      return label;
    }
    var ids = node.getAttribute('aria-labelledby');
    if (ids) {
      return ids.split(/\s+/).map(function (id) {
        return document.getElementById(id);
      }).filter(Boolean).map(function (caption) {
        return caption.textContent;
      }).join(' ');
    }
    return (node.textContent || '').trim().slice(0, 100);
  }

  function report(decoy, event) {
    var target = event.target.closest('[role], a, input, select, textarea') || event.target;
    fetch('/__replica/decoy', {
      method: 'POST',
      headers: {'Content-Type': 'application/json'},
      body: JSON.stringify({path: location.pathname, decoy: decoy, event: event.type, target: nameOf(target)}),
      keepalive: true
    }).catch(function () {
      // The server is gone: nothing left to report to.
    });
  }

  function watch(node, decoy) {
    ['click', 'keydown', 'input'].forEach(function (type) {
      node.addEventListener(type, function (event) {
        report(decoy, event);
      }, true);
    });
  }

  var captionCopies = 0;

  // Around one field: wrappers between the row and the field, and maybe a visually hidden copy of its caption (on
  // the page's first row always, so that every noisy form has one).
  function row(node, caption, field) {
    var outer = field;
    for (var depth = rowRandom.below(MAX_WRAPPERS + 1); depth > 0; depth--) {
      var wrapper = R.el('div', {}, [], WRAPPER);
      outer.replaceWith(wrapper);
      wrapper.appendChild(outer);
      outer = wrapper;
    }
    if (captionCopies === 0 || rowRandom.chance(0.6)) {
      captionCopies++;
      node.insertBefore(visuallyHidden(caption), rowRandom.chance(0.5) ? node.firstChild : null);
    }
  }

  // Before the card's last button (its Send): a hidden, disabled twin of it; and a visually hidden copy of its text.
  function aroundSend(card) {
    var buttons = Array.prototype.filter.call(card.querySelectorAll('[role="button"]'), function (button) {
      return !button.closest('[role="dialog"]');
    });
    if (!buttons.length) {
      return;
    }
    var send = buttons[buttons.length - 1];
    var name = send.textContent;
    var twin = R.button(name, function () {}, {hidden: 'hidden', 'aria-disabled': 'true', tabindex: '-1'});
    // The button's generated display class would otherwise outrank the hidden attribute.
    twin.style.display = 'none';
    watch(twin, 'hidden-send');
    send.parentNode.insertBefore(twin, send);
    send.parentNode.insertBefore(visuallyHidden(name),
        pageRandom.chance(0.5) ? send.nextSibling : send.parentNode.firstChild);
  }

  // A copy of the card hidden from assistive technology (as React leaves behind for measuring or animating), shown
  // or not as the seed says. Its ids are its own, so no name or control of the real form points into it; it is out
  // of the Tab order, it never submits, and whatever reaches it is reported.
  function cloneOf(card) {
    var clone = card.cloneNode(true);
    clone.setAttribute('aria-hidden', 'true');
    var nodes = [clone].concat(Array.prototype.slice.call(clone.querySelectorAll('*')));
    var renamed = {};
    nodes.forEach(function (node) {
      if (node.id) {
        renamed[node.id] = node.id + '_clone';
        node.id = renamed[node.id];
      }
      if (node.hasAttribute('name')) {
        node.setAttribute('name', R.fieldName());
      }
      if (node.matches('input, select, textarea, a[href], [tabindex]')) {
        node.setAttribute('tabindex', '-1');
      }
    });
    nodes.forEach(function (node) {
      ID_REFERENCES.forEach(function (attribute) {
        var ids = node.getAttribute(attribute);
        if (ids) {
          node.setAttribute(attribute, ids.split(/\s+/).map(function (id) {
            return renamed[id] || id;
          }).join(' '));
        }
      });
    });
    if (!pageRandom.chance(0.5)) {
      clone.hidden = true;
      clone.style.display = 'none';
    }
    watch(clone, 'clone');
    clone.addEventListener('submit', function (event) {
      event.preventDefault();
    }, true);
    return clone;
  }

  function template(card) {
    var node = R.el('template', {}, [], '');
    node.content.appendChild(card.cloneNode(true));
    return node;
  }

  // A live region that says nothing now: empty (in the layout, but nothing to see), or hidden, empty or with the
  // stale text of an earlier state (an old error). Never a confirmation: no stale text is a success message.
  function region(kind, state) {
    var node = R.el('div', REGION_KINDS[kind], [], '');
    var stale = [config.texts.sendFailed, config.texts.errorEmail, config.texts.errorCountry, config.texts.loading];
    if (state === 'stale-hidden' || state === 'stale-none') {
      node.textContent = pageRandom.pick(stale);
    }
    if (state === 'stale-hidden' || state === 'empty-hidden') {
      node.hidden = true;
    } else if (state === 'stale-none') {
      node.style.display = 'none';
    }
    return node;
  }

  // At least an empty alert, an empty status and a hidden stale region; a few more of any kind.
  function regions() {
    var wanted = [['alert', 'empty'], ['status', 'empty'],
      [pageRandom.pick(['alert', 'status', 'polite']), pageRandom.pick(['stale-hidden', 'stale-none'])]];
    for (var extra = pageRandom.below(3); extra > 0; extra--) {
      wanted.push([pageRandom.pick(Object.keys(REGION_KINDS)),
        pageRandom.pick(['empty', 'empty-hidden', 'stale-hidden', 'stale-none'])]);
    }
    return wanted.map(function (kind) {
      return region(kind[0], kind[1]);
    });
  }

  // The names the card shows (buttons, links, headings, fields), each once.
  function namesIn(card) {
    var names = [];
    card.querySelectorAll('[role="button"], [role="link"], a[href], h1, h2, [aria-label], [aria-labelledby]')
        .forEach(function (node) {
          var name = node.closest('[role="dialog"]') ? '' : nameOf(node).trim();
          if (name && names.indexOf(name) < 0) {
            names.push(name);
          }
        });
    return names;
  }

  // A menu far off the left edge (as sites keep skip links and menus for later), of buttons and links named like the
  // form's own. Out of the Tab order; what reaches it is reported.
  function offScreenMenu(names) {
    var items = pageRandom.shuffle(names).map(function (name) {
      if (pageRandom.chance(0.5)) {
        return R.button(name, function () {}, {tabindex: '-1'});
      }
      var link = R.el('a', {href: '#', tabindex: '-1'}, [name], 'display:block');
      link.addEventListener('click', function (event) {
        event.preventDefault();
      });
      return link;
    });
    var menu = R.el('div', {}, items, 'position:absolute;left:-9999px;top:0');
    watch(menu, 'off-screen-menu');
    return menu;
  }

  function page(root, card) {
    var places = [
      function (node) {
        document.body.insertBefore(node, document.body.firstChild);
      },
      function (node) {
        document.body.appendChild(node);
      },
      function (node) {
        root.insertBefore(node, card);
      },
      function (node) {
        root.appendChild(node);
      }
    ];
    function somewhere(node) {
      pageRandom.pick(places)(node);
    }
    aroundSend(card);
    var clone = cloneOf(card);
    for (var count = 1 + pageRandom.below(2); count > 0; count--) {
      somewhere(template(card));
    }
    regions().forEach(somewhere);
    somewhere(offScreenMenu(namesIn(card)));
    root.insertBefore(clone, card);
  }

  R.noise = {
    row: row,
    page: page
  };
})();
