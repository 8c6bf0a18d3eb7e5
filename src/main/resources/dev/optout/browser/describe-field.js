// What a form control looks like to the safety checks and the read-back: tag, type, value and, for a select,
// its options. Arguments: the element.
const el = arguments[0];
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
return result;
