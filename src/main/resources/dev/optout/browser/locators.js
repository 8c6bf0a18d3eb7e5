// The locators of packs, as functions the page-side scripts share (locate.js, look.js; names.js is put before this):
// locate(kind, value, role) returns the visible elements a pack locator describes, in document order, never a decoy
// (see decoy) unless the locator is css or xpath.

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

// A copy a real page keeps out of everyone's reach: inside an aria-hidden="true" or inert subtree (a clone for an
// animation, the page behind a modal), or parked entirely at negative document coordinates (a menu at
// left:-9999px). A person can neither see nor use it, so the semantic locators never find it; css and xpath say
// exactly what they mean and stay literal.
function decoy(el) {
  if (el.closest('[aria-hidden="true"], [inert]')) return true;
  const rect = el.getBoundingClientRect();
  const left = rect.left + window.scrollX;
  const top = rect.top + window.scrollY;
  return (left < 0 && left + rect.width <= 0) || (top < 0 && top + rect.height <= 0);
}

function textOf(el) {
  return el.innerText !== undefined ? el.innerText : el.textContent;
}

function all(selector) {
  return Array.from(document.querySelectorAll(selector));
}

function byRole(value, role) {
  const explicit = all('[role]').filter(el => el.getAttribute('role').trim().split(/\s+/)[0] === role);
  const selector = implicitSelectorOf(role);
  const implicit = selector ? all(selector).filter(el => !el.hasAttribute('role') && roleOf(el) === role) : [];
  const wanted = normalise(value);
  const candidates = explicit.concat(implicit);
  return candidates.filter(el => wanted === '' || normalise(accessibleNameOf(el)) === wanted);
}

function byLabel(value) {
  const wanted = normalise(value);
  return all('*').filter(el => {
    const label = authorLabelOf(el);
    return label !== null && normalise(label) === wanted;
  });
}

// The innermost elements whose whole visible text is the wanted text: a <span> inside a div role=button wins
// over the div, and clicking it reaches the button.
function byText(value) {
  const wanted = normalise(value);
  const matches = all('body *').filter(el => !['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE'].includes(el.tagName)
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
  if (kind !== 'css' && kind !== 'xpath') found = found.filter(el => !decoy(el));
  found.sort((a, b) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING) ? -1 : 1);
  return found;
}
