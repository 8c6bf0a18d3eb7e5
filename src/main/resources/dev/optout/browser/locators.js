// The locators of packs, as functions the page-side scripts share (locate.js, look.js): locate(kind, value, role)
// returns the visible elements a pack locator describes, in document order.

const IMPLICIT_ROLES = {
  button: 'button, input[type=button], input[type=submit], input[type=reset], summary',
  link: 'a[href], area[href]',
  heading: 'h1, h2, h3, h4, h5, h6',
  textbox: 'textarea, input:not([type]), input[type=text], input[type=email], input[type=tel], input[type=url], input[type=search]',
  combobox: 'select:not([multiple]):not([size]), input[list]',
  listbox: 'select[multiple], select[size]',
  checkbox: 'input[type=checkbox]',
  radio: 'input[type=radio]',
  dialog: 'dialog',
  form: 'form',
  img: 'img[alt]',
};

function normalise(text) {
  return (text || '').replace(/\s+/g, ' ').trim().toLowerCase();
}

function visible(el) {
  if (!el.isConnected) return false;
  const style = window.getComputedStyle(el);
  if (style.visibility === 'hidden' || style.display === 'none') return false;
  if (el.tagName === 'OPTION') return true;
  return el.getClientRects().length > 0;
}

function textOf(el) {
  return el.innerText !== undefined ? el.innerText : el.textContent;
}

function labelOf(el) {
  const labelledBy = el.getAttribute('aria-labelledby');
  if (labelledBy) {
    const parts = labelledBy.split(/\s+/).map(id => document.getElementById(id)).filter(Boolean);
    if (parts.length) return parts.map(textOf).join(' ');
  }
  const aria = el.getAttribute('aria-label');
  if (aria) return aria;
  if (el.labels && el.labels.length) return Array.from(el.labels).map(textOf).join(' ');
  return null;
}

function accessibleName(el) {
  const label = labelOf(el);
  if (label !== null) return label;
  const tag = el.tagName;
  if (tag === 'INPUT' && ['button', 'submit', 'reset'].includes(el.type)) return el.value;
  if (tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT') {
    return el.getAttribute('placeholder') || el.getAttribute('title') || '';
  }
  if (tag === 'IMG') return el.getAttribute('alt') || '';
  return textOf(el) || el.getAttribute('title') || '';
}

function all(selector) {
  return Array.from(document.querySelectorAll(selector));
}

function byRole(value, role) {
  const explicit = all('[role]').filter(el => el.getAttribute('role').split(/\s+/)[0] === role);
  const implicit = IMPLICIT_ROLES[role] ? all(IMPLICIT_ROLES[role]).filter(el => !el.hasAttribute('role')) : [];
  const wanted = normalise(value);
  const candidates = explicit.concat(implicit);
  return candidates.filter(el => wanted === '' || normalise(accessibleName(el)) === wanted);
}

function byLabel(value) {
  const wanted = normalise(value);
  return all('*').filter(el => {
    const label = labelOf(el);
    return label !== null && normalise(label) === wanted;
  });
}

// The innermost elements whose whole visible text is the wanted text: a <span> inside a div role=button wins
// over the div, and clicking it reaches the button.
function byText(value) {
  const wanted = normalise(value);
  const matches = all('body *').filter(el => !['SCRIPT', 'STYLE', 'NOSCRIPT'].includes(el.tagName)
      && normalise(textOf(el)) === wanted);
  return matches.filter(el => !matches.some(other => other !== el && el.contains(other)));
}

function byXpath(value) {
  const result = document.evaluate(value, document, null, XPathResult.ORDERED_NODE_SNAPSHOT_TYPE, null);
  const found = [];
  for (let i = 0; i < result.snapshotLength; i++) {
    const node = result.snapshotItem(i);
    if (node.nodeType === Node.ELEMENT_NODE) found.push(node);
  }
  return found;
}

function attributeEquals(name, value) {
  return all('[' + name + ']').filter(el => el.getAttribute(name) === value);
}

function locate(kind, value, role) {
  let found;
  switch (kind) {
    case 'role': found = byRole(value, role); break;
    case 'label': found = byLabel(value); break;
    case 'placeholder': found = attributeEquals('placeholder', value); break;
    case 'text': found = byText(value); break;
    case 'testid': found = attributeEquals('data-testid', value); break;
    case 'name': found = attributeEquals('name', value); break;
    case 'css': found = all(value); break;
    case 'xpath': found = byXpath(value); break;
    default: throw new Error('unknown locator kind ' + kind);
  }
  found = Array.from(new Set(found)).filter(visible);
  found.sort((a, b) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING) ? -1 : 1);
  return found;
}
