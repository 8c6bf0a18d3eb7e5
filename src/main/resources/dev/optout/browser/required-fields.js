// The required fields still empty in the form that holds the pack's fields (names.js and locators.js are put
// before this, for visible(), decoy() and accessibleNameOf()). The form is the <form>, role=form or dialog around
// them all, else the smallest element that holds them all. A field counts when it is marked required (required,
// aria-required="true"), a person can see and use it, it is empty, and it is none of the pack's fields nor inside
// one (a combobox's own text box). Arguments: known (the pack's fields).
const [known] = arguments;
const FIELDS = 'input:not([type=hidden]):not([type=button]):not([type=submit]):not([type=reset]):not([type=image])'
    + ':not([type=file]):not([type=password]), textarea, select, [role=textbox], [role=combobox], [role=checkbox],'
    + ' [role=radiogroup], [role=listbox], [contenteditable=true]';
const TYPABLE = ['text', 'email', 'tel', 'number', 'search', 'url'];

function commonAncestor(elements) {
  let box = elements[0].parentElement;
  while (box && !elements.every(el => box.contains(el))) box = box.parentElement;
  return box || document.body;
}

function formOf(elements) {
  const common = commonAncestor(elements);
  return common.closest('form, [role=form], [role=dialog], [role=alertdialog], dialog') || common;
}

function usable(el) {
  return !el.disabled && !el.readOnly && el.getAttribute('aria-disabled') !== 'true'
      && el.getAttribute('aria-readonly') !== 'true' && !el.closest('fieldset[disabled], [inert]');
}

function required(el) {
  return el.required === true || el.getAttribute('aria-required') === 'true';
}

function typeOf(el) {
  if (el.tagName === 'INPUT') return (el.getAttribute('type') || 'text').toLowerCase();
  if (el.tagName === 'TEXTAREA' || el.getAttribute('role') === 'textbox' || el.isContentEditable) return 'text';
  return el.getAttribute('role') || el.tagName.toLowerCase();
}

function empty(el) {
  const type = typeOf(el);
  if (type === 'checkbox' || type === 'radio') {
    return el.tagName === 'INPUT' ? !el.checked : el.getAttribute('aria-checked') !== 'true';
  }
  if (type === 'radiogroup') {
    return !el.querySelector('input:checked, [role=radio][aria-checked=true]');
  }
  if (el.isContentEditable) return !el.innerText.trim();
  return !(el.value || '').trim();
}

const pack = (known || []).filter(el => el && el.isConnected);
if (!pack.length) return [];
const form = formOf(pack);
return Array.from(form.querySelectorAll(FIELDS))
    .filter(el => required(el) && visible(el) && !decoy(el) && usable(el) && empty(el))
    .filter(el => !pack.some(own => own === el || own.contains(el) || el.contains(own)))
    .slice(0, 20)
    .map(el => ({element: el, name: squeezeSpaces(accessibleNameOf(el)), type: typeOf(el),
      autocomplete: (el.getAttribute('autocomplete') || '').toLowerCase(),
      typable: TYPABLE.includes(typeOf(el))}));
