// Choices as Meta's React pages build them (--markup react, meta-flows §2): div role=radio, role=checkbox and
// role=switch with aria-checked and no native input, the option's name in a child span, operated as the ARIA
// Authoring Practices describe. In a radio group only one radio is in the Tab order (the checked one, else the
// first); click and Space choose, the arrow keys move to the next or previous radio and choose it. A checkbox or a
// switch flips on click and Space. Every change a person makes fires bubbling `input` and `change` events, as a
// native input's would, so the page hears it the same way in both markups. Added to window.Replica.
(function () {
  'use strict';
  var R = window.Replica;
  var CHECKED_COLOUR = '#0866ff';

  // The box or circle drawn before the name: decoration only, so hidden from assistive technology.
  function choice(role, text, indicatorShape) {
    var indicator = R.el('span', {'aria-hidden': 'true'}, [], 'display:inline-block;flex:none;margin:0 8px 0 0;'
        + 'border:2px solid #65676b;' + indicatorShape);
    return R.el('div', {role: role, 'aria-checked': 'false', tabindex: '-1'}, [indicator, R.el('span', {}, [text])],
        'display:flex;align-items:center;padding:6px 0;cursor:pointer;user-select:none');
  }

  function setChecked(node, checked) {
    node.setAttribute('aria-checked', String(checked));
    node.firstChild.style.backgroundColor = checked ? CHECKED_COLOUR : '';
    node.firstChild.style.borderColor = checked ? CHECKED_COLOUR : '';
  }

  function isChecked(node) {
    return node.getAttribute('aria-checked') === 'true';
  }

  function changed(node) {
    node.dispatchEvent(new Event('input', {bubbles: true}));
    node.dispatchEvent(new Event('change', {bubbles: true}));
  }

  var ARROW_STEPS = {ArrowDown: 1, ArrowRight: 1, ArrowUp: -1, ArrowLeft: -1};

  // Appends one radio per item ({text, value}) to `group`, a role=radiogroup. Answers chosen() ({value, text} of the
  // checked radio, or null) and select(value), which checks a radio as the page's own state would, without events.
  function ariaRadios(group, items) {
    var values = new Map();
    var radios = items.map(function (item) {
      var radio = choice('radio', item.text, 'width:14px;height:14px;border-radius:50%');
      values.set(radio, item.value);
      group.appendChild(radio);
      return radio;
    });

    function checkedRadio() {
      return radios.filter(isChecked)[0] || null;
    }

    function rove() {
      var current = checkedRadio() || radios[0];
      radios.forEach(function (radio) {
        radio.setAttribute('tabindex', radio === current ? '0' : '-1');
      });
    }

    function check(radio) {
      if (isChecked(radio)) {
        return;
      }
      radios.forEach(function (other) {
        setChecked(other, other === radio);
      });
      rove();
      changed(radio);
    }

    radios.forEach(function (radio, index) {
      radio.addEventListener('click', function () {
        radio.focus();
        check(radio);
      });
      radio.addEventListener('keydown', function (event) {
        var step = ARROW_STEPS[event.key];
        if (event.key === ' ') {
          event.preventDefault();
          check(radio);
        } else if (step) {
          event.preventDefault();
          var next = radios[(index + step + radios.length) % radios.length];
          next.focus();
          check(next);
        }
      });
    });
    rove();

    return {
      chosen: function () {
        var radio = checkedRadio();
        return radio ? {value: values.get(radio), text: radio.textContent} : null;
      },
      select: function (value) {
        radios.forEach(function (radio) {
          setChecked(radio, values.get(radio) === value);
        });
        rove();
      }
    };
  }

  // A role=checkbox or role=switch named `text`; node.checked() says its state.
  function ariaToggle(role, text, checked) {
    var shape = role === 'switch' ? 'width:26px;height:14px;border-radius:9px'
        : 'width:14px;height:14px;border-radius:3px';
    var node = choice(role, text, shape);
    node.setAttribute('tabindex', '0');
    setChecked(node, Boolean(checked));
    function flip() {
      setChecked(node, !isChecked(node));
      changed(node);
    }
    node.addEventListener('click', flip);
    node.addEventListener('keydown', function (event) {
      if (event.key === ' ') {
        event.preventDefault();
        flip();
      }
    });
    node.checked = function () {
      return isChecked(node);
    };
    return node;
  }

  R.ariaRadios = ariaRadios;
  R.ariaToggle = ariaToggle;
})();
