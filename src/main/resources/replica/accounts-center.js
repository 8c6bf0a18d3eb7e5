// Accounts Center's "Your activity off Meta technologies" and its "Manage future activity" screen, reached by a
// client-side route as in the real single-page app (the screen's own URL also loads it directly). Picking
// "Disconnect future activity" and "Continue" asks in a dialog; its "Disconnect" is what sends. In REACT markup the
// two choices are ARIA radios named by the heading, and the result is written into a status region rendered empty
// with the screen.
(function () {
  'use strict';
  var config = window.__REPLICA__;
  var texts = config.flowTexts;
  var R = window.Replica;
  var root = document.getElementById('mount_0_0_fl');
  var OVERVIEW = '/info_and_permissions/off_facebook_activity/';
  var FUTURE = OVERVIEW + 'manage_future_activity/';
  var panel;

  function card(children) {
    return R.el('div', {}, children, 'max-width:640px;margin:32px auto;padding:24px;background-color:#fff;'
        + 'border-radius:12px;box-shadow:0 1px 2px rgba(0,0,0,.2)');
  }

  function go(path, render) {
    history.pushState({}, '', path);
    render();
  }

  // A row of Accounts Center's menus: an <a> whose whole row is the link, its text in a span.
  function menuRow(text, onOpen) {
    var row = R.el('a', {href: onOpen ? FUTURE : '#', role: 'link'}, [R.el('span', {}, [text])],
        'display:flex;justify-content:space-between;padding:14px 0;border-top:1px solid #dddfe2;color:#1c1e21;'
        + 'text-decoration:none');
    row.addEventListener('click', function (event) {
      event.preventDefault();
      if (onOpen) {
        onOpen();
      }
    });
    return row;
  }

  function renderOverview() {
    panel.replaceChildren(card([
      R.el('h1', {}, [texts.heading], 'font-size:24px;margin:0 0 8px'),
      R.el('span', {}, [texts.intro], 'display:block;color:#65676b;margin-bottom:16px'),
      menuRow(texts.recentActivity),
      menuRow(texts.clearPrevious),
      menuRow(texts.disconnectSpecific),
      menuRow(texts.manageFuture, function () { go(FUTURE, renderFuture); })
    ]));
  }

  function option(name, text, checked) {
    var input = R.el('input', {type: 'radio', name: name, value: text === texts.disconnectFuture ? 'off' : 'on'},
        [], 'margin:0 10px 0 0');
    input.checked = checked;
    return R.el('label', {}, [input, R.el('span', {}, [text])],
        'display:flex;align-items:center;padding:12px 0;cursor:pointer');
  }

  // The two choices, named after the screen's heading. Answers {node, disconnecting()}.
  function choices(heading, disconnected) {
    if (!R.react()) {
      var name = R.fieldName();
      var disconnect = option(name, texts.disconnectFuture, disconnected);
      return {
        node: R.el('div', {role: 'radiogroup', 'aria-label': texts.futureHeading},
            [option(name, texts.connectFuture, !disconnected), disconnect]),
        disconnecting: function () {
          return disconnect.querySelector('input').checked;
        }
      };
    }
    heading.id = R.generatedId();
    var group = R.el('div', {role: 'radiogroup', 'aria-labelledby': heading.id}, [], '');
    var radios = R.ariaRadios(group, [{text: texts.connectFuture, value: 'on'},
      {text: texts.disconnectFuture, value: 'off'}]);
    radios.select(disconnected ? 'off' : 'on');
    return {
      node: group,
      disconnecting: function () {
        return radios.chosen().value === 'off';
      }
    };
  }

  function renderFuture() {
    var disconnected = sessionStorage.getItem('replica_future_disconnected') === 'yes';
    var heading = R.el('h1', {}, [texts.futureHeading], 'font-size:24px;margin:0 0 8px');
    var choice = choices(heading, disconnected);
    var body = card([
      heading,
      R.el('span', {}, [texts.futureText], 'display:block;color:#65676b;margin-bottom:16px'),
      choice.node,
      R.el('div', {}, [R.button(texts.continue, function () {
        if (choice.disconnecting()) {
          openDialog(body);
        } else {
          go(OVERVIEW, renderOverview);
        }
      })], 'display:flex;justify-content:flex-end;margin-top:16px')
    ]);
    R.statusRegion(body);
    panel.replaceChildren(body);
  }

  function openDialog(body) {
    R.confirmDialog({title: texts.dialogTitle, text: texts.dialogText, cancel: texts.cancel,
      action: texts.disconnect, endpoint: '/api/accounts-center/off-meta-activity/future/',
      body: {futureActivity: 'disconnect'}, onDone: function () {
        sessionStorage.setItem('replica_future_disconnected', 'yes');
        R.announce(body, texts.disconnected);
      }});
  }

  function renderForPath() {
    if (location.pathname === FUTURE) {
      renderFuture();
    } else {
      renderOverview();
    }
  }

  window.addEventListener('popstate', renderForPath);

  R.renderAfterDelay(root, config, function () {
    panel = R.el('div', {}, [], '');
    root.appendChild(panel);
    renderForPath();
    R.noise.page(root, panel);
    R.cookieDialogWhenDue(config);
  });
})();
