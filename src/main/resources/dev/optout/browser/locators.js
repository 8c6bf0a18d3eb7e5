// The locators of packs, as functions the page-side scripts share (locate.js, look.js; names.js is put before this):
// locate(kind, value, role) returns the visible elements a pack locator describes, in document order, never a decoy
// (see decoy) unless the locator is css or xpath. The structure kind finds an element by its place in "the form" in
// any language (see formOf and the structure functions below).

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

// --- fields without labels ----------------------------------------------------------------------------------------

function byTitle(value) {
  const wanted = normalise(value);
  return all('[title]').filter(el => normalise(el.getAttribute('title')) === wanted);
}

function byDescription(value) {
  const wanted = normalise(value);
  return all('[aria-describedby]').filter(el => {
    const text = referencedElements(el, 'aria-describedby').map(ref => textOf(ref)).join(' ');
    return normalise(text) === wanted;
  });
}

function byNearText(value) {
  const wanted = normalise(value);
  return all(FIELD_SELECTOR).filter(el => normalise(nearTextOf(el)) === wanted);
}

// --- the form's structure ------------------------------------------------------------------------------------------

// What may hold a form: the nearest of these around a field is its container; the page's body when none is.
const CONTAINER = 'form, [role=form], dialog, [role=dialog], [role=alertdialog], main, [role=main]';

function containerOf(el) {
  return (el.parentElement && el.parentElement.closest(CONTAINER)) || document.body;
}

function usable(el) {
  return visible(el) && !decoy(el);
}

// "The form": the container that holds the most visible fields, never one with a password field (a login form is
// never the form optout fills); on a tie, the first in document order. Null when no field shows.
function formOf() {
  const counts = new Map();
  all(FIELD_SELECTOR).filter(usable).forEach(field => {
    const container = containerOf(field);
    counts.set(container, (counts.get(container) || 0) + 1);
  });
  let best = null;
  let most = 0;
  counts.forEach((count, container) => {
    if (count > most && !container.querySelector('input[type=password]')) {
      best = container;
      most = count;
    }
  });
  return best;
}

// The form's own fields, in document order: not those of a dialog or form nested inside it.
function fieldsOf(form, selector) {
  return Array.from(form.querySelectorAll(selector)).filter(el => usable(el) && containerOf(el) === form);
}

function onlyTextarea(form) {
  const areas = fieldsOf(form, 'textarea, [role=textbox][aria-multiline=true]');
  return areas.length === 1 ? areas : [];
}

const EMAIL_ADDRESS = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function emailField(form) {
  const typed = fieldsOf(form, 'input[type=email]');
  if (typed.length) return typed.slice(0, 1);
  const texts = fieldsOf(form, 'input:not([type]), input[type=text], [role=textbox]');
  const completed = texts.filter(el => (el.getAttribute('autocomplete') || '').split(/\s+/).includes('email'));
  if (completed.length) return completed.slice(0, 1);
  const holding = texts.filter(el => EMAIL_ADDRESS.test((el.value || '').trim()));
  return holding.length === 1 ? holding : [];
}

function folded(text) {
  return normalise(text).normalize('NFD').replace(/[\u0300-\u036f]/g, '');
}

// The region codes and names of ISO 3166, from the browser's own locale data: names in the page's language and in
// English, for what a country chooser lists.
function countryIndex() {
  const lang = document.documentElement.lang || 'en';
  const namers = [];
  try {
    namers.push(new Intl.DisplayNames([lang], {type: 'region', fallback: 'none'}));
  } catch (e) {
    // A language tag the browser does not know: English names alone.
  }
  namers.push(new Intl.DisplayNames(['en'], {type: 'region', fallback: 'none'}));
  const codes = new Set();
  const names = new Set();
  const A = 'A'.charCodeAt(0);
  for (let i = 0; i < 26; i++) {
    for (let j = 0; j < 26; j++) {
      const code = String.fromCharCode(A + i, A + j);
      namers.forEach(namer => {
        const name = namer.of(code);
        if (name) {
          codes.add(code);
          names.add(folded(name));
        }
      });
    }
  }
  return {codes: codes, names: names};
}

// The options a chooser lists, each as [value, text]: a select's options, a group's radios, a listbox's options,
// or those of the list a combobox controls (none while a typeahead's list is not rendered).
function optionsOf(chooser) {
  if (chooser.tagName === 'SELECT') return Array.from(chooser.options).map(o => [o.value, o.text]);
  const lists = [chooser].concat(referencedElements(chooser, 'aria-controls'), referencedElements(chooser, 'aria-owns'));
  const options = [];
  lists.forEach(list => list.querySelectorAll('[role=option], [role=radio], input[type=radio]').forEach(option => {
    const text = option.tagName === 'INPUT' ? (option.labels && option.labels[0] ? textOf(option.labels[0]) : '')
        : option.textContent;
    options.push([option.getAttribute('data-value') || option.value || '', text]);
  }));
  return options;
}

const FEWEST_COUNTRIES = 3;

function mostlyCountries(options, index) {
  const named = options.filter(([value, text]) => normalise(value) || normalise(text));
  if (named.length < FEWEST_COUNTRIES) return false;
  const countries = named.filter(([value, text]) => index.codes.has((value || '').trim().toUpperCase())
      || index.names.has(folded(text)));
  return countries.length * 5 >= named.length * 3;
}

function countryChooser(form) {
  const choosers = fieldsOf(form, 'select, [role=combobox], [role=listbox], [role=radiogroup]');
  // A listbox that a combobox of the form controls is that combobox's list, not a chooser of its own.
  const controlled = new Set();
  choosers.forEach(el => referencedElements(el, 'aria-controls').forEach(list => controlled.add(list)));
  const own = choosers.filter(el => !controlled.has(el));
  if (!own.length) return [];
  const index = countryIndex();
  const country = own.find(el => mostlyCountries(optionsOf(el), index));
  if (country) return [country];
  return own.length === 1 && optionsOf(own[0]).length < FEWEST_COUNTRIES ? own : [];
}

const BUTTON_SELECTOR = 'button, input[type=submit], input[type=button], input[type=image], [role=button]';

function lastButton(form) {
  const fields = fieldsOf(form, FIELD_SELECTOR);
  const lastField = fields[fields.length - 1];
  const buttons = fieldsOf(form, BUTTON_SELECTOR).filter(el => !el.disabled
      && el.getAttribute('aria-disabled') !== 'true'
      && !el.closest('header, footer, nav, [role=banner], [role=contentinfo], [role=navigation]')
      && !(lastField && (lastField.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING) === 0)
      && !buttonInside(el));
  return buttons.length ? [buttons[buttons.length - 1]] : [];
}

// A button inside another button (a span role=button in a div role=button) is the same button: the outer counts.
function buttonInside(el) {
  return el.parentElement !== null && el.parentElement.closest(BUTTON_SELECTOR) !== null;
}

function byStructure(value) {
  const form = formOf();
  if (!form) return [];
  switch (value) {
    case 'only-textarea': return onlyTextarea(form);
    case 'email-field': return emailField(form);
    case 'country-chooser': return countryChooser(form);
    case 'last-button': return lastButton(form);
    default: throw new Error('unknown structure ' + value);
  }
}

function locate(kind, value, role) {
  let found;
  switch (kind) {
    case 'role': found = byRole(value, role); break;
    case 'label': found = byLabel(value); break;
    case 'placeholder': found = attributeEquals('placeholder', value); break;
    case 'title': found = byTitle(value); break;
    case 'described-by': found = byDescription(value); break;
    case 'near-text': found = byNearText(value); break;
    case 'structure': found = byStructure(value); break;
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
