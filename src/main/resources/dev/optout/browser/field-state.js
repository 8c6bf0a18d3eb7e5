// describeField(el): what a form control looks like to the safety checks and the read-back: tag, type, value
// and, for a choice, its options. Every choice widget Meta is known to use is described like a select, so a select step works on each:
//   select      a native <select>
//   radiogroup  role=radiogroup (or a fieldset) of native radios or of role=radio items, each named by its label
//   listbox     a role=listbox of role=option items (no input)
//   combobox    an input role=combobox (a typeahead): its value is what the field shows, its options those of the
//               list it controls, while the list shows
// An option's value is its value attribute (data-value for ARIA items), else its text. Besides the description,
// optionElements holds each option's element, in the same order, for the click that chooses it.
// Shared by describe-field.js and look.js; its helpers live inside it, apart from locators.js's.
function describeField(el) {
  const tag = el.tagName.toLowerCase();
  const role = (el.getAttribute('role') || '').split(/\s+/)[0];
  const result = {
    tag: tag,
    type: (el.getAttribute('type') || '').toLowerCase(),
    editable: el.isContentEditable,
    value: el.isContentEditable ? el.innerText : (el.value === undefined ? null : el.value),
    checked: el.checked === true,
    options: [],
    optionElements: [],
  };

  function textOf(node) {
    return (node.innerText !== undefined ? node.innerText : node.textContent || '').replace(/\s+/g, ' ').trim();
  }

  function shown(node) {
    const style = window.getComputedStyle(node);
    return node.isConnected && style.display !== 'none' && style.visibility !== 'hidden'
        && node.getClientRects().length > 0;
  }

  function add(option, value, text, selected) {
    result.options.push({value: value, text: text, selected: selected});
    result.optionElements.push(option);
  }

  function ariaItems(container, itemRole, selectedAttribute) {
    Array.from(container.querySelectorAll('[role="' + itemRole + '"]')).filter(shown).forEach(item => {
      const text = item.getAttribute('aria-label') || textOf(item);
      add(item, item.getAttribute('data-value') || item.getAttribute('value') || text, text,
          item.getAttribute(selectedAttribute) === 'true');
    });
  }

  // The list a combobox controls: named by aria-controls or aria-owns, else the list its active option is in, else a
  // list beside it in the same widget.
  function listOf(combobox) {
    const ids = (combobox.getAttribute('aria-controls') || combobox.getAttribute('aria-owns') || '').split(/\s+/);
    for (const id of ids) {
      const list = id && document.getElementById(id);
      if (list) return list;
    }
    const active = document.getElementById(combobox.getAttribute('aria-activedescendant') || '');
    if (active && active.closest('[role="listbox"]')) return active.closest('[role="listbox"]');
    return combobox.parentElement ? combobox.parentElement.querySelector('[role="listbox"]') : null;
  }

  if (el.tagName === 'SELECT') {
    Array.from(el.options).forEach(o => add(o, o.value, o.text, o.selected));
  } else if (el.tagName === 'FIELDSET' || role === 'radiogroup') {
    const radios = Array.from(el.querySelectorAll('input[type=radio]'));
    result.tag = 'radiogroup';
    if (radios.length) {
      const labelOf = r => r.getAttribute('aria-label')
        || Array.from(r.labels || []).map(l => l.innerText).join(' ').trim();
      radios.forEach(r => add(r, r.value, labelOf(r), r.checked));
    } else {
      ariaItems(el, 'radio', 'aria-checked');
    }
  } else if (role === 'listbox') {
    result.tag = 'listbox';
    ariaItems(el, 'option', 'aria-selected');
  } else if (role === 'combobox' && (el.tagName === 'INPUT' || el.isContentEditable)) {
    result.tag = 'combobox';
    const list = listOf(el);
    if (list && shown(list)) ariaItems(list, 'option', 'aria-selected');
  }
  return result;
}
