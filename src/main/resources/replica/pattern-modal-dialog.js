// The APG modal dialog pattern, written from its description: a button opens a div role=dialog with aria-modal=true
// and aria-labelledby its title; focus moves into it; the page behind becomes inert while it is open; Escape or
// Cancel closes it; Add saves what was entered and closes it; focus returns to the button that opened it.
(function () {
  'use strict';
  var P = window.__pattern;
  var el = P.el;
  var main = P.main();

  var page = el('div', {id: 'behind'});
  var opener = el('button', {type: 'button', 'data-count': 'open-dialog'}, ['Add Delivery Address']);
  var saved = el('p', {id: 'saved'}, ['No delivery address yet']);
  page.appendChild(opener);
  page.appendChild(saved);
  main.appendChild(page);

  function field(id, label) {
    return el('div', {}, [el('label', {'for': id}, [label]), ' ', el('input', {type: 'text', id: id,
      'data-count': id})]);
  }

  var add = el('button', {type: 'button', 'data-count': 'add'}, ['Add']);
  var cancel = el('button', {type: 'button', 'data-count': 'cancel'}, ['Cancel']);
  var dialog = el('div', {id: 'dialog', role: 'dialog', 'aria-modal': 'true', 'aria-labelledby': 'dialog-title',
    style: 'display:none;border:1px solid #888;padding:16px;background:#fff'},
  [el('h2', {id: 'dialog-title'}, ['Add Delivery Address']), field('street', 'Street'), field('city', 'City'),
    add, cancel]);
  document.body.appendChild(dialog);

  function open() {
    dialog.style.display = 'block';
    page.setAttribute('inert', '');
    document.getElementById('street').focus();
  }

  function close() {
    dialog.style.display = 'none';
    page.removeAttribute('inert');
    opener.focus();
  }

  opener.addEventListener('click', open);
  cancel.addEventListener('click', close);
  add.addEventListener('click', function () {
    saved.textContent = 'Delivery to ' + document.getElementById('street').value + ', '
        + document.getElementById('city').value;
    close();
  });
  dialog.addEventListener('keydown', function (event) {
    if (event.key === 'Escape') {
      event.preventDefault();
      close();
    }
  });

  P.state('saved', function () { return saved.textContent; });
  P.state('dialog-open', function () { return dialog.style.display !== 'none'; });
})();
