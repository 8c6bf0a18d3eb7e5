// The APG checkbox pattern, written from its description: a group of two-state checkboxes (div role=checkbox,
// aria-checked true/false, toggled by a click or Space), and a tri-state checkbox (aria-checked mixed) that sums up
// a group of native checkboxes. The tri-state box cycles mixed → checked (all ticked) → unchecked (none) → mixed
// (the partial choice from before, restored); ticking a native box of its group updates it.
(function () {
  'use strict';
  var P = window.__pattern;
  var el = P.el;
  var main = P.main();

  function checkbox(id, text, checked) {
    var box = el('div', {id: id, role: 'checkbox', 'aria-checked': String(checked), tabindex: '0', 'data-count': id},
        [el('span', {'aria-hidden': 'true', 'class': 'tick'}, [checked ? '☑' : '☐']), ' ', el('span', {}, [text])]);
    function toggle() {
      var now = box.getAttribute('aria-checked') !== 'true';
      box.setAttribute('aria-checked', String(now));
      box.querySelector('.tick').textContent = now ? '☑' : '☐';
    }
    box.addEventListener('click', toggle);
    box.addEventListener('keydown', function (event) {
      if (event.key === ' ') {
        event.preventDefault();
        toggle();
      }
    });
    return box;
  }

  var condiments = [checkbox('lettuce', 'Lettuce', false), checkbox('tomato', 'Tomato', true),
    checkbox('mustard', 'Mustard', true), checkbox('sprouts', 'Sprouts', false)];
  main.appendChild(el('h2', {id: 'condiments-label'}, ['Sandwich Condiments']));
  main.appendChild(el('div', {role: 'group', 'aria-labelledby': 'condiments-label'}, condiments));

  // The tri-state box and the native checkboxes it sums up.
  var toppings = [['ketchup', 'Ketchup', true], ['mayonnaise', 'Mayonnaise', false], ['pickles', 'Pickles', true],
    ['onions', 'Onions', false]];
  var inputs = toppings.map(function (topping) {
    return el('input', {type: 'checkbox', id: topping[0], 'data-count': topping[0]});
  });
  inputs.forEach(function (input, i) {
    input.checked = toppings[i][2];
  });
  var all = el('div', {id: 'all-toppings', role: 'checkbox', tabindex: '0', 'data-count': 'all-toppings',
    'aria-controls': toppings.map(function (t) { return t[0]; }).join(' ')}, ['All toppings']);
  // The partial choice the mixed state restores.
  var remembered = inputs.map(function (input) { return input.checked; });

  function sumUp() {
    var ticked = inputs.filter(function (input) { return input.checked; }).length;
    all.setAttribute('aria-checked', ticked === 0 ? 'false' : ticked === inputs.length ? 'true' : 'mixed');
  }

  function cycle() {
    var state = all.getAttribute('aria-checked');
    inputs.forEach(function (input, i) {
      input.checked = state === 'mixed' ? true : state === 'true' ? false : remembered[i];
    });
    sumUp();
  }

  all.addEventListener('click', cycle);
  all.addEventListener('keydown', function (event) {
    if (event.key === ' ') {
      event.preventDefault();
      cycle();
    }
  });
  inputs.forEach(function (input) {
    input.addEventListener('change', function () {
      remembered = inputs.map(function (i) { return i.checked; });
      sumUp();
    });
  });
  sumUp();

  main.appendChild(el('h2', {id: 'toppings-label'}, ['Pizza Toppings']));
  main.appendChild(el('div', {role: 'group', 'aria-labelledby': 'toppings-label'}, [all].concat(inputs.map(
      function (input, i) {
        return el('div', {}, [input, el('label', {'for': input.id}, [toppings[i][1]])]);
      }))));

  condiments.forEach(function (box) {
    P.state(box.id, function () { return box.getAttribute('aria-checked'); });
  });
  P.state('all-toppings', function () { return all.getAttribute('aria-checked'); });
  P.state('toppings', function () { return inputs.map(function (i) { return i.checked; }); });
})();
