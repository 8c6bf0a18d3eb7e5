// A product's objection form (Facebook's or Instagram's: the same page, posting where the server says), rendered the
// way Meta's React pages are: late, with generated classes, fields named by aria-label (or, in REACT markup, by
// their captions), div-buttons, and, as the scenario asks, another country widget, the "related to AI at Meta?"
// gate before the fields, a coachmark over Send, a re-mount that throws away what was typed, timestamps of each
// field's appearance and first use, a required "Full name", a second confirmation, reworded thanks, noise, the
// field limits of field-limits.js (a read-only email, a reason's length limit); or with no labels at all:
// placeholders, and a Send that is an icon named by aria-label.
(function () {
  'use strict';
  var config = window.__REPLICA__;
  var texts = config.texts;
  var R = window.Replica;
  var root = document.getElementById('mount_0_0_rp');
  var card;
  var remountScheduled = false;
  // The gate's answer survives a re-mount: React keeps it in state above the form.
  var gateAnswer = null;

  var EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
  // The 2024 form refused shorter reasons (meta-flows §7).
  var MIN_REASON_2024 = 100;

  function countryField() {
    return R.countryField({widget: config.countryWidget, lang: config.lang, label: texts.countryLabel,
      placeholder: texts.countryPlaceholder, search: texts.countrySearch, noMatch: texts.countryNoMatch,
      optionValues: config.optionValues, countries: config.countries,
      countryNames: config.countryNames});
  }

  // "Is your request related to AI at Meta?": the fields show after Yes; No shows only a short note.
  function gate(form) {
    var group = R.radioGroup(texts.gateQuestion, [texts.gateYes, texts.gateNo], ['yes', 'no']);
    // Shown and hidden by inline style: a display in the generated classes would outrank clearing it.
    var note = R.el('div', {role: 'note'}, [texts.gateNoText], 'color:#65676b;margin-bottom:16px');
    function show() {
      form.style.display = gateAnswer === 'yes' ? '' : 'none';
      note.style.display = gateAnswer === 'no' ? '' : 'none';
    }
    group.select(gateAnswer);
    group.addEventListener('change', function () {
      gateAnswer = group.chosen().value;
      show();
    });
    show();
    return [group, note];
  }

  function renderForm() {
    var country = countryField();
    var email = R.textField(texts.emailLabel);
    email.setAttribute('value', config.accountEmail);
    R.readOnlyEmail(email);
    var reason = R.textArea(texts.reasonLabel);
    var row = config.noLabels ? R.unlabelledRow : R.fieldRow;
    var reasonRow = row(texts.reasonLabel, reason);
    R.limitReason(reasonRow, reason);
    var fullName = R.extraRequiredField(texts);
    var confirmEmail = R.confirmEmailField(texts, email);
    var actions = R.el('div', {}, [], 'display:flex;justify-content:flex-end');
    var firstRows = [row(texts.countryLabel, country.node)].concat(fullName ? [fullName.row] : [],
        [row(texts.emailLabel, email)], confirmEmail ? [confirmEmail.row] : []);
    var lastRows = [reasonRow, actions];
    var parts = config.formSteps ? inParts(firstRows, lastRows, country, email) : null;
    var form = R.el('form', {novalidate: 'novalidate'}, parts ? [parts.node] : firstRows.concat(lastRows));
    // Where Send's complaint shows: above its buttons, in the part they are in.
    var alertHost = parts ? parts.last : form;
    R.alertRegion(alertHost, actions);

    function send() {
      var problem = validate(country, email, reason);
      var named = !fullName || fullName.check();
      var confirmed = !confirmEmail || confirmEmail.check();
      if (problem) {
        R.showAlert(alertHost, actions, problem);
      }
      if (problem || !named || !confirmed) {
        return;
      }
      if (config.confirmBeforeSend && !window.confirm(config.confirmBeforeSend)) {
        return;
      }
      R.afterSecondConfirmation(texts, post);
    }

    function post() {
      var chosen = country.chosen();
      var body = {
        country: chosen.value,
        countryName: chosen.text,
        email: email.value,
        reason: reason.value,
        version: config.formVersion
      };
      if (fullName) {
        body.fullName = fullName.field.value;
      }
      if (confirmEmail) {
        body.confirmEmail = confirmEmail.field.value;
      }
      R.postJson(config.submitPath, body).then(function () {
        leaveDialog();
        if (config.formVersion === 'V2024') {
          renderCodePage();
        } else {
          R.showSent(card, texts.success);
        }
      }).catch(function () {
        R.showAlert(alertHost, actions, texts.sendFailed);
      });
    }

    var sendButton = config.noLabels ? R.iconButton(texts.send, send) : R.button(texts.send, send);
    actions.appendChild(sendButton);
    if (config.overlayOverSend) {
      R.coachmarkOver(actions, texts);
    }
    // Enter in the email field would otherwise submit the <form> and reload the page.
    form.addEventListener('submit', function (event) {
      event.preventDefault();
    });
    form.addEventListener('input', function () {
      scheduleRemount(form);
    });
    form.addEventListener('change', function () {
      scheduleRemount(form);
    });

    var title = R.el('h2', {id: formDialog ? formDialog.titleId : null}, [texts.formTitle],
        'font-size:24px;margin:0 0 20px');
    R.setContent(formPlace(), [title].concat(config.aiGate ? gate(form) : [], [form]));
    R.recordTimings(country.focusable, texts.countryLabel);
    R.recordTimings(email, texts.emailLabel);
    R.recordTimings(reason, texts.reasonLabel);
    R.recordTimings(sendButton, texts.send);
  }

  // --form-steps: the first part (country, email) with a "Next" that only shows the second part (reason, Send),
  // once the first is valid; what the first part holds stays in its fields, hidden, and Send posts both parts.
  // Answers {node, last}: the two parts, and the second alone.
  function inParts(firstRows, lastRows, country, email) {
    var first = R.el('div', {}, firstRows);
    var last = R.el('div', {}, lastRows);
    // Hidden by inline style: a display in the generated classes would outrank clearing it.
    last.style.display = 'none';
    var firstActions = R.el('div', {}, [], 'display:flex;justify-content:flex-end');
    function next() {
      var problem = !country.chosen() ? texts.errorCountry
          : !EMAIL.test(email.value.trim()) ? texts.errorEmail : null;
      if (problem) {
        R.showAlert(first, firstActions, problem);
        return;
      }
      first.style.display = 'none';
      last.style.display = '';
    }
    firstActions.appendChild(nativeOrReactButton(texts.formNext, next));
    first.appendChild(firstActions);
    R.alertRegion(first, firstActions);
    return {node: R.el('div', {}, [first, last]), last: last};
  }

  // NATIVE: a <button type=button>, which submits nothing; REACT: Meta's div role=button.
  function nativeOrReactButton(text, onActivate) {
    if (R.react()) {
      return R.button(text, onActivate);
    }
    var node = R.el('button', {type: 'button'}, [text], 'padding:8px 16px;margin:4px;border-radius:6px;'
        + 'background-color:#0866ff;color:#fff;border:0;font-weight:600;cursor:pointer');
    node.addEventListener('click', onActivate);
    return node;
  }

  // --form-in-dialog: the page shows the title and a button; the form opens in a modal dialog named by its title.
  // Whatever the form shows next (the code page, the thanks) shows on the page again, the dialog closed.
  var formDialog = null;

  function formPlace() {
    return formDialog ? formDialog.body : card;
  }

  function leaveDialog() {
    if (formDialog) {
      formDialog.overlay.remove();
      formDialog = null;
    }
  }

  function renderOpener() {
    var title = R.el('h2', {}, [texts.formTitle], 'font-size:24px;margin:0 0 20px');
    R.setContent(card, [title, nativeOrReactButton(texts.openFormDialog, function () {
      if (formDialog) {
        return;
      }
      var titleId = 'form_dialog_' + Math.random().toString(36).slice(2, 7);
      var body = R.el('div', {});
      var dialog = R.el('div', {role: 'dialog', 'aria-modal': 'true', 'aria-labelledby': titleId}, [body],
          'background-color:#fff;border-radius:12px;max-width:600px;margin:8vh auto;padding:24px;'
          + 'box-shadow:0 12px 28px rgba(0,0,0,.2)');
      // A dialog taller than the window scrolls with the dimmed page behind it, as Meta's do.
      var overlay = R.el('div', {}, [dialog], 'position:fixed;top:0;left:0;right:0;bottom:0;z-index:900;'
          + 'overflow-y:auto;background-color:rgba(0,0,0,.4)');
      document.body.appendChild(overlay);
      formDialog = {overlay: overlay, body: body, titleId: titleId};
      renderForm();
    })]);
  }

  function validate(country, email, reason) {
    if (!country.chosen()) {
      return texts.errorCountry;
    }
    if (!EMAIL.test(email.value.trim())) {
      return texts.errorEmail;
    }
    if (config.formVersion === 'V2024' && !reason.value.trim()) {
      return texts.errorReason;
    }
    if (config.formVersion === 'V2024' && reason.value.trim().length < MIN_REASON_2024) {
      return texts.errorReasonTooShort;
    }
    return null;
  }

  // Imitates React re-mounting the form once after the first edit: new elements, values back to their start.
  // A form already sent (success or code page showing) stays gone: React would not bring it back either.
  function scheduleRemount(form) {
    if (!config.rerenderAfterFill || remountScheduled) {
      return;
    }
    remountScheduled = true;
    setTimeout(function () {
      if (formPlace().contains(form)) {
        renderForm();
      }
    }, 250);
  }

  function renderCodePage() {
    var code = R.el('input', {type: 'text', inputmode: 'numeric', autocomplete: 'one-time-code',
      'aria-label': texts.codePrompt, name: R.fieldName(), maxlength: '6'}, [], R.FIELD_STYLE);
    var actions = R.el('div', {}, [], 'display:flex;justify-content:flex-end');
    // The heading is the field's only visible caption; the field itself is named by aria-label alone (in REACT
    // markup, by the heading through aria-labelledby).
    var heading = R.el('h2', {}, [texts.codePrompt], 'font-size:20px;margin:0 0 16px');
    R.nameByCaption(heading, code);
    var page = R.el('div', {}, [
      heading,
      R.el('div', {}, [code], 'display:flex;flex-direction:column;margin-bottom:16px'),
      actions
    ]);
    R.alertRegion(page, actions);

    function confirm() {
      R.postJson(config.codeSubmitPath, {code: code.value}).then(function (answer) {
        if (answer.ok) {
          R.showSent(card, texts.success);
        } else {
          R.showAlert(page, actions, texts.errorCode);
        }
      }).catch(function () {
        R.showAlert(page, actions, texts.sendFailed);
      });
    }

    actions.appendChild(R.button(texts.codeConfirm, confirm));
    R.setContent(card, [page]);
  }

  function isCurrentPage(url) {
    var target = new URL(url, location.href);
    return target.origin === location.origin && target.pathname === location.pathname;
  }

  R.renderAfterDelay(root, config, function () {
    // The same replica under another host name is the usual target; it must not bounce back and forth forever.
    // The page leaves before it shows the form, so a run can only meet the form on the other host.
    if (config.redirectTo && !isCurrentPage(config.redirectTo)) {
      location.href = config.redirectTo;
      return;
    }
    card = R.el('div', {}, [], 'background-color:#fff;border-radius:8px;max-width:640px;margin:32px auto;'
        + 'padding:24px;box-shadow:0 1px 2px rgba(0,0,0,.2)');
    root.appendChild(card);
    R.statusRegion(card);
    if (config.formInDialog) {
      renderOpener();
    } else {
      renderForm();
    }
    R.noise.page(root, card);
    R.cookieDialogWhenDue(config);
  });
})();
