// The APG listbox pattern (single-select), written from its description: a focusable ul role=listbox of li
// role=option with aria-selected, labelled by aria-labelledby; a click selects an option; ArrowDown and ArrowUp
// move the focus and the selection with it (aria-activedescendant).
(function () {
  'use strict';
  var P = window.__pattern;
  var el = P.el;
  var main = P.main();

  var names = ['Neptunium', 'Plutonium', 'Americium', 'Curium', 'Berkelium'];
  var options = names.map(function (name) {
    return el('li', {id: name.toLowerCase(), role: 'option', 'aria-selected': 'false', 'data-count': name.toLowerCase()},
        [name]);
  });
  var list = el('ul', {id: 'elements', role: 'listbox', tabindex: '0', 'aria-labelledby': 'elements-label',
    'data-count': 'elements'}, options);
  var selected = -1;

  function select(i) {
    selected = i;
    options.forEach(function (option, j) {
      option.setAttribute('aria-selected', String(i === j));
    });
    list.setAttribute('aria-activedescendant', options[i].id);
  }

  options.forEach(function (option, i) {
    option.addEventListener('click', function () { select(i); });
  });
  list.addEventListener('keydown', function (event) {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      var next = selected < 0 ? 0 : selected + (event.key === 'ArrowDown' ? 1 : -1);
      select(Math.max(0, Math.min(options.length - 1, next)));
    }
  });

  main.appendChild(el('span', {id: 'elements-label'}, ['Transuranium elements']));
  main.appendChild(list);
  P.state('elements', function () { return selected < 0 ? '' : names[selected]; });
})();
