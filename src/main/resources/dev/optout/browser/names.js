// Roles and accessible names, written once for every page-side script that finds or describes elements (locators.js
// finds by them, elements.js reports them to the repair and the outline, field-state.js names options): a name a
// repair reads from the page is then the very name a role locator compares.
//
// Names follow the W3C accname rules closely enough for packs, in their order:
//   1. aria-labelledby: the text of the referenced elements, even of hidden ones (a label kept out of sight);
//   2. aria-label;
//   3. the native label: <label for> or a wrapping <label>, a fieldset's <legend>, an image's alt, an input button's
//      value;
//   4. for roles named by their content (button, link, checkbox, radio, switch, option, heading, …), the content,
//      leaving out what assistive technology does not read: aria-hidden="true" subtrees and display:none or
//      visibility:hidden descendants, and the values of fields inside it (see embeddedValueOf);
//   5. a text field's placeholder, then the title.
// Live regions (status, alert) have no name of their own in ARIA; packs find them by the text they show, which is
// taken as their name when the author gave none.

const IMPLICIT_ROLE_SELECTORS = [
  ['heading', 'h1, h2, h3, h4, h5, h6'],
  ['button', 'button, input[type=button], input[type=submit], input[type=reset], input[type=image], summary'],
  ['link', 'a[href], area[href]'],
  ['checkbox', 'input[type=checkbox]'],
  ['radio', 'input[type=radio]'],
  ['listbox', 'select[multiple], select[size]'],
  ['combobox', 'select, input[list]'],
  ['textbox', 'textarea, input:not([type]), input[type=text], input[type=email], input[type=tel], input[type=url], input[type=search]'],
  ['spinbutton', 'input[type=number]'],
  ['option', 'option'],
  ['dialog', 'dialog'],
  ['group', 'fieldset, details, optgroup'],
  ['form', 'form'],
  ['img', 'img[alt]'],
];

const NAMED_BY_CONTENT = ['button', 'cell', 'checkbox', 'columnheader', 'gridcell', 'heading', 'link', 'menuitem',
  'menuitemcheckbox', 'menuitemradio', 'option', 'radio', 'row', 'rowheader', 'switch', 'tab', 'tooltip',
  'treeitem'];
const NAMED_BY_TEXT_SHOWN = ['status', 'alert'];
const NEVER_NAMING = ['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE'];

// The element's ARIA role: the first token of its role attribute, else the one its tag implies; '' when none.
function roleOf(el) {
  const explicit = (el.getAttribute('role') || '').trim().split(/\s+/)[0];
  if (explicit) return explicit;
  for (const [role, selector] of IMPLICIT_ROLE_SELECTORS) {
    if (el.matches(selector)) return role;
  }
  return '';
}

// The implicit-role selector of a role, for finding its native elements; null when no tag implies it.
function implicitSelectorOf(role) {
  const entry = IMPLICIT_ROLE_SELECTORS.find(([name]) => name === role);
  return entry ? entry[1] : null;
}

function squeezeSpaces(text) {
  return (text || '').replace(/\s+/g, ' ').trim();
}

// Out of every name: what assistive technology skips with all it holds.
function hiddenSubtree(el) {
  if (el.getAttribute('aria-hidden') === 'true' || NEVER_NAMING.includes(el.tagName)) return true;
  return window.getComputedStyle(el).display === 'none';
}

function referencedElements(el, attribute) {
  return (el.getAttribute(attribute) || '').split(/\s+/).filter(Boolean)
      .map(id => document.getElementById(id)).filter(Boolean);
}

// The author's or the markup's label of an element, as a label locator compares it: aria-labelledby, aria-label,
// <label for> or a wrapping <label>; null when it has none.
function authorLabelOf(el) {
  if (!el.hasAttribute('aria-labelledby') && !el.hasAttribute('aria-label') && !(el.labels && el.labels.length)) {
    return null;
  }
  const state = {visited: new Set([el])};
  const byReference = squeezeSpaces(referencedElements(el, 'aria-labelledby')
      .map(ref => nameStep(ref, state, {referenced: true, showHidden: !shownForNames(ref)})).join(' '));
  if (byReference) return byReference;
  const aria = squeezeSpaces(el.getAttribute('aria-label'));
  if (aria) return aria;
  const labels = Array.from(el.labels || []);
  if (labels.length) {
    const text = squeezeSpaces(labels.map(label => contentOf(label, state, {referenced: true})).join(' '));
    if (text) return text;
  }
  return null;
}

// The accessible name of an element, spaces squeezed; '' when it has none.
function accessibleNameOf(el) {
  return squeezeSpaces(nameStep(el, {visited: new Set()}, {root: true}));
}

// Whether an element counts for names where it is: not inside an aria-hidden or display:none subtree.
function shownForNames(el) {
  for (let node = el; node && node.nodeType === Node.ELEMENT_NODE; node = node.parentElement) {
    if (hiddenSubtree(node)) return false;
  }
  return true;
}

// One step of the computation. how.root: the element named; how.referenced: reached through aria-labelledby or a
// label; how.inContent: reached while collecting a content; how.showHidden: a hidden label is read whole.
function nameStep(el, state, how) {
  if (state.visited.has(el) && !how.root) return '';
  state.visited.add(el);
  if (!how.root && !how.showHidden && hiddenSubtree(el)) return '';
  if (!how.referenced) {
    const byReference = squeezeSpaces(referencedElements(el, 'aria-labelledby')
        .map(ref => nameStep(ref, state, {referenced: true, showHidden: how.showHidden || !shownForNames(ref)}))
        .join(' '));
    if (byReference) return byReference;
  }
  const aria = squeezeSpaces(el.getAttribute('aria-label'));
  if (aria) return aria;
  if (!how.root) {
    const embedded = embeddedValueOf(el);
    if (embedded !== null) return embedded;
  }
  const native = nativeNameOf(el, state, how);
  if (native) return native;
  const role = roleOf(el);
  if (!how.root || NAMED_BY_CONTENT.includes(role) || NAMED_BY_TEXT_SHOWN.includes(role)) {
    const content = squeezeSpaces(contentOf(el, state, how));
    if (content) return content;
  }
  if (['INPUT', 'TEXTAREA'].includes(el.tagName) && squeezeSpaces(el.getAttribute('placeholder'))) {
    return el.getAttribute('placeholder');
  }
  return el.getAttribute('title') || '';
}

// A field met inside another element's label or content. accname would put its value into the name there; here it
// puts nothing, as innerText did: a name goes into repairs, outlines and reports, which never hold what a person
// typed or chose.
function embeddedValueOf(el) {
  const role = roleOf(el);
  const field = ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName) || el.isContentEditable
      || ['textbox', 'searchbox', 'spinbutton', 'combobox', 'listbox', 'slider'].includes(role);
  return field ? '' : null;
}

// What the markup itself names an element by: its <label>s, a fieldset's legend, an image's alt, a button's value.
function nativeNameOf(el, state, how) {
  const labels = Array.from(el.labels || []);
  if (labels.length) {
    const text = squeezeSpaces(labels.map(label => contentOf(label, state, {referenced: true})).join(' '));
    if (text) return text;
  }
  const tag = el.tagName;
  if (tag === 'FIELDSET') {
    const legend = Array.from(el.children).find(child => child.tagName === 'LEGEND');
    if (legend) return contentOf(legend, state, {referenced: true});
  }
  if (tag === 'IMG' || tag === 'AREA' || (tag === 'INPUT' && el.type === 'image')) return el.getAttribute('alt') || '';
  if (tag === 'INPUT' && ['button', 'submit', 'reset'].includes(el.type)) return el.value;
  return '';
}

// The text of an element's content as a name takes it: its text and its children's names, leaving out hidden
// subtrees and the text of visibility:hidden parts; a block-level child stands apart from its neighbours.
function contentOf(el, state, how) {
  const textShown = how.showHidden || window.getComputedStyle(el).visibility !== 'hidden';
  let text = '';
  for (const child of el.childNodes) {
    if (child.nodeType === Node.TEXT_NODE) {
      if (textShown) text += child.textContent;
    } else if (child.nodeType === Node.ELEMENT_NODE) {
      if (!how.showHidden && hiddenSubtree(child)) continue;
      if (child.tagName === 'BR') {
        text += ' ';
        continue;
      }
      const part = nameStep(child, state, {inContent: true, referenced: how.referenced, showHidden: how.showHidden});
      const inline = window.getComputedStyle(child).display === 'inline';
      text += inline ? part : ' ' + part + ' ';
    }
  }
  return text;
}

// The fields a form holds, for structure and near-text locators: what a person types into or chooses in.
const FIELD_SELECTOR = 'input:not([type=hidden]):not([type=submit]):not([type=button]):not([type=reset])'
    + ':not([type=image]):not([type=checkbox]):not([type=radio]), textarea, select, [role=combobox], [role=textbox], '
    + '[role=searchbox], [role=listbox], [role=radiogroup], [contenteditable=true]';
// How far up from a field its row may reach: the caption of a row sits a level or two above the field itself.
const ROW_LEVELS = 3;

// The text just before a field in its row, which a near-text locator compares and a repair reads: from the field up
// to ROW_LEVELS ancestors, the nearest earlier sibling that shows any text. A caption tied to the field by no label,
// as Meta's React rows have.
function nearTextOf(el) {
  let node = el;
  for (let level = 0; level < ROW_LEVELS && node && node !== document.body; level++) {
    for (let sibling = node.previousElementSibling; sibling; sibling = sibling.previousElementSibling) {
      if (!shownForNames(sibling) || !sibling.getClientRects().length || sibling.matches(FIELD_SELECTOR)
          || sibling.querySelector(FIELD_SELECTOR)) continue;
      const text = squeezeSpaces(sibling.innerText !== undefined ? sibling.innerText : sibling.textContent);
      if (text) return text;
    }
    node = node.parentElement;
  }
  return '';
}
