// What every React-style replica page shares: atomic class names generated afresh on each render, Meta's
// div-buttons, the "loading" shell, the cookie dialog, Meta's own dialogs, and where a page says what happened (its
// alert and status messages, in either markup). Exposed as window.Replica.
(function () {
  'use strict';
  var config = window.__REPLICA__ || {};

  var style = document.createElement('style');
  document.head.appendChild(style);
  var sheet = style.sheet;

  // Meta's build emits one short class per CSS declaration ("x1i10hfl"). The replica invents new ones on every
  // render, so a selector keyed on class names fails here as it would after Meta's next release.
  function token() {
    return 'x' + Math.random().toString(36).slice(2, 9);
  }

  function classes(declarations) {
    var names = [token()];
    (declarations || '').split(';').forEach(function (declaration) {
      if (declaration.trim()) {
        var name = token();
        sheet.insertRule('.' + name + '{' + declaration + '}', sheet.cssRules.length);
        names.push(name);
      }
    });
    return names.join(' ');
  }

  // A small seeded generator (a string hash into mulberry32) for the noise knob's decisions: the same seed and
  // stream give the same sequence, so the same seed builds the same page. Math.random stays for what must change on
  // every render (class names, field names, ids).
  function seededRandom(seed, stream) {
    var text = String(seed) + '/' + stream;
    var hash = 1779033703 ^ text.length;
    for (var i = 0; i < text.length; i++) {
      hash = Math.imul(hash ^ text.charCodeAt(i), 3432918353);
      hash = (hash << 13) | (hash >>> 19);
    }
    hash = Math.imul(hash ^ (hash >>> 16), 2246822507);
    hash = Math.imul(hash ^ (hash >>> 13), 3266489909);
    var state = (hash ^ (hash >>> 16)) >>> 0;
    function next() {
      state = (state + 0x6D2B79F5) | 0;
      var t = Math.imul(state ^ (state >>> 15), 1 | state);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    }
    function below(n) {
      return Math.floor(next() * n);
    }
    return {
      below: below,
      chance: function (probability) {
        return next() < probability;
      },
      pick: function (list) {
        return list[below(list.length)];
      },
      shuffle: function (list) {
        var copy = list.slice();
        for (var i = copy.length - 1; i > 0; i--) {
          var j = below(i + 1);
          var swapped = copy[i];
          copy[i] = copy[j];
          copy[j] = swapped;
        }
        return copy;
      }
    };
  }

  function noisy() {
    return config.noise !== null && config.noise !== undefined;
  }

  // With noise, every element's attributes come in a seeded order, as hand-written and generated markup mix them;
  // a tool must not depend on where an attribute stands.
  var attributeOrder = noisy() ? seededRandom(config.noise, 'attributes') : null;

  function el(tag, attrs, children, declarations) {
    var node = document.createElement(tag);
    var className = classes(declarations);
    var entries = Object.keys(attrs || {}).filter(function (key) {
      return attrs[key] !== null && attrs[key] !== undefined;
    }).map(function (key) {
      return [key, attrs[key]];
    });
    if (attributeOrder) {
      entries = attributeOrder.shuffle([['class', className]].concat(entries));
    } else {
      node.className = className;
    }
    entries.forEach(function (entry) {
      node.setAttribute(entry[0], entry[1]);
    });
    (children || []).forEach(function (child) {
      node.appendChild(typeof child === 'string' ? document.createTextNode(child) : child);
    });
    return node;
  }

  // Meta's buttons are not <button>s: a div with role=button, its text in a span, activated by click, Enter or Space.
  function button(text, onActivate, attrs) {
    var node = el('div', Object.assign({role: 'button', tabindex: '0'}, attrs || {}),
        [el('span', {}, [text], 'font-weight:600')],
        'display:inline-flex;align-items:center;justify-content:center;cursor:pointer;user-select:none;'
        + 'background-color:#0866ff;color:#fff;border-radius:6px;padding:8px 16px;margin:4px');
    node.addEventListener('click', function (event) {
      event.preventDefault();
      onActivate();
    });
    node.addEventListener('keydown', function (event) {
      if (event.key === 'Enter' || event.key === ' ') {
        event.preventDefault();
        onActivate();
      }
    });
    return node;
  }

  // Like a React app that fetches before it paints: a spinner first, the content after the delay.
  function renderAfterDelay(root, config, render) {
    root.replaceChildren(el('div', {role: 'progressbar', 'aria-label': config.texts.loading, 'aria-busy': 'true'},
        [config.texts.loading], 'padding:48px;text-align:center;color:#65676b'));
    var jitter = Math.floor(Math.random() * 60);
    setTimeout(function () {
      root.replaceChildren();
      render();
    }, config.renderDelayMs + jitter);
  }

  // Covers the whole page, so a click meant for the form lands on the overlay until the person answers.
  function showCookieDialog(config) {
    var texts = config.texts;
    var overlay;
    function answer(choice) {
      document.cookie = 'replica_consent=' + choice + '; Max-Age=31536000; Path=/; SameSite=Lax';
      overlay.remove();
    }
    var decline = button(texts.declineCookies, function () { answer('essential'); },
        {'data-cookiebanner': 'accept_only_essential_button'});
    var dialog = el('div', {
      'data-testid': 'cookie-policy-manage-dialog',
      role: 'dialog',
      'aria-modal': 'true',
      'aria-label': texts.cookieDialogTitle
    }, [
      el('span', {}, [texts.cookieDialogTitle], 'display:block;font-size:20px;font-weight:700;margin-bottom:12px'),
      el('span', {}, [texts.cookieDialogText], 'display:block;margin-bottom:16px;color:#65676b'),
      el('div', {}, [
        decline,
        button(texts.allowCookies, function () { answer('all'); }, {'data-cookiebanner': 'accept_button'})
      ], 'display:flex;flex-wrap:wrap;justify-content:flex-end')
    ], 'background-color:#fff;border-radius:8px;max-width:560px;margin:10vh auto 0;padding:20px;'
        + 'box-shadow:0 12px 28px rgba(0,0,0,.2)');
    overlay = el('div', {}, [dialog],
        'position:fixed;top:0;left:0;right:0;bottom:0;z-index:2147483000;background-color:rgba(244,244,244,.8)');
    document.body.appendChild(overlay);
    recordTimings(decline, texts.declineCookies);
  }

  // At arrival, or later (meta-flows §7): once a field first receives input, or after a delay. Either way the dialog
  // then covers the whole page, a half-filled form included, until the person answers it.
  function cookieDialogWhenDue(config) {
    if (!config.cookieDialog) {
      return;
    }
    if (config.cookieDialogAt === 'AFTER_FIRST_INPUT') {
      var onFirstInput = function () {
        document.removeEventListener('input', onFirstInput, true);
        document.removeEventListener('change', onFirstInput, true);
        showCookieDialog(config);
      };
      document.addEventListener('input', onFirstInput, true);
      document.addEventListener('change', onFirstInput, true);
    } else if (config.cookieDialogAt === 'AFTER_MS') {
      setTimeout(function () {
        showCookieDialog(config);
      }, config.cookieDialogDelayMs);
    } else {
      showCookieDialog(config);
    }
  }

  // A Meta coachmark pointing at the form's buttons: it lies over them (and so over Send) until "Got it". Not a
  // cookie dialog: no data-testid, no cookie button, nothing a cookie rule would recognise.
  function coachmarkOver(actions, texts) {
    actions.style.position = 'relative';
    var mark;
    mark = el('div', {role: 'dialog', 'aria-label': texts.coachmarkTitle}, [
      el('span', {}, [texts.coachmarkTitle], 'display:block;font-weight:700;margin-bottom:6px'),
      el('span', {}, [texts.coachmarkText], 'display:block;color:#65676b;margin-bottom:8px'),
      el('div', {}, [button(texts.coachmarkDismiss, function () {
        mark.remove();
      })], 'display:flex;justify-content:flex-end')
    ], 'position:absolute;top:-16px;right:-16px;width:340px;z-index:10;background-color:#fff;border-radius:8px;'
        + 'padding:12px;box-shadow:0 4px 16px rgba(0,0,0,.3)');
    actions.appendChild(mark);
  }

  // With the scenario's timestamps: when `node` was first rendered visible, and when it was first acted on (focus,
  // a key, the pointer, a click, an edit), on the page's clock, so a benchmark can measure "appears -> first action".
  function recordTimings(node, name) {
    if (!config.timestamps) {
      return;
    }
    function now() {
      return performance.timeOrigin + performance.now();
    }
    function report(event, at, action) {
      fetch('/__replica/timestamp', {
        method: 'POST',
        headers: {'Content-Type': 'application/json'},
        body: JSON.stringify({path: location.pathname, element: name, event: event, at: at, action: action || ''}),
        keepalive: true
      }).catch(function () {
        // The server is gone: nothing left to report to.
      });
    }
    var wasConnected = false;
    function whenVisible() {
      if (node.isConnected && node.checkVisibility({checkOpacity: true, checkVisibilityCSS: true})) {
        report('appeared', now());
        return;
      }
      wasConnected = wasConnected || node.isConnected;
      if (node.isConnected || !wasConnected) {
        requestAnimationFrame(whenVisible);
      }
    }
    requestAnimationFrame(whenVisible);
    var acted = false;
    ['focus', 'keydown', 'pointerdown', 'mousedown', 'click', 'input', 'change'].forEach(function (type) {
      node.addEventListener(type, function () {
        if (!acted) {
          acted = true;
          report('firstAction', now(), type);
        }
      }, true);
    });
  }

  // A send. Fails on an HTTP error, on a dropped or refused connection, and on Meta's own error answer (a 200 whose
  // JSON carries an "error" code, as Facebook's endpoints answer); the page then shows Meta's "Something went wrong".
  // When the scenario sends to a refusing origin, every send goes there.
  function postJson(url, body) {
    return fetch((config.sendOrigin || '') + url, {
      method: 'POST',
      headers: {'Content-Type': 'application/json'},
      body: JSON.stringify(body)
    }).then(function (response) {
      if (!response.ok) {
        throw new Error('HTTP ' + response.status);
      }
      return response.json();
    }).then(function (answer) {
      if (answer.error !== undefined) {
        throw new Error('error ' + answer.error);
      }
      return answer;
    });
  }

  function react() {
    return config.markup === 'REACT';
  }

  // Meta's React pages render their live regions empty with the form and write into them later (meta-flows §2);
  // the classic help forms add an alert or a status message only when there is something to say. A container's own
  // regions are remembered here, so that no other region on the page (the noise's, say) receives its messages.
  var alertRegions = new WeakMap();
  var statusRegions = new WeakMap();

  // REACT: an empty alert region in `container` before `before`, where showAlert writes. NATIVE: nothing yet.
  function alertRegion(container, before) {
    if (!react()) {
      return;
    }
    var region = el('div', {role: 'alert'}, [], 'color:#be4b49');
    container.insertBefore(region, before || null);
    alertRegions.set(container, region);
  }

  // REACT: an empty status region at the end of `container`, which setContent keeps and showSuccess and announce
  // write into. NATIVE: nothing yet.
  function statusRegion(container) {
    if (!react()) {
      return;
    }
    var region = el('div', {role: 'status', 'aria-live': 'polite'}, [], '');
    container.appendChild(region);
    statusRegions.set(container, region);
  }

  // The container's content becomes `nodes`; in REACT its status region stays, the same element, after them.
  function setContent(container, nodes) {
    var region = statusRegions.get(container);
    if (!region) {
      container.replaceChildren.apply(container, nodes);
      return;
    }
    Array.prototype.slice.call(container.childNodes).forEach(function (child) {
      if (child !== region) {
        child.remove();
      }
    });
    nodes.forEach(function (node) {
      container.insertBefore(node, region);
    });
  }

  // An inline error above the form's buttons, replacing the previous one.
  function showAlert(container, before, message) {
    var region = alertRegions.get(container);
    if (region) {
      region.replaceChildren(el('div', {}, [message], 'margin:8px 0'));
      return;
    }
    var old = container.querySelector('[role="alert"]');
    if (old) {
      old.remove();
    }
    container.insertBefore(el('div', {role: 'alert'}, [message], 'color:#be4b49;margin:8px 0'), before);
  }

  // The card's content gives way to the success message, as Meta's help forms do; `asHeading` shows it as the
  // heading of what is left.
  function showSuccess(card, text, asHeading) {
    var message = asHeading ? el('h2', {}, [text], 'font-size:20px;font-weight:700;margin:0')
        : el('span', {}, [text], 'display:block;font-size:20px;font-weight:700');
    var region = statusRegions.get(card);
    if (region) {
      setContent(card, []);
      region.replaceChildren(el('div', {}, [message], 'padding:24px 0'));
      return;
    }
    card.replaceChildren(el('div', {role: 'status'}, [message], 'padding:24px 0'));
  }

  // A status message below the rest of `container`, which stays.
  function announce(container, text) {
    var box = 'margin-top:16px;padding:12px;border-radius:8px;background-color:#e7f3ff';
    var message = el('span', {}, [text], 'font-weight:600');
    var region = statusRegions.get(container);
    if (region) {
      region.replaceChildren(el('div', {}, [message], box));
      return;
    }
    container.appendChild(el('div', {role: 'status'}, [message], box));
  }

  // One of Meta's own dialogs over the dimmed page: a title, maybe a line of text, its buttons (Cancel first, the
  // action last). Many of them have no accessible name at all (meta-flows §8): only the texts they hold tell them
  // apart. Answers {dialog, close}.
  function openDialog(title, text, buttons) {
    var overlay;
    var titleId = 'dlg_' + Math.random().toString(36).slice(2, 7);
    var named = !config.namelessDialogs;
    var dialog = el('div', {role: 'dialog', 'aria-modal': 'true', 'aria-labelledby': named ? titleId : null}, [
      el('h2', {id: named ? titleId : null}, [title], 'font-size:20px;margin:0 0 12px')
    ].concat(text ? [el('span', {}, [text], 'display:block;margin-bottom:16px;color:#65676b')] : [], [
      el('div', {}, buttons, 'display:flex;justify-content:flex-end')
    ]), 'background-color:#fff;border-radius:12px;max-width:440px;margin:20vh auto 0;padding:20px;'
        + 'box-shadow:0 12px 28px rgba(0,0,0,.2)');
    overlay = el('div', {}, [dialog],
        'position:fixed;top:0;left:0;right:0;bottom:0;z-index:1000;background-color:rgba(0,0,0,.4)');
    document.body.appendChild(overlay);
    return {
      dialog: dialog,
      close: function () {
        overlay.remove();
      }
    };
  }

  // Meta's own "are you sure?" dialog: a title, a line of text, Cancel and one action that posts once. A failure
  // shows inside the dialog and lets the person try again.
  function confirmDialog(options) {
    var opened;
    var sending = false;
    function act() {
      if (sending) {
        return;
      }
      sending = true;
      postJson(options.endpoint, options.body).then(function () {
        opened.close();
        options.onDone();
      }).catch(function () {
        sending = false;
        showAlert(opened.dialog, null, config.texts.sendFailed);
      });
    }
    opened = openDialog(options.title, options.text, [button(options.cancel, function () {
      opened.close();
    }), button(options.action, act)]);
    alertRegion(opened.dialog, null);
  }

  // A question before something happens: `onYes` runs after the action button, nothing after Cancel. While one is
  // open, asking again (a second click on Send) opens no second one.
  var asking = false;
  function askDialog(options) {
    if (asking) {
      return;
    }
    asking = true;
    var opened;
    function answer(yes) {
      asking = false;
      opened.close();
      if (yes) {
        options.onYes();
      }
    }
    opened = openDialog(options.title, options.text, [button(options.cancel, function () {
      answer(false);
    }), button(options.action, function () {
      answer(true);
    })]);
  }

  // React's generated element ids (useId): new on every render, so no selector may rely on one.
  function generatedId() {
    return 'js_' + Math.random().toString(36).slice(2, 6);
  }

  // React names fields after internal ids; a selector on `name` must not survive a re-render.
  function fieldName() {
    return 'Field' + (1000000 + Math.floor(Math.random() * 9000000));
  }

  window.Replica = {
    el: el,
    button: button,
    seededRandom: seededRandom,
    noisy: noisy,
    react: react,
    renderAfterDelay: renderAfterDelay,
    showCookieDialog: showCookieDialog,
    cookieDialogWhenDue: cookieDialogWhenDue,
    coachmarkOver: coachmarkOver,
    recordTimings: recordTimings,
    postJson: postJson,
    fieldName: fieldName,
    generatedId: generatedId,
    alertRegion: alertRegion,
    statusRegion: statusRegion,
    setContent: setContent,
    showAlert: showAlert,
    showSuccess: showSuccess,
    announce: announce,
    confirmDialog: confirmDialog,
    openDialog: openDialog,
    askDialog: askDialog
  };
})();
