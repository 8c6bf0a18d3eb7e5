// Every part of the page that asks the person something (names.js and locators.js are put before this): each
// visible dialog, and, outside any dialog, the region around a field for a one-time code. For each: its title and
// text, its buttons (element, name, whether type=submit), the names of its fields, and whether it holds a frame (a
// captcha is another site's page in a frame) or a code field. Structure only: the engine judges the words.
const MOST_TEXT = 300;
const BUTTONS = 'button, [role=button], input[type=submit], input[type=button]';
const FIELDS = 'input:not([type=hidden]):not([type=button]):not([type=submit]):not([type=reset]):not([type=image]),'
    + ' textarea, select, [role=textbox], [role=combobox], [role=checkbox], [role=radio], [role=switch],'
    + ' [role=listbox], [contenteditable=true]';
const CODE = 'input[autocomplete="one-time-code"]';

function squeeze(text) {
  const plain = (text || '').replace(/\s+/g, ' ').trim();
  return plain.length > MOST_TEXT ? plain.slice(0, MOST_TEXT) + '…' : plain;
}

function perceivable(el) {
  return visible(el) && !decoy(el);
}

function titleOf(box) {
  const named = squeeze(accessibleNameOf(box));
  if (named) return named;
  const heading = box.querySelector('h1, h2, h3, h4, h5, h6, [role=heading], legend');
  return heading ? squeeze(heading.innerText) : '';
}

function buttonName(button) {
  return squeeze(accessibleNameOf(button) || button.value || button.innerText);
}

function describe(box, dialog) {
  return {
    dialog: dialog,
    heading: titleOf(box),
    text: squeeze(box.innerText),
    buttons: Array.from(box.querySelectorAll(BUTTONS)).filter(perceivable)
        .map(b => ({element: b, name: buttonName(b), submit: (b.getAttribute('type') || '').toLowerCase() === 'submit'
          || (b.tagName === 'BUTTON' && !b.hasAttribute('type') && !!b.form)})),
    fields: Array.from(box.querySelectorAll(FIELDS)).filter(perceivable)
        .map(f => squeeze(accessibleNameOf(f)) || f.getAttribute('name') || f.tagName.toLowerCase()),
    frame: Array.from(box.querySelectorAll('iframe, frame, object, embed')).some(visible),
    codeInput: Array.from(box.querySelectorAll(CODE)).some(perceivable),
  };
}

const dialogs = Array.from(document.querySelectorAll('[role=dialog], [role=alertdialog], dialog[open]'))
    .filter(perceivable);
const prompts = dialogs.map(d => describe(d, true));
// A code field outside every dialog: the section, form or main part of the page around it asks for the code.
Array.from(document.querySelectorAll(CODE)).filter(perceivable)
    .filter(field => !dialogs.some(d => d.contains(field)))
    .forEach(field => {
      const region = field.closest('form, section, [role=region], [role=form], main, [role=main]')
          || field.parentElement;
      prompts.push(describe(region, false));
    });
return prompts.slice(0, 10);
