// What the page says and shows besides its fields' values, and what the tab sent since a mark: the evidence a send
// is judged by (names.js and locators.js are put before this, for visible(), decoy() and accessibleNameOf()). Only what a person could
// perceive counts: a hidden or empty live region says nothing, and nothing inside an aria-hidden or inert subtree
// does. Arguments: watched (the send's fields and button), since ({document, at}, or null for none).
const [watched, since] = arguments;
const MOST_REQUESTS = 100;
const MOST_TEXT = 300;
const FIELDS = 'input:not([type=hidden]):not([type=radio]):not([type=checkbox]):not([type=button]):not([type=submit])'
    + ':not([type=reset]):not([type=image]), textarea, select, [role=textbox], [role=combobox], [role=radiogroup],'
    + ' [role=listbox], [role=checkbox], [role=switch], [contenteditable=true], input[type=checkbox]';

function squeeze(text) {
  const plain = (text || '').replace(/\s+/g, ' ').trim();
  return plain.length > MOST_TEXT ? plain.slice(0, MOST_TEXT) + '…' : plain;
}

function shownText(el) {
  return squeeze(el.innerText !== undefined ? el.innerText : el.textContent);
}

// What a person can perceive: shown, and no decoy (inside aria-hidden or inert, or parked off-screen).
function perceivable(el) {
  return visible(el) && !decoy(el);
}

// The container that holds one field and nothing else of the form: a message inside it is about that field.
function fieldOfContainer(message) {
  for (let box = message.parentElement; box && box !== document.body; box = box.parentElement) {
    const fields = Array.from(box.querySelectorAll(FIELDS)).filter(visible);
    if (fields.length === 1) return fields[0];
    if (fields.length > 1) return null;
  }
  return null;
}

function referencedText(el, attribute) {
  return (el.getAttribute(attribute) || '').split(/\s+/).filter(Boolean)
      .map(id => document.getElementById(id)).filter(Boolean).map(shownText).filter(Boolean).join(' ');
}

function fieldName(field) {
  return squeeze(accessibleNameOf(field)) || field.getAttribute('name') || field.tagName.toLowerCase();
}

const messages = [];
const fieldMessages = [];
const seenField = new Set();
function addFieldMessage(field, text) {
  const key = fieldName(field) + '\u0000' + text;
  if (!seenField.has(key)) {
    seenField.add(key);
    fieldMessages.push({field: fieldName(field), text: text});
  }
}

// The widest container that holds this field and no other: its row, where a page writes what it says about it.
function ownContainer(field) {
  let box = null;
  for (let up = field.parentElement; up && up !== document.body; up = up.parentElement) {
    if (Array.from(up.querySelectorAll(FIELDS)).filter(visible).length > 1) break;
    box = up;
  }
  return box;
}

// What a row says about its field beside the field's own name (a message written into the row, not tied by id).
function rowText(field) {
  const box = ownContainer(field);
  if (!box) return '';
  const name = squeeze(accessibleNameOf(field));
  let text = shownText(box);
  if (name) text = text.split(name).join(' ');
  return squeeze(text);
}

// A field the page marked invalid, with what describes it; then alerts inside a field's own container.
Array.from(document.querySelectorAll('[aria-invalid]:not([aria-invalid="false"])')).filter(perceivable)
    .forEach(field => addFieldMessage(field, referencedText(field, 'aria-errormessage')
        || referencedText(field, 'aria-describedby') || rowText(field)));
const live = Array.from(document.querySelectorAll('[role=alert], [role=status], [role=log], output, '
    + '[aria-live]:not([aria-live=off])')).filter(perceivable);
live.filter(el => !live.some(outer => outer !== el && outer.contains(el))).forEach(region => {
  const text = shownText(region);
  if (!text) return;
  const alert = region.getAttribute('role') === 'alert' || region.getAttribute('aria-live') === 'assertive';
  const field = alert ? fieldOfContainer(region) : null;
  if (field) {
    addFieldMessage(field, text);
  } else {
    messages.push({kind: alert ? 'ALERT' : 'STATUS', text: text});
  }
});

const dialogs = Array.from(document.querySelectorAll('[role=dialog], [role=alertdialog], dialog[open]'))
    .filter(perceivable).map(dialog => {
      const buttons = Array.from(dialog.querySelectorAll('button, [role=button], input[type=submit], '
          + 'input[type=button]')).filter(visible);
      const fields = Array.from(dialog.querySelectorAll(FIELDS)).filter(visible);
      let modal = dialog.getAttribute('aria-modal') === 'true';
      try {
        modal = modal || dialog.matches(':modal');
      } catch (e) {
        // A browser without :modal: aria-modal alone says it.
      }
      return {text: shownText(dialog), modal: modal, asks: fields.length > 0 || buttons.length > 1};
    });

const headings = Array.from(document.querySelectorAll('h1, h2, h3, h4, h5, h6, [role=heading]'))
    .filter(perceivable).map(shownText).filter(Boolean);

const TEXT_ENTRY = 'input:not([type]), input[type=text], input[type=email], input[type=tel], input[type=number], '
    + 'input[type=search], input[type=url], textarea, [role=textbox], [contenteditable=true]';
function empty(field) {
  return field.isContentEditable ? !field.innerText.trim() : !(field.value || '').trim();
}
const openFields = Array.from(document.querySelectorAll(TEXT_ENTRY))
    .filter(field => perceivable(field) && usable(field) && empty(field) && !(watched || []).includes(field))
    .map(fieldName).slice(0, 20);

function usable(el) {
  return !el.disabled && el.getAttribute('aria-disabled') !== 'true'
      && !el.closest('fieldset[disabled], [inert], [aria-disabled="true"]');
}
const shown = (watched || []).filter(el => el && el.isConnected && visible(el));
const form = {watched: (watched || []).length, shown: shown.length, enabled: shown.filter(usable).length};

// Resource Timing: every request of this document whose answer has arrived (or that failed), and, once the tab
// navigated, the navigation that brought the new document. A buffer too small would drop the newest entries.
const documentId = String(performance.timeOrigin);
const now = performance.now();
if (!window.__optoutTimingBuffer && performance.setResourceTimingBufferSize) {
  performance.setResourceTimingBufferSize(5000);
  window.__optoutTimingBuffer = true;
}
function request(entry, kind) {
  let address = entry.name;
  try {
    const url = new URL(entry.name);
    address = url.origin + url.pathname;
  } catch (e) {
    address = '(unreadable address)';
  }
  const status = typeof entry.responseStatus === 'number' ? entry.responseStatus : null;
  return {address: address, kind: kind, status: status,
    failed: status === 0 && entry.transferSize === 0 && entry.decodedBodySize === 0 && entry.responseStart === 0};
}
let requests = [];
if (since) {
  const navigated = since.document !== documentId;
  const from = navigated ? 0 : since.at;
  if (navigated) {
    performance.getEntriesByType('navigation').forEach(entry => requests.push(request(entry, 'navigation')));
  }
  performance.getEntriesByType('resource').filter(entry => entry.startTime >= from)
      .forEach(entry => requests.push(request(entry, entry.initiatorType || 'other')));
  requests = requests.slice(0, MOST_REQUESTS);
}

return {
  messages: messages, fieldMessages: fieldMessages, dialogs: dialogs, headings: headings.slice(0, 20), openFields: openFields,
  form: form,
  mark: {document: documentId, at: now, epoch: performance.timeOrigin + now},
  requests: requests,
};
