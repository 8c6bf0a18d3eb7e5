// A product's objection form (Facebook's or Instagram's: the same page, posting where the server says), rendered the
// way Meta's React pages are: late, with generated classes, fields named only by aria-label, div-buttons, and (when
// the scenario asks) a re-mount that throws away what was typed.
(function () {
  'use strict';
  var config = window.__REPLICA__;
  var texts = config.texts;
  var R = window.Replica;
  var root = document.getElementById('mount_0_0_rp');
  var card;
  var remountScheduled = false;

  var EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

  // Opaque but stable per country, like Meta's internal ids: the same country keeps its id across loads.
  function opaqueId(code) {
    return String(100000000 + code.charCodeAt(0) * 7919 + code.charCodeAt(1) * 104729);
  }

  function optionValue(code, englishNames) {
    if (config.optionValues === 'NAME') {
      return englishNames.of(code);
    }
    return config.optionValues === 'ID' ? opaqueId(code) : code;
  }

  function countryOptions() {
    var localNames = new Intl.DisplayNames([config.lang], {type: 'region'});
    var englishNames = new Intl.DisplayNames(['en'], {type: 'region'});
    var countries = config.countries.map(function (code) {
      return {value: optionValue(code, englishNames), text: localNames.of(code)};
    });
    countries.sort(function (a, b) {
      return a.text.localeCompare(b.text, config.lang);
    });
    return [{value: '', text: texts.countryPlaceholder}].concat(countries).map(function (country) {
      return R.el('option', {value: country.value}, [country.text]);
    });
  }

  function fieldRow(caption, field) {
    return R.el('div', {}, [
      R.el('span', {}, [caption], 'display:block;font-weight:600;margin-bottom:6px'),
      field
    ], 'display:flex;flex-direction:column;margin-bottom:16px');
  }

  var FIELD_STYLE = 'font-size:15px;padding:8px;border:1px solid #ccd0d5;border-radius:6px;background-color:#fff';

  function renderForm() {
    var country = R.el('select', {'aria-label': texts.countryLabel, name: R.fieldName()}, countryOptions(),
        FIELD_STYLE);
    var email = R.el('input', {type: 'text', 'aria-label': texts.emailLabel, name: R.fieldName(),
      value: config.accountEmail}, [], FIELD_STYLE);
    var reason = R.el('textarea', {'aria-label': texts.reasonLabel, name: R.fieldName(), rows: '5'}, [],
        FIELD_STYLE + ';resize:vertical');
    var actions = R.el('div', {}, [], 'display:flex;justify-content:flex-end');
    var form = R.el('form', {novalidate: 'novalidate'}, [
      fieldRow(texts.countryLabel, country),
      fieldRow(texts.emailLabel, email),
      fieldRow(texts.reasonLabel, reason),
      actions
    ]);

    function send() {
      var problem = validate(country, email, reason);
      if (problem) {
        R.showAlert(form, actions, problem);
        return;
      }
      if (config.confirmBeforeSend && !window.confirm(config.confirmBeforeSend)) {
        return;
      }
      var chosen = country.options[country.selectedIndex];
      R.postJson(config.submitPath, {
        country: chosen.value,
        countryName: chosen.text,
        email: email.value,
        reason: reason.value,
        version: config.formVersion
      }).then(function () {
        if (config.formVersion === 'V2024') {
          renderCodePage();
        } else {
          R.showSuccess(card, texts.success);
        }
      }).catch(function (error) {
        R.showAlert(form, actions, 'Something went wrong (' + error.message + '). Please try again later.');
      });
    }

    actions.appendChild(R.button(texts.send, send));
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

    card.replaceChildren(R.el('h2', {}, [texts.formTitle], 'font-size:24px;margin:0 0 20px'), form);
  }

  function validate(country, email, reason) {
    if (!country.value) {
      return texts.errorCountry;
    }
    if (!EMAIL.test(email.value.trim())) {
      return texts.errorEmail;
    }
    if (config.formVersion === 'V2024' && !reason.value.trim()) {
      return texts.errorReason;
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
      if (card.contains(form)) {
        renderForm();
      }
    }, 250);
  }

  function renderCodePage() {
    var code = R.el('input', {type: 'text', inputmode: 'numeric', autocomplete: 'one-time-code',
      'aria-label': texts.codePrompt, name: R.fieldName(), maxlength: '6'}, [], FIELD_STYLE);
    var actions = R.el('div', {}, [], 'display:flex;justify-content:flex-end');
    // The heading is the field's only visible caption; the field itself is named by aria-label alone.
    var page = R.el('div', {}, [
      R.el('h2', {}, [texts.codePrompt], 'font-size:20px;margin:0 0 16px'),
      R.el('div', {}, [code], 'display:flex;flex-direction:column;margin-bottom:16px'),
      actions
    ]);

    function confirm() {
      R.postJson(config.codeSubmitPath, {code: code.value}).then(function (answer) {
        if (answer.ok) {
          R.showSuccess(card, texts.success);
        } else {
          R.showAlert(page, actions, texts.errorCode);
        }
      }).catch(function (error) {
        R.showAlert(page, actions, 'Something went wrong (' + error.message + '). Please try again later.');
      });
    }

    actions.appendChild(R.button(texts.codeConfirm, confirm));
    card.replaceChildren(page);
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
    renderForm();
    if (config.cookieDialog) {
      R.showCookieDialog(config);
    }
  });
})();
