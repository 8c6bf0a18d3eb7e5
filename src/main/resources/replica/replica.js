// What every React-style replica page shares: atomic class names generated afresh on each render, Meta's
// div-buttons, the "loading" shell and the cookie dialog. Exposed as window.Replica.
(function () {
  'use strict';

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

  function el(tag, attrs, children, declarations) {
    var node = document.createElement(tag);
    node.className = classes(declarations);
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
    var dialog = el('div', {
      'data-testid': 'cookie-policy-manage-dialog',
      role: 'dialog',
      'aria-modal': 'true',
      'aria-label': texts.cookieDialogTitle
    }, [
      el('span', {}, [texts.cookieDialogTitle], 'display:block;font-size:20px;font-weight:700;margin-bottom:12px'),
      el('span', {}, [texts.cookieDialogText], 'display:block;margin-bottom:16px;color:#65676b'),
      el('div', {}, [
        button(texts.declineCookies, function () { answer('essential'); },
            {'data-cookiebanner': 'accept_only_essential_button'}),
        button(texts.allowCookies, function () { answer('all'); }, {'data-cookiebanner': 'accept_button'})
      ], 'display:flex;flex-wrap:wrap;justify-content:flex-end')
    ], 'background-color:#fff;border-radius:8px;max-width:560px;margin:10vh auto 0;padding:20px;'
        + 'box-shadow:0 12px 28px rgba(0,0,0,.2)');
    overlay = el('div', {}, [dialog],
        'position:fixed;top:0;left:0;right:0;bottom:0;z-index:2147483000;background-color:rgba(244,244,244,.8)');
    document.body.appendChild(overlay);
  }

  function postJson(url, body) {
    return fetch(url, {
      method: 'POST',
      headers: {'Content-Type': 'application/json'},
      body: JSON.stringify(body)
    }).then(function (response) {
      if (!response.ok) {
        throw new Error('HTTP ' + response.status);
      }
      return response.json();
    });
  }

  // An inline error above the form's buttons, replacing the previous one.
  function showAlert(container, before, message) {
    var old = container.querySelector('[role="alert"]');
    if (old) {
      old.remove();
    }
    container.insertBefore(el('div', {role: 'alert'}, [message], 'color:#be4b49;margin:8px 0'), before);
  }

  // The card's content gives way to the success message, as Meta's help forms do.
  function showSuccess(card, text) {
    card.replaceChildren(el('div', {role: 'status'}, [
      el('span', {}, [text], 'display:block;font-size:20px;font-weight:700')
    ], 'padding:24px 0'));
  }

  // Meta's own "are you sure?" dialog: a title, a line of text, Cancel and one action that posts once. A failure
  // shows inside the dialog and lets the person try again.
  function confirmDialog(options) {
    var overlay;
    var sending = false;
    var titleId = 'dlg_' + Math.random().toString(36).slice(2, 7);
    function close() {
      overlay.remove();
    }
    function act() {
      if (sending) {
        return;
      }
      sending = true;
      postJson(options.endpoint, options.body).then(function () {
        close();
        options.onDone();
      }).catch(function (error) {
        sending = false;
        dialog.appendChild(el('div', {role: 'alert'}, ['Something went wrong (' + error.message + ').']));
      });
    }
    var dialog = el('div', {role: 'dialog', 'aria-modal': 'true', 'aria-labelledby': titleId}, [
      el('h2', {id: titleId}, [options.title], 'font-size:20px;margin:0 0 12px'),
      el('span', {}, [options.text], 'display:block;margin-bottom:16px;color:#65676b'),
      el('div', {}, [button(options.cancel, close), button(options.action, act)],
          'display:flex;justify-content:flex-end')
    ], 'background-color:#fff;border-radius:12px;max-width:440px;margin:20vh auto 0;padding:20px;'
        + 'box-shadow:0 12px 28px rgba(0,0,0,.2)');
    overlay = el('div', {}, [dialog],
        'position:fixed;top:0;left:0;right:0;bottom:0;z-index:1000;background-color:rgba(0,0,0,.4)');
    document.body.appendChild(overlay);
  }

  // React names fields after internal ids; a selector on `name` must not survive a re-render.
  function fieldName() {
    return 'Field' + (1000000 + Math.floor(Math.random() * 9000000));
  }

  window.Replica = {
    el: el,
    button: button,
    renderAfterDelay: renderAfterDelay,
    showCookieDialog: showCookieDialog,
    postJson: postJson,
    fieldName: fieldName,
    showAlert: showAlert,
    showSuccess: showSuccess,
    confirmDialog: confirmDialog
  };
})();
