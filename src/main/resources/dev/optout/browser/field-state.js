// describeField(el): what a form control looks like to the safety checks and the read-back: tag, type, value and,
// for a select, its options. A radio group (role=radiogroup or a fieldset of radios) is described like a select, tag
// 'radiogroup', each radio an option named by its label, so a select step can pick a radio by its label. Shared by
// describe-field.js and look.js.
function describeField(el) {
  const result = {
    tag: el.tagName.toLowerCase(),
    type: (el.getAttribute('type') || '').toLowerCase(),
    editable: el.isContentEditable,
    value: el.isContentEditable ? el.innerText : (el.value === undefined ? null : el.value),
    checked: el.checked === true,
    options: [],
  };
  if (el.tagName === 'SELECT') {
    result.options = Array.from(el.options).map(o => ({value: o.value, text: o.text, selected: o.selected}));
  }
  const radios = el.tagName === 'FIELDSET' || el.getAttribute('role') === 'radiogroup'
    ? Array.from(el.querySelectorAll('input[type=radio]')) : [];
  if (radios.length) {
    const labelOf = r => r.getAttribute('aria-label')
      || Array.from(r.labels || []).map(l => l.innerText).join(' ').trim();
    result.tag = 'radiogroup';
    result.options = radios.map(r => ({value: r.value, text: labelOf(r), selected: r.checked}));
  }
  return result;
}
