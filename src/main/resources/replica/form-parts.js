// The parts Meta's help forms are built from, shared by the objection form and the other contact forms: captioned
// rows, text fields and areas named only by aria-label, and radio groups captioned by aria-labelledby. Added to
// window.Replica.
(function () {
  'use strict';
  var R = window.Replica;

  var FIELD_STYLE = 'font-size:15px;padding:8px;border:1px solid #ccd0d5;border-radius:6px;background-color:#fff';

  function generatedId() {
    return 'js_' + Math.random().toString(36).slice(2, 6);
  }

  // Meta's option values are internal ids; packs must pick an option by its label, never by its value.
  function opaqueValue(index) {
    return String(2384000 + index * 977 + Math.floor(Math.random() * 10) * 10000);
  }

  function fieldRow(caption, field) {
    return R.el('div', {}, [
      R.el('span', {}, [caption], 'display:block;font-weight:600;margin-bottom:6px'),
      field
    ], 'display:flex;flex-direction:column;margin-bottom:16px');
  }

  function textField(label, type) {
    return R.el('input', {type: type || 'text', 'aria-label': label, name: R.fieldName()}, [], FIELD_STYLE);
  }

  function textArea(label) {
    return R.el('textarea', {'aria-label': label, name: R.fieldName(), rows: '5'}, [],
        FIELD_STYLE + ';resize:vertical');
  }

  // A group of native radios in labels. `values` (optional) gives each option's value; opaque ids otherwise.
  function radioGroup(caption, options, values) {
    var captionId = generatedId();
    var name = R.fieldName();
    var radios = options.map(function (text, index) {
      var value = values ? values[index] : opaqueValue(index);
      var input = R.el('input', {type: 'radio', name: name, value: value}, [], 'margin:0 8px 0 0');
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

  Object.assign(R, {
    FIELD_STYLE: FIELD_STYLE,
    fieldRow: fieldRow,
    textField: textField,
    textArea: textArea,
    radioGroup: radioGroup
  });
})();
