// The parts Meta's help forms are built from, shared by the objection form and the other contact forms: captioned
// rows, text fields and areas, radio groups captioned by aria-labelledby, and what the scenario's form knobs add (a
// required "Full name", a second confirmation, reworded thanks). In NATIVE markup fields are named by aria-label and
// radios are native inputs in labels; in REACT markup a row's caption names its field through aria-labelledby and
// radios are ARIA radios (aria-choices.js). Added to window.Replica.
(function () {
  'use strict';
  var R = window.Replica;
  var config = window.__REPLICA__;

  var FIELD_STYLE = 'font-size:15px;padding:8px;border:1px solid #ccd0d5;border-radius:6px;background-color:#fff';
  var MESSAGE_STYLE = 'color:#be4b49;margin-top:6px';

  // Meta's option values are internal ids; packs must pick an option by its label, never by its value.
  function opaqueValue(index) {
    return String(2384000 + index * 977 + Math.floor(Math.random() * 10) * 10000);
  }

  // React's forms name a field after its visible caption (aria-labelledby) rather than with an aria-label. In
  // REACT markup, every element of `field` (itself included) that aria-label names after the caption is named by
  // the caption instead: the input, or a widget's combobox and its listbox.
  function nameByCaption(caption, field) {
    if (!R.react()) {
      return;
    }
    var text = caption.textContent;
    var named = [field].concat(Array.prototype.slice.call(field.querySelectorAll('[aria-label]')))
        .filter(function (node) {
          return node.getAttribute('aria-label') === text;
        });
    if (!named.length) {
      return;
    }
    caption.id = caption.id || R.generatedId();
    named.forEach(function (node) {
      node.removeAttribute('aria-label');
      node.setAttribute('aria-labelledby', caption.id);
    });
  }

  function fieldRow(caption, field) {
    var captionNode = R.el('span', {}, [caption], 'display:block;font-weight:600;margin-bottom:6px');
    var row = R.el('div', {}, [captionNode, field], 'display:flex;flex-direction:column;margin-bottom:16px');
    nameByCaption(captionNode, field);
    if (R.noise) {
      R.noise.row(row, caption, field);
    }
    return row;
  }

  // --no-labels: a row with no caption and a field no label names; an input or textarea shows the caption as its
  // placeholder instead (a <select> or a widget without one stays unnamed), as some of Meta's forms do.
  function unlabelledRow(caption, field) {
    [field].concat(Array.prototype.slice.call(field.querySelectorAll('[aria-label], [aria-labelledby]')))
        .forEach(function (node) {
          node.removeAttribute('aria-label');
          node.removeAttribute('aria-labelledby');
        });
    var typed = field.matches('input, textarea') ? field : field.querySelector('input, textarea');
    if (typed) {
      typed.setAttribute('placeholder', caption);
    }
    var row = R.el('div', {}, [field], 'display:flex;flex-direction:column;margin-bottom:16px');
    if (R.noise) {
      R.noise.row(row, caption, field);
    }
    return row;
  }

  // --no-labels: a Send that shows only an icon and is named by aria-label alone: in NATIVE markup a <button>, in
  // REACT a div role=button, each holding an SVG paper plane.
  function iconButton(name, onActivate) {
    var svgNs = 'http://www.w3.org/2000/svg';
    var icon = document.createElementNS(svgNs, 'svg');
    icon.setAttribute('viewBox', '0 0 24 24');
    icon.setAttribute('width', '20');
    icon.setAttribute('height', '20');
    icon.setAttribute('aria-hidden', 'true');
    var path = document.createElementNS(svgNs, 'path');
    path.setAttribute('d', 'M2 21l21-9L2 3v7l15 2-15 2z');
    path.setAttribute('fill', 'currentColor');
    icon.appendChild(path);
    var style = 'display:inline-flex;align-items:center;justify-content:center;cursor:pointer;border:0;'
        + 'background-color:#0866ff;color:#fff;border-radius:50%;width:40px;height:40px;margin:4px';
    var node = R.react() ? R.el('div', {role: 'button', tabindex: '0', 'aria-label': name}, [icon], style)
        : R.el('button', {type: 'button', 'aria-label': name}, [icon], style);
    node.addEventListener('click', function (event) {
      event.preventDefault();
      onActivate();
    });
    node.addEventListener('keydown', function (event) {
      if (R.react() && (event.key === 'Enter' || event.key === ' ')) {
        event.preventDefault();
        onActivate();
      }
    });
    return node;
  }

  function textField(label, type) {
    return R.el('input', {type: type || 'text', 'aria-label': label, name: R.fieldName()}, [], FIELD_STYLE);
  }

  function textArea(label) {
    return R.el('textarea', {'aria-label': label, name: R.fieldName(), rows: '5'}, [],
        FIELD_STYLE + ';resize:vertical');
  }

  function nativeRadios(group, items) {
    var name = R.fieldName();
    items.forEach(function (item) {
      var input = R.el('input', {type: 'radio', name: name, value: item.value}, [], 'margin:0 8px 0 0');
      group.appendChild(R.el('label', {}, [input, R.el('span', {}, [item.text])],
          'display:flex;align-items:center;padding:6px 0;cursor:pointer'));
    });
    return {
      chosen: function () {
        var checked = group.querySelector('input:checked');
        return checked ? {value: checked.value, text: checked.parentNode.textContent} : null;
      },
      select: function (value) {
        group.querySelectorAll('input').forEach(function (radio) {
          radio.checked = radio.value === value;
        });
      }
    };
  }

  // A captioned radio group. `values` (optional) gives each option's value; opaque ids otherwise. The group answers
  // chosen() ({value, text} or null) and select(value), and a person's choice fires `change` on it.
  function radioGroup(caption, options, values) {
    var captionId = R.generatedId();
    var items = options.map(function (text, index) {
      return {text: text, value: values ? values[index] : opaqueValue(index)};
    });
    var group = R.el('div', {role: 'radiogroup', 'aria-labelledby': captionId, 'aria-required': 'true'}, [
      R.el('span', {id: captionId}, [caption], 'display:block;font-weight:600;margin-bottom:6px')
    ], 'display:flex;flex-direction:column;margin-bottom:16px');
    var radios = R.react() ? R.ariaRadios(group, items) : nativeRadios(group, items);
    group.chosen = radios.chosen;
    group.select = radios.select;
    return group;
  }

  // --extra-required-field: "Full name", which no pack knows. Its message is tied to the field, which it marks
  // aria-invalid: in REACT through aria-describedby to an element rendered empty with the row, in NATIVE inside the
  // row, added when there is something to say. check() shows or clears the message and says whether it is filled.
  // With --extra-required-unmarked the field carries no required mark: only the message after Send says so.
  // --confirm-email builds its "Confirm email address" the same way, checked against the email field's value.
  function fullNameField(texts) {
    return checkedField(texts.fullNameLabel, 'text', !config.extraRequiredUnmarked, texts.errorFullName,
        function (value) {
          return Boolean(value.trim());
        });
  }

  // A field the page checks on Send (`accepts(value)`), with its message tied to it as fullNameField describes;
  // `marked`: required in the page's markup (NATIVE: the required attribute, REACT: aria-required).
  function checkedField(label, type, marked, errorText, accepts) {
    var field = textField(label, type);
    if (marked && R.react()) {
      field.setAttribute('aria-required', 'true');
    } else if (marked) {
      field.required = true;
    }
    var row = fieldRow(label, field);
    var message = null;
    if (R.react()) {
      message = R.el('div', {id: R.generatedId()}, [], MESSAGE_STYLE);
      row.appendChild(message);
    }
    function check() {
      if (accepts(field.value)) {
        field.removeAttribute('aria-invalid');
        if (message && R.react()) {
          message.replaceChildren();
        } else if (message) {
          message.remove();
          message = null;
        }
        return true;
      }
      field.setAttribute('aria-invalid', 'true');
      if (R.react()) {
        field.setAttribute('aria-describedby', message.id);
        message.textContent = errorText;
      } else if (!message) {
        message = R.el('div', {}, [errorText], MESSAGE_STYLE);
        row.appendChild(message);
      }
      return false;
    }
    return {
      row: row,
      field: field,
      check: check
    };
  }

  // The extra field when the scenario asks for it, else null.
  function extraRequiredField(texts) {
    return config.extraRequiredField || config.extraRequiredUnmarked ? fullNameField(texts) : null;
  }

  // --confirm-email: "Confirm email address", required, which must equal what `email` holds on Send; else null.
  function confirmEmailField(texts, email) {
    if (!config.confirmEmail) {
      return null;
    }
    return checkedField(texts.confirmEmailLabel, 'email', true, texts.errorConfirmEmail, function (value) {
      return Boolean(value.trim()) && value.trim() === email.value.trim();
    });
  }

  // --security-check: after Send (and its second confirmation), a "Security check" dialog only a person passes: a
  // checkbox "I'm not a robot" (native input, or in REACT an ARIA checkbox) and Continue; `send` runs only after
  // Continue with the box ticked. Continue without it says so in the dialog.
  function afterSecurityCheck(texts, send) {
    if (!config.securityCheck) {
      send();
      return;
    }
    var box;
    var ticked;
    if (R.react()) {
      box = R.ariaToggle('checkbox', texts.securityCheckBox, false);
      ticked = function () {
        return box.checked();
      };
    } else {
      var input = R.el('input', {type: 'checkbox'}, [], 'margin:0 8px 0 0');
      box = R.el('label', {}, [input, R.el('span', {}, [texts.securityCheckBox])],
          'display:flex;align-items:center;padding:6px 0;cursor:pointer');
      ticked = function () {
        return input.checked;
      };
    }
    var message = R.el('div', {role: 'alert'}, [], MESSAGE_STYLE);
    var opened = null;
    var proceed = R.button(texts.securityCheckContinue, function () {
      if (!ticked()) {
        message.textContent = texts.errorSecurityCheck;
        return;
      }
      opened.close();
      send();
    });
    opened = R.openDialog(texts.securityCheckTitle, texts.securityCheckText, [proceed]);
    opened.dialog.insertBefore(R.el('div', {}, [box, message], 'margin-bottom:12px'), proceed.parentNode);
  }

  // --second-confirmation: Send first asks "Submit your objection?"; `send` runs only after its Submit (and the
  // security check, when the scenario asks for one).
  function afterSecondConfirmation(texts, send) {
    if (!config.secondConfirmation) {
      afterSecurityCheck(texts, send);
      return;
    }
    R.askDialog({title: texts.secondConfirmTitle, cancel: texts.secondConfirmCancel,
      action: texts.secondConfirmSubmit, onYes: function () {
        afterSecurityCheck(texts, send);
      }});
  }

  // The card shows that the form was sent: `successText`, or with --reworded-confirmation other words as a heading.
  function showSent(card, successText) {
    if (config.rewordedConfirmation) {
      R.showSuccess(card, config.texts.rewordedConfirmation, true);
    } else {
      R.showSuccess(card, successText);
    }
  }

  Object.assign(R, {
    FIELD_STYLE: FIELD_STYLE,
    nameByCaption: nameByCaption,
    fieldRow: fieldRow,
    unlabelledRow: unlabelledRow,
    iconButton: iconButton,
    textField: textField,
    textArea: textArea,
    radioGroup: radioGroup,
    extraRequiredField: extraRequiredField,
    confirmEmailField: confirmEmailField,
    afterSecondConfirmation: afterSecondConfirmation,
    showSent: showSent
  });
})();
