// Meta's contact forms beyond the objection form: Facebook's "Data subject rights for third party information used
// for AI at Meta" and Privacy Rights Request, help.meta.com's privacy page (2026) and WhatsApp's Data Subject Rights
// Request. Rendered the way Meta's React pages are: late, with generated classes and field names, fields named by
// aria-label (or, in REACT markup, by their captions), radio groups captioned by aria-labelledby, and div-buttons.
// Every field shows at once; the form posts JSON to its own endpoint. The scenario's form knobs (a required "Full
// name", a second confirmation, reworded thanks) and noise apply here as on the objection form.
(function () {
  'use strict';
  var config = window.__REPLICA__;
  var texts = config.flowTexts;
  var R = window.Replica;
  var root = document.getElementById('mount_0_0_fl');
  var card;

  var EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
  // An international number: a plus, a country code and at least six more digits, spaces and dashes allowed.
  var PHONE = /^\+[1-9][0-9]{0,2}[ -]?[0-9][0-9 ()-]{5,}[0-9]$/;

  function chosenOf(group) {
    var chosen = group.chosen();
    return chosen ? chosen : {value: '', text: ''};
  }

  // Each form: its rows, a check that returns a problem or null, and the JSON it posts.
  var FORMS = {
    thirdPartyAiData: function () {
      var requestType = R.radioGroup(texts.requestTypeCaption,
          [texts.requestAccess, texts.requestDelete, texts.requestObject]);
      var firstName = R.textField(texts.firstNameLabel);
      var lastName = R.textField(texts.lastNameLabel);
      var email = R.textField(texts.emailLabel);
      var country = R.countryField({widget: config.countryWidget, lang: config.lang, label: texts.countryLabel,
        placeholder: texts.countryPlaceholder, search: config.texts.countrySearch,
        noMatch: config.texts.countryNoMatch, optionValues: 'ISO', countries: config.countries,
        countryNames: config.countryNames});
      var prompts = R.textArea(texts.promptsLabel);
      // Optional, and only the person fills it: the tool never uploads a file.
      var screenshot = R.el('input', {type: 'file', accept: 'image/*', 'aria-label': texts.screenshotLabel,
        name: R.fieldName()}, [], 'margin-top:4px');
      return {
        endpoint: '/ajax/help/contact/510058597920541/submit/',
        rows: [requestType, R.fieldRow(texts.firstNameLabel, firstName), R.fieldRow(texts.lastNameLabel, lastName),
          R.fieldRow(texts.emailLabel, email), R.fieldRow(texts.countryLabel, country.node),
          R.fieldRow(texts.promptsLabel, prompts), R.fieldRow(texts.screenshotLabel, screenshot)],
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
          return country.chosen() ? null : texts.errorCountry;
        },
        payload: function () {
          var chosen = requestType.chosen();
          return {
            requestType: chosen.value,
            requestTypeLabel: chosen.text,
            firstName: firstName.value,
            lastName: lastName.value,
            email: email.value,
            country: country.chosen().value,
            countryName: country.chosen().text,
            prompts: prompts.value,
            screenshot: screenshot.files.length ? screenshot.files[0].name : ''
          };
        }
      };
    },
    privacyRightsRequest: function () {
      var product = R.radioGroup(texts.productCaption, [texts.productFacebook, texts.productInstagram,
        texts.productMessenger, texts.productWhatsApp, texts.productMetaAi]);
      var right = R.radioGroup(texts.rightCaption, [texts.rightAccess, texts.rightCorrect, texts.rightDelete,
        texts.rightObject, texts.rightRestrict]);
      var reason = R.textArea(texts.reasonLabel);
      return {
        endpoint: '/ajax/help/contact/540977946302970/submit/',
        rows: [product, right, R.fieldRow(texts.reasonLabel, reason)],
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
    },
    metaPrivacyHelp: function () {
      var action = R.radioGroup(texts.actionCaption, [texts.actionAccess, texts.actionCorrect, texts.actionObject,
        texts.actionDelete]);
      var product = R.radioGroup(texts.productCaption, [texts.productFacebook, texts.productInstagram,
        texts.productMessenger, texts.productWhatsApp]);
      var reason = R.textArea(texts.reasonLabel);
      return {
        endpoint: '/api/support/privacy/requests/',
        rows: [action, product, R.fieldRow(texts.reasonLabel, reason)],
        problem: function () {
          if (!action.chosen()) {
            return texts.errorAction;
          }
          if (!product.chosen()) {
            return texts.errorProduct;
          }
          return reason.value.trim() ? null : texts.errorReason;
        },
        payload: function () {
          return {
            action: chosenOf(action).value,
            actionLabel: chosenOf(action).text,
            product: chosenOf(product).value,
            productName: chosenOf(product).text,
            reason: reason.value
          };
        }
      };
    },
    whatsappRights: function () {
      var request = R.radioGroup(texts.requestCaption, [texts.requestAccess, texts.requestObject,
        texts.requestDelete]);
      var phone = R.textField(texts.phoneLabel, 'tel');
      phone.setAttribute('autocomplete', 'tel');
      var email = R.textField(texts.emailLabel, 'email');
      var reason = R.textArea(texts.reasonLabel);
      return {
        endpoint: '/contact/forms/382532939919295/submit/',
        rows: [request, R.fieldRow(texts.phoneLabel, phone), R.fieldRow(texts.emailLabel, email),
          R.fieldRow(texts.reasonLabel, reason)],
        problem: function () {
          if (!request.chosen()) {
            return texts.errorRequest;
          }
          if (!PHONE.test(phone.value.trim())) {
            return texts.errorPhone;
          }
          if (!EMAIL.test(email.value.trim())) {
            return texts.errorEmail;
          }
          return reason.value.trim() ? null : texts.errorReason;
        },
        payload: function () {
          return {
            request: chosenOf(request).value,
            requestLabel: chosenOf(request).text,
            phone: phone.value,
            email: email.value,
            reason: reason.value
          };
        }
      };
    }
  };

  function renderForm() {
    var spec = FORMS[config.page]();
    var fullName = R.extraRequiredField(config.texts);
    var actions = R.el('div', {}, [], 'display:flex;justify-content:flex-end');
    var form = R.el('form', {novalidate: 'novalidate'}, (fullName ? [fullName.row] : []).concat(spec.rows, [actions]));
    var sending = false;
    R.alertRegion(form, actions);

    function send() {
      var problem = spec.problem();
      var named = !fullName || fullName.check();
      if (problem) {
        R.showAlert(form, actions, problem);
      }
      if (problem || !named || sending) {
        return;
      }
      R.afterSecondConfirmation(config.texts, post);
    }

    function post() {
      if (sending) {
        return;
      }
      sending = true;
      var payload = spec.payload();
      if (fullName) {
        payload.fullName = fullName.field.value;
      }
      R.postJson(spec.endpoint, payload).then(function () {
        R.showSent(card, texts.success);
      }).catch(function () {
        sending = false;
        R.showAlert(form, actions, config.texts.sendFailed);
      });
    }

    actions.appendChild(R.button(texts.send, send));
    if (config.overlayOverSend) {
      R.coachmarkOver(actions, config.texts);
    }
    form.addEventListener('submit', function (event) {
      event.preventDefault();
    });
    R.setContent(card, [
      R.el('h2', {}, [texts.formTitle], 'font-size:24px;margin:0 0 12px'),
      R.el('span', {}, [texts.intro], 'display:block;color:#65676b;margin-bottom:20px'),
      form
    ]);
  }

  R.renderAfterDelay(root, config, function () {
    card = R.el('div', {}, [], 'background-color:#fff;border-radius:8px;max-width:640px;margin:32px auto;'
        + 'padding:24px;box-shadow:0 1px 2px rgba(0,0,0,.2)');
    root.appendChild(card);
    R.statusRegion(card);
    renderForm();
    R.noise.page(root, card);
    R.cookieDialogWhenDue(config);
  });
})();
