// The page's headings, controls and elements with visible text of their own, in document order, each with the facts
// a repair and the page outline may know: how it is found and named, never what it holds (no value, no chosen
// option, no text inside a field). Roles and names come from names.js, put before this, so a repair's role and name
// locator compares what it read here. Argument: one element to describe alone, or nothing for the whole page.
const only = arguments[0];

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

function isField(el, role) {
  return FIELD_TAGS.includes(el.tagName) || FIELD_ROLES.includes(role) || el.isContentEditable;
}

function visibleText(el) {
  return normalise(el.innerText !== undefined ? el.innerText : el.textContent);
}

// As locate.js names elements (names.js, one implementation for both): a field is named by its label, placeholder or
// title, never by what it holds.
function nameOf(el) {
  return accessibleNameOf(el).slice(0, MAX_TEXT);
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
    name: nameOf(el),
    label: authorLabelOf(el) || '',
    type: el.tagName === 'INPUT' ? (el.getAttribute('type') || 'text').toLowerCase() : '',
    nameAttribute: el.getAttribute('name') || '',
    testId: el.getAttribute('data-testid') || '',
    placeholder: el.getAttribute('placeholder') || '',
    title: el.getAttribute('title') || '',
    nearText: field ? nearTextOf(el).slice(0, MAX_TEXT) : '',
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
