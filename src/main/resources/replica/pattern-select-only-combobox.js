// The APG select-only combobox pattern, written from its description: a focusable div role=combobox (no input)
// labelled by a label, controlling a role=listbox of role=option items through aria-controls, with aria-expanded.
// A click on the combobox opens or closes the list; when closed, Enter, Space, ArrowDown or Alt+ArrowDown open it;
// when open, ArrowDown and ArrowUp move the active option (aria-activedescendant, aria-selected), Enter or Space
// choose it and close the list, Escape closes it; a click on an option chooses it and closes the list. The
// combobox shows the chosen option's text.
//
// "Favorite Fruit" keeps its options in the document, hidden while closed; "Favorite Vegetable" renders its list
// only while it is open, as React pages often do.
(function () {
  'use strict';
  var P = window.__pattern;
  var el = P.el;
  var main = P.main();

  function combobox(id, label, placeholder, choices, renderedOnlyWhenOpen) {
    var listId = id + '-list';
    var box = el('div', {id: id, role: 'combobox', tabindex: '0', 'aria-controls': listId, 'aria-expanded': 'false',
      'aria-haspopup': 'listbox', 'aria-labelledby': id + '-label', 'data-count': id}, [placeholder]);
    var wrapper = el('div', {'class': 'combo'}, [box]);
    var list = null;
    var active = 0;
    var chosen = -1;

    function buildList() {
      var node = el('div', {id: listId, role: 'listbox', 'aria-labelledby': id + '-label', tabindex: '-1'},
          choices.map(function (choice, i) {
            var option = el('div', {id: id + '-option-' + i, role: 'option', 'aria-selected': 'false',
              'data-count': id + '-' + choice.toLowerCase()}, [choice]);
            option.addEventListener('mousedown', function (event) {
              event.preventDefault();
            });
            option.addEventListener('click', function () {
              choose(i);
            });
            return option;
          }));
      return node;
    }

    function isOpen() {
      return box.getAttribute('aria-expanded') === 'true';
    }

    function markActive() {
      Array.from(list.querySelectorAll('[role=option]')).forEach(function (option, i) {
        option.setAttribute('aria-selected', String(i === active));
      });
      box.setAttribute('aria-activedescendant', id + '-option-' + active);
    }

    function open() {
      if (renderedOnlyWhenOpen) {
        list = buildList();
        wrapper.appendChild(list);
      }
      list.style.display = 'block';
      box.setAttribute('aria-expanded', 'true');
      active = chosen < 0 ? 0 : chosen;
      markActive();
    }

    function close() {
      box.setAttribute('aria-expanded', 'false');
      box.removeAttribute('aria-activedescendant');
      if (renderedOnlyWhenOpen) {
        list.remove();
        list = null;
      } else {
        list.style.display = 'none';
      }
    }

    function choose(i) {
      chosen = i;
      box.textContent = choices[i];
      close();
      box.focus();
    }

    box.addEventListener('click', function () {
      if (isOpen()) {
        close();
      } else {
        open();
      }
    });
    box.addEventListener('keydown', function (event) {
      if (!isOpen()) {
        if (['Enter', ' ', 'ArrowDown'].includes(event.key)) {
          event.preventDefault();
          open();
        }
        return;
      }
      if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
        event.preventDefault();
        active = Math.max(0, Math.min(choices.length - 1, active + (event.key === 'ArrowDown' ? 1 : -1)));
        markActive();
      } else if (event.key === 'Enter' || event.key === ' ') {
        event.preventDefault();
        choose(active);
      } else if (event.key === 'Escape') {
        event.preventDefault();
        close();
      }
    });

    if (!renderedOnlyWhenOpen) {
      list = buildList();
      list.style.display = 'none';
      wrapper.appendChild(list);
    }
    main.appendChild(el('label', {id: id + '-label'}, [label]));
    main.appendChild(wrapper);
    P.state(id, function () { return box.textContent; });
    P.state(id + '-open', isOpen);
  }

  combobox('fruit', 'Favorite Fruit', 'Choose a Fruit', ['Apple', 'Banana', 'Blueberry', 'Cherry'], false);
  combobox('vegetable', 'Favorite Vegetable', 'Choose a Vegetable', ['Carrot', 'Leek', 'Pea'], true);
})();
