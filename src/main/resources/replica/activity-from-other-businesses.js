// Accounts Center's "Activity from other businesses" (Meta's 2026 successor of "Your activity off Meta
// technologies"): "Manage how Meta uses this activity" opens the choice between two radios, and "Save" sends it. In
// REACT markup the radios are ARIA radios and the messages go into regions rendered empty with the choice.
(function () {
  'use strict';
  var config = window.__REPLICA__;
  var texts = config.flowTexts;
  var R = window.Replica;
  var root = document.getElementById('mount_0_0_fl');
  var CHOICE_KEY = 'replica_other_businesses';
  var panel;

  function card(children) {
    return R.el('div', {}, children, 'max-width:640px;margin:32px auto;padding:24px;background-color:#fff;'
        + 'border-radius:12px;box-shadow:0 1px 2px rgba(0,0,0,.2)');
  }

  function renderOverview() {
    panel.replaceChildren(card([
      R.el('h1', {}, [texts.heading], 'font-size:24px;margin:0 0 8px'),
      R.el('span', {}, [texts.intro], 'display:block;color:#65676b;margin-bottom:16px'),
      R.button(texts.manage, renderChoice)
    ]));
  }

  function renderChoice() {
    var group = R.radioGroup(texts.choiceCaption, [texts.allow, texts.dontAllow], ['allow', 'dont_allow']);
    group.select(sessionStorage.getItem(CHOICE_KEY) || 'allow');
    var actions = R.el('div', {}, [], 'display:flex;justify-content:flex-end;margin-top:16px');
    var body = card([R.el('h1', {}, [texts.heading], 'font-size:24px;margin:0 0 16px'), group, actions]);
    R.alertRegion(body, actions);
    R.statusRegion(body);
    var sending = false;
    actions.appendChild(R.button(texts.save, function () {
      var chosen = group.chosen();
      if (!chosen) {
        R.showAlert(body, actions, texts.errorChoice);
        return;
      }
      if (sending) {
        return;
      }
      sending = true;
      R.postJson('/api/accounts-center/activity-from-other-businesses/', {choice: chosen.value,
        choiceLabel: chosen.text}).then(function () {
        sessionStorage.setItem(CHOICE_KEY, chosen.value);
        R.announce(body, texts.saved);
      }).catch(function () {
        sending = false;
        R.showAlert(body, actions, config.texts.sendFailed);
      });
    }));
    panel.replaceChildren(body);
  }

  R.renderAfterDelay(root, config, function () {
    panel = R.el('div', {}, [], '');
    root.appendChild(panel);
    renderOverview();
    R.noise.page(root, panel);
    R.cookieDialogWhenDue(config);
  });
})();
