// Lets the person point at an element: the element under the pointer gets an outline, and the next click is the
// tool's alone. Capture-phase listeners on window run before any of the page's, and preventDefault plus
// stopImmediatePropagation keep that click (and its pointer and mouse events) from the page's own handlers.
// picked.js reads the element and removes the picker. No arguments.
if (window.__optoutPicker) window.__optoutPicker.remove();
const CONTROL = 'button, a[href], input, select, textarea, summary, [role=button], [role=link], [role=textbox], '
    + '[role=combobox], [role=listbox], [role=radiogroup], [role=radio], [role=checkbox], [role=switch], '
    + '[contenteditable=""], [contenteditable=true], label';
const SWALLOWED = ['pointerdown', 'mousedown', 'pointerup', 'mouseup', 'click'];
const mark = document.createElement('div');
mark.setAttribute('data-optout-picker', '');
mark.style.cssText = 'position:fixed;pointer-events:none;z-index:2147483647;outline:3px dashed #d9480f;'
    + 'background:rgba(217,72,15,0.08);display:none';
document.documentElement.appendChild(mark);

function chosen(target) {
  if (!(target instanceof Element)) return null;
  const control = target.closest(CONTROL) || target;
  return control.tagName === 'LABEL' && control.control ? control.control : control;
}

function outline(event) {
  const el = chosen(event.target);
  if (!el) return;
  const box = el.getBoundingClientRect();
  mark.style.display = 'block';
  mark.style.left = box.left + 'px';
  mark.style.top = box.top + 'px';
  mark.style.width = box.width + 'px';
  mark.style.height = box.height + 'px';
}

const picker = {
  picked: null,
  swallow(event) {
    event.preventDefault();
    event.stopImmediatePropagation();
    if (event.type === 'click') {
      picker.picked = chosen(event.target);
      outline(event);
      // One click only: from now on the page's events are the page's again.
      SWALLOWED.forEach(type => window.removeEventListener(type, picker.swallow, true));
      window.removeEventListener('mouseover', outline, true);
    }
  },
  remove() {
    SWALLOWED.forEach(type => window.removeEventListener(type, picker.swallow, true));
    window.removeEventListener('mouseover', outline, true);
    mark.remove();
    delete window.__optoutPicker;
  },
};
SWALLOWED.forEach(type => window.addEventListener(type, picker.swallow, true));
window.addEventListener('mouseover', outline, true);
window.__optoutPicker = picker;
