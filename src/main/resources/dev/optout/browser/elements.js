// The page's headings, controls and elements with visible text of their own, in document order, each with the facts
// a repair and the page outline may know: how it is found and named, never what it holds (no value, no chosen
// option, no text inside a field). Argument: one element to describe alone, or nothing for the whole page.
const only = arguments[0];

const IMPLICIT_ROLES = [
  ['heading', 'h1, h2, h3, h4, h5, h6'],
  ['button', 'button, input[type=button], input[type=submit], input[type=reset], input[type=image], summary'],
  ['link', 'a[href], area[href]'],
  ['checkbox', 'input[type=checkbox]'],
  ['radio', 'input[type=radio]'],
  ['listbox', 'select[multiple], select[size]'],
  ['combobox', 'select, input[list]'],
  ['textbox', 'textarea, input:not([type]), input[type=text], input[type=email], input[type=tel], input[type=url], input[type=search], input[type=number], input[type=password]'],
  ['dialog', 'dialog'],
  ['option', 'option'],
];
const FIELD_TAGS = ['INPUT', 'TEXTAREA', 'SELECT'];
const FIELD_ROLES = ['textbox', 'combobox', 'searchbox'];
const MAX_TEXT = 200;

function normalise(text) {
  return (text || '').replace(/\s+/g, ' ').trim();
}

function visible(el) {
  if (!el.isConnected) return false;
  const style = window.getComputedStyle(el);
  if (style.visibility === 'hidden' || style.display === 'none') return false;
  if (el.tagName === 'INPUT' && el.type === 'hidden') return true;
  return el.getClientRects().length > 0;
}

function roleOf(el) {
  const explicit = el.getAttribute('role');
  if (explicit) return explicit.split(/\s+/)[0];
  for (const [role, selector] of IMPLICIT_ROLES) {
    if (el.matches(selector)) return role;
  }
  return '';
}

function isField(el, role) {
  return FIELD_TAGS.includes(el.tagName) || FIELD_ROLES.includes(role) || el.isContentEditable;
}

function visibleText(el) {
  return normalise(el.innerText !== undefined ? el.innerText : el.textContent);
}

function labelOf(el) {
  const labelledBy = el.getAttribute('aria-labelledby');
  if (labelledBy) {
    const parts = labelledBy.split(/\s+/).map(id => document.getElementById(id)).filter(Boolean);
    if (parts.length) return normalise(parts.map(visibleText).join(' '));
  }
  const aria = el.getAttribute('aria-label');
  if (aria) return normalise(aria);
  if (el.labels && el.labels.length) return normalise(Array.from(el.labels).map(visibleText).join(' '));
  return '';
}

// As locate.js names elements, except that a field is never named by what it holds.
function nameOf(el, role, field) {
  const label = labelOf(el);
  if (label) return label;
  if (el.tagName === 'INPUT' && ['button', 'submit', 'reset'].includes(el.type)) return normalise(el.value);
  if (field) return normalise(el.getAttribute('placeholder') || el.getAttribute('title') || '');
  if (el.tagName === 'IMG') return normalise(el.getAttribute('alt'));
  return visibleText(el).slice(0, MAX_TEXT) || normalise(el.getAttribute('title'));
}

function ownText(el) {
  return Array.from(el.childNodes).some(n => n.nodeType === Node.TEXT_NODE && n.textContent.trim() !== '');
}

function facts(el) {
  const role = roleOf(el);
  const field = isField(el, role);
  return {
    element: el,
    tag: el.tagName.toLowerCase(),
    role: role,
    name: nameOf(el, role, field),
    label: labelOf(el),
    type: el.tagName === 'INPUT' ? (el.getAttribute('type') || 'text').toLowerCase() : '',
    nameAttribute: el.getAttribute('name') || '',
    testId: el.getAttribute('data-testid') || '',
    placeholder: el.getAttribute('placeholder') || '',
    text: field ? '' : visibleText(el).slice(0, MAX_TEXT),
    inBanner: el.closest('header, [role=banner]') !== null,
  };
}

function wanted(el) {
  if (['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'OPTION'].includes(el.tagName)) return false;
  if (el.closest('[data-optout-badge], [data-optout-picker]')) return false;
  const role = roleOf(el);
  return role !== '' || isField(el, role) || ownText(el);
}

if (only) return facts(only);
return Array.from(document.body.querySelectorAll('*')).filter(el => wanted(el) && visible(el)).map(facts);
