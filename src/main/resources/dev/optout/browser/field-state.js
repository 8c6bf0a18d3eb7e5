// describeField(el): what a form control looks like to the safety checks and the read-back: tag, type, role, value,
// whether the choice it stands for is ticked and, for a widget that offers options, its options. Every choice widget
// Meta is known to use is described like a select, so a select step works on each:
//   select       a native <select>
//   radiogroup   role=radiogroup (or a fieldset) of native radios or of role=radio items, each named by its label
//   listbox      a role=listbox of role=option items (no input)
//   combobox     an input role=combobox (a typeahead): its value is what the field shows, its options those of the
//                list it controls, while the list shows
//   select-only  any other element with role=combobox (APG "select-only combobox"): its value is the text it shows
//                (the chosen option's), its options those of the list it controls, listed even while the list is
//                closed when the page keeps them in the document; expanded says whether the list shows
// An option's value is its value attribute (data-value for ARIA items), else its text. Besides the description,
// optionElements holds each option's element, in the same order, for the click that chooses it.
//
// check is the state of the choice the element stands for: the element itself when it is a checkbox, radio, switch,
// option, checkable menu item or toggle button (native checked / indeterminate / selected, or aria-checked,
// aria-selected, aria-pressed); for a label or a text inside a choice, that choice. 'checked', 'unchecked',
// 'mixed', or 'none' for an element that says neither.
// limits is what the page lets a person write into it (readOnly, disabled, required, maxLength: 0 for none); see
// limitsOf.
// Names and roles come from names.js, put before this.
const CHOICE_ROLES = ['checkbox', 'radio', 'switch', 'option', 'menuitemcheckbox', 'menuitemradio', 'tab',
  'treeitem', 'gridcell', 'row'];

function describeField(el) {
  const tag = el.tagName.toLowerCase();
  // Which widget it is goes by the role the page wrote: an <input list> is no typeahead to the tool.
  const role = (el.getAttribute('role') || '').trim().split(/\s+/)[0];
  const control = choiceControlOf(el);
  const result = {
    tag: tag,
    type: (el.getAttribute('type') || '').toLowerCase(),
    role: roleOf(control || el),
    editable: el.isContentEditable,
    value: el.isContentEditable ? el.innerText : (el.value === undefined ? null : el.value),
    check: control ? checkStateOf(control) : 'none',
    expanded: false,
    options: [],
    optionElements: [],
    limits: limitsOf(el),
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

  // includeHidden: a closed list's options, which a select-only combobox lists to say what it offers.
  function ariaItems(container, itemRole, selectedAttribute, includeHidden) {
    Array.from(container.querySelectorAll('[role="' + itemRole + '"]'))
        .filter(item => includeHidden ? item.closest('[aria-hidden="true"]') === null : shown(item)).forEach(item => {
          const text = accessibleNameOf(item) || textOf(item);
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
      radios.forEach(r => add(r, r.value, accessibleNameOf(r), r.checked));
    } else {
      ariaItems(el, 'radio', 'aria-checked', false);
    }
  } else if (role === 'listbox') {
    result.tag = 'listbox';
    ariaItems(el, 'option', 'aria-selected', false);
  } else if (role === 'combobox' && (el.tagName === 'INPUT' || el.isContentEditable)) {
    result.tag = 'combobox';
    const list = listOf(el);
    if (list && shown(list)) ariaItems(list, 'option', 'aria-selected', false);
  } else if (role === 'combobox') {
    result.tag = 'select-only';
    result.value = shownTextOf(el);
    const list = listOf(el);
    result.expanded = list !== null && shown(list);
    if (list) ariaItems(list, 'option', 'aria-selected', !result.expanded);
  }
  return result;
}

// What the page lets a person write into a field, from its markup: its own readonly and disabled (a disabled
// fieldset's too) or their ARIA twins, required or aria-required, and its maxlength, else the limit of a character
// counter ("0/500", "0 / 500") that describes it through aria-describedby, as React pages enforce a limit by script.
function limitsOf(el) {
  const aria = name => el.getAttribute(name) === 'true';
  return {
    readOnly: el.readOnly === true || aria('aria-readonly'),
    disabled: (typeof el.matches === 'function' && el.matches(':disabled')) || aria('aria-disabled'),
    required: el.required === true || aria('aria-required'),
    maxLength: typeof el.maxLength === 'number' && el.maxLength >= 0 ? el.maxLength : counterLimitOf(el),
  };
}

function counterLimitOf(el) {
  const ids = (el.getAttribute('aria-describedby') || '').split(/\s+/).filter(id => id);
  for (const id of ids) {
    const node = document.getElementById(id);
    const counter = node && /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(node.textContent || '');
    if (counter && Number(counter[1]) <= Number(counter[2])) return Number(counter[2]);
  }
  return 0;
}

// The text a select-only combobox shows: its content as a name takes it (names.js), without what is hidden in it.
function shownTextOf(el) {
  return squeezeSpaces(contentOf(el, {visited: new Set([el])}, {}));
}

// The choice an element stands for: itself when it has a state to tick; a <label>'s control; else the choice it lies
// in (a text found inside a div role=checkbox) or the control of the label it lies in. null when none.
function choiceControlOf(el) {
  if (hasCheckState(el)) return el;
  if (el.tagName === 'LABEL' && el.control) return el.control;
  const around = el.closest(CHOICE_ROLES.map(r => '[role="' + r + '"]').join(', '));
  if (around && hasCheckState(around)) return around;
  const label = el.closest('label');
  if (label && label.control && hasCheckState(label.control)) return label.control;
  return null;
}

function hasCheckState(el) {
  if (el.tagName === 'INPUT' && ['checkbox', 'radio'].includes(el.type)) return true;
  if (el.tagName === 'OPTION') return true;
  const role = roleOf(el);
  if (['checkbox', 'radio', 'switch', 'menuitemcheckbox', 'menuitemradio'].includes(role)) return true;
  return el.hasAttribute('aria-checked') || el.hasAttribute('aria-selected') || el.hasAttribute('aria-pressed');
}

// A missing aria-checked on a checkbox, radio or switch means unticked (ARIA's default); a native control's own
// properties win over attributes the page forgot to update.
function checkStateOf(el) {
  const ticked = value => value === 'true' ? 'checked' : value === 'mixed' ? 'mixed' : 'unchecked';
  if (el.tagName === 'INPUT' && ['checkbox', 'radio'].includes(el.type)) {
    return el.indeterminate ? 'mixed' : el.checked ? 'checked' : 'unchecked';
  }
  if (el.tagName === 'OPTION') return el.selected ? 'checked' : 'unchecked';
  if (el.hasAttribute('aria-checked')) return ticked(el.getAttribute('aria-checked'));
  if (el.hasAttribute('aria-selected')) return ticked(el.getAttribute('aria-selected'));
  if (el.hasAttribute('aria-pressed')) return ticked(el.getAttribute('aria-pressed'));
  return hasCheckState(el) ? 'unchecked' : 'none';
}
