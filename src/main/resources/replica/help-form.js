// Facebook's Help Center contact forms beyond the objection form ("Data subject rights for third party information
// used for AI at Meta", the Privacy Rights Request), rendered the way Meta's React pages are: late, with generated
// classes and field names, fields named only by aria-label, radio groups captioned by aria-labelledby, and
// div-buttons. Every field shows at once; the form posts JSON to its own endpoint.
(function () {
  'use strict';
  var config = window.__REPLICA__;
  var texts = config.flowTexts;
  var R = window.Replica;
  var root = document.getElementById('mount_0_0_fl');
  var card;

  var EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
  var FIELD_STYLE = 'font-size:15px;padding:8px;border:1px solid #ccd0d5;border-radius:6px;background-color:#fff';

  function generatedId() {
    return 'js_' + Math.random().toString(36).slice(2, 6);
  }

  // Meta's option values are internal ids; packs must pick an option by its label, never by its value.
  function opaqueValue(index) {
    return String(2384000 + index * 977 + Math.floor(Math.random() * 10) * 10000);
  }

  function radioGroup(caption, options) {
    var captionId = generatedId();
    var name = R.fieldName();
    var radios = options.map(function (text, index) {
      var input = R.el('input', {type: 'radio', name: name, value: opaqueValue(index)}, [], 'margin:0 8px 0 0');
      return R.el('label', {}, [input, R.el('span', {}, [text])],
          'display:flex;align-items:center;padding:6px 0;cursor:pointer');
    });
    var group = R.el('div', {role: 'radiogroup', 'aria-labelledby': captionId, 'aria-required': 'true'}, [
      R.el('span', {id: captionId}, [caption], 'display:block;font-weight:600;margin-bottom:6px')
    ].concat(radios), 'display:flex;flex-direction:column;margin-bottom:16px');
    group.chosen = function () {
      var checked = group.querySelector('input:checked');
      return checked ? {value: checked.value, text: checked.parentNode.textContent} : null;
    };
    return group;
  }

  function fieldRow(caption, field) {
    return R.el('div', {}, [
      R.el('span', {}, [caption], 'display:block;font-weight:600;margin-bottom:6px'),
      field
    ], 'display:flex;flex-direction:column;margin-bottom:16px');
  }

  function textField(label) {
    return R.el('input', {type: 'text', 'aria-label': label, name: R.fieldName()}, [], FIELD_STYLE);
  }

  function textArea(label) {
    return R.el('textarea', {'aria-label': label, name: R.fieldName(), rows: '5'}, [],
        FIELD_STYLE + ';resize:vertical');
  }

  function countrySelect() {
    var localNames = new Intl.DisplayNames(['en'], {type: 'region'});
    var countries = config.countries.map(function (code) {
      return {value: code, text: localNames.of(code)};
    }).sort(function (a, b) {
      return a.text.localeCompare(b.text, 'en');
    });
    var options = [{value: '', text: texts.countryPlaceholder}].concat(countries).map(function (country) {
      return R.el('option', {value: country.value}, [country.text]);
    });
    return R.el('select', {'aria-label': texts.countryLabel, name: R.fieldName()}, options, FIELD_STYLE);
  }

  // Each form: its rows, a check that returns a problem or null, and the JSON it posts.
  var FORMS = {
    thirdPartyAiData: function () {
      var requestType = radioGroup(texts.requestTypeCaption,
          [texts.requestAccess, texts.requestDelete, texts.requestObject]);
      var firstName = textField(texts.firstNameLabel);
      var lastName = textField(texts.lastNameLabel);
      var email = textField(texts.emailLabel);
      var country = countrySelect();
      var prompts = textArea(texts.promptsLabel);
      // Optional, and only the person fills it: the tool never uploads a file.
      var screenshot = R.el('input', {type: 'file', accept: 'image/*', 'aria-label': texts.screenshotLabel,
        name: R.fieldName()}, [], 'margin-top:4px');
      return {
        endpoint: '/ajax/help/contact/510058597920541/submit/',
        rows: [requestType, fieldRow(texts.firstNameLabel, firstName), fieldRow(texts.lastNameLabel, lastName),
          fieldRow(texts.emailLabel, email), fieldRow(texts.countryLabel, country),
          fieldRow(texts.promptsLabel, prompts), fieldRow(texts.screenshotLabel, screenshot)],
        problem: function () {
          if (!requestType.chosen()) {
            return texts.errorRequestType;
          }
          if (!firstName.value.trim() || !lastName.value.trim() || !prompts.value.trim()) {
            return texts.errorRequired;
          }
          if (!EMAIL.test(email.value.trim())) {
            return texts.errorEmail;
          }
          return country.value ? null : texts.errorCountry;
        },
        payload: function () {
          var chosen = requestType.chosen();
          return {
            requestType: chosen.value,
            requestTypeLabel: chosen.text,
            firstName: firstName.value,
            lastName: lastName.value,
            email: email.value,
            country: country.value,
            countryName: country.options[country.selectedIndex].text,
            prompts: prompts.value,
            screenshot: screenshot.files.length ? screenshot.files[0].name : ''
          };
        }
      };
    },
    privacyRightsRequest: function () {
      var product = radioGroup(texts.productCaption, [texts.productFacebook, texts.productInstagram,
        texts.productMessenger, texts.productWhatsApp, texts.productMetaAi]);
      var right = radioGroup(texts.rightCaption, [texts.rightAccess, texts.rightCorrect, texts.rightDelete,
        texts.rightObject, texts.rightRestrict]);
      var reason = textArea(texts.reasonLabel);
      return {
        endpoint: '/ajax/help/contact/540977946302970/submit/',
        rows: [product, right, fieldRow(texts.reasonLabel, reason)],
        problem: function () {
          if (!product.chosen()) {
            return texts.errorProduct;
          }
          if (!right.chosen()) {
            return texts.errorRight;
          }
          return reason.value.trim() ? null : texts.errorReason;
        },
        payload: function () {
          return {
            product: product.chosen().value,
            productName: product.chosen().text,
            right: right.chosen().value,
            rightLabel: right.chosen().text,
            reason: reason.value
          };
        }
      };
    }
  };

  function renderForm() {
    var spec = FORMS[config.page]();
    var actions = R.el('div', {}, [], 'display:flex;justify-content:flex-end');
    var form = R.el('form', {novalidate: 'novalidate'}, spec.rows.concat([actions]));
    var sending = false;

    function send() {
      var problem = spec.problem();
      if (problem) {
        R.showAlert(form, actions, problem);
        return;
      }
      if (sending) {
        return;
      }
      sending = true;
      R.postJson(spec.endpoint, spec.payload()).then(function () {
        R.showSuccess(card, texts.success);
      }).catch(function (error) {
        sending = false;
        R.showAlert(form, actions, 'Something went wrong (' + error.message + '). Please try again later.');
      });
    }

    actions.appendChild(R.button(texts.send, send));
    form.addEventListener('submit', function (event) {
      event.preventDefault();
    });
    card.replaceChildren(
        R.el('h2', {}, [texts.formTitle], 'font-size:24px;margin:0 0 12px'),
        R.el('span', {}, [texts.intro], 'display:block;color:#65676b;margin-bottom:20px'),
        form);
  }

  R.renderAfterDelay(root, config, function () {
    card = R.el('div', {}, [], 'background-color:#fff;border-radius:8px;max-width:640px;margin:32px auto;'
        + 'padding:24px;box-shadow:0 1px 2px rgba(0,0,0,.2)');
    root.appendChild(card);
    renderForm();
    if (config.cookieDialog) {
      R.showCookieDialog(config);
    }
  });
})();
