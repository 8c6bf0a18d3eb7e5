// What lies over an element whose click was intercepted, as a person would recognise it: the topmost element at
// the element's centre, or rather the dialog (or other landmark) it belongs to, with its role, test id and name or
// first line of text. Null when nothing covers it (any more). Arguments: the element.
const el = arguments[0];
const rect = el.getBoundingClientRect();
const top = document.elementFromPoint(rect.left + rect.width / 2, rect.top + rect.height / 2);
if (!top || el.contains(top) || top.contains(el)) return null;
const box = top.closest('[role="dialog"], [role="alertdialog"], [aria-modal="true"], [data-testid], [role]') || top;
const role = box.getAttribute('role');
const testId = box.getAttribute('data-testid');
const text = (box.getAttribute('aria-label') || box.innerText || '').replace(/\s+/g, ' ').trim();
const name = text.length > 80 ? text.slice(0, 80) + '…' : text;
return '<' + box.tagName.toLowerCase() + (role ? ' role="' + role + '"' : '')
    + (testId ? ' data-testid="' + testId + '"' : '') + '>' + (name ? ' "' + name + '"' : '');
