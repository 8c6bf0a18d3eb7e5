// The APG radio group pattern, written from its description: div role=radiogroup of div role=radio with
// aria-checked; a click checks a radio and unchecks the others; Space checks the focused one; the arrow keys move
// the focus and the check to the next or previous radio, wrapping round. Beside it a native group: a fieldset of
// input type=radio named by its legend.
(function () {
  'use strict';
  var P = window.__pattern;
  var el = P.el;
  var main = P.main();

  function radioGroup(id, label, choices, checked) {
    var radios = choices.map(function (choice) {
      var isChecked = choice[0] === checked;
      return el('div', {id: choice[0], role: 'radio', 'aria-checked': String(isChecked),
        tabindex: isChecked ? '0' : '-1', 'data-count': choice[0]}, [choice[1]]);
    });
    function check(radio) {
      radios.forEach(function (r) {
        r.setAttribute('aria-checked', String(r === radio));
        r.setAttribute('tabindex', r === radio ? '0' : '-1');
      });
      radio.focus();
    }
    radios.forEach(function (radio, i) {
      radio.addEventListener('click', function () { check(radio); });
      radio.addEventListener('keydown', function (event) {
        var step = {ArrowDown: 1, ArrowRight: 1, ArrowUp: -1, ArrowLeft: -1}[event.key];
        if (event.key === ' ') {
          event.preventDefault();
          check(radio);
        } else if (step) {
          event.preventDefault();
          check(radios[(i + step + radios.length) % radios.length]);
        }
      });
    });
    main.appendChild(el('h3', {id: id + '-label'}, [label]));
    main.appendChild(el('div', {id: id, role: 'radiogroup', 'aria-labelledby': id + '-label'}, radios));
    P.state(id, function () {
      var on = radios.filter(function (r) { return r.getAttribute('aria-checked') === 'true'; })[0];
      return on ? on.id : '';
    });
  }

  radioGroup('crust', 'Pizza Crust', [['regular-crust', 'Regular crust'], ['deep-dish', 'Deep dish'],
    ['thin-crust', 'Thin crust']], 'regular-crust');
  radioGroup('size', 'Pizza Size', [['small', 'Small'], ['medium', 'Medium'], ['large', 'Large']], null);

  var deliveries = [['pickup', 'Pickup'], ['home-delivery', 'Home Delivery'], ['dine-in', 'Dine in']];
  main.appendChild(el('fieldset', {id: 'delivery'}, [el('legend', {}, ['Pizza Delivery'])].concat(
      deliveries.map(function (d) {
        return el('div', {}, [el('input', {type: 'radio', name: 'delivery', id: d[0], value: d[0],
          'data-count': d[0]}), el('label', {'for': d[0]}, [d[1]])]);
      }))));
  document.getElementById('pickup').checked = true;
  P.state('delivery', function () {
    var on = document.querySelector('input[name=delivery]:checked');
    return on ? on.id : '';
  });
})();
