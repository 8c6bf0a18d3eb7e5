// The country field of Meta's help forms, in each widget Meta is known to use (issue 8.2): a native <select> (on
// React pages a select-only combobox in its place), an ARIA typeahead (combobox + listbox), a listbox alone, or a
// radio group. Every widget names its countries in the page language and answers chosen() with {value, text}: the
// ISO code (or, for the select, the option value the scenario asks for) and the name shown. Added to
// window.Replica as countryField(options).
(function () {
  'use strict';
  var R = window.Replica;
  var TYPEAHEAD_RESULTS = 10;
  // Meta's typeahead asks its server for matches; the list shows a moment after the typing.
  var TYPEAHEAD_LATENCY_MS = 120;

  // Opaque but stable per country, like Meta's internal ids: the same country keeps its id across loads.
  function opaqueId(code) {
    return String(100000000 + code.charCodeAt(0) * 7919 + code.charCodeAt(1) * 104729);
  }

  function countries(options) {
    var localNames = new Intl.DisplayNames([options.lang], {type: 'region'});
    // Chromium's ICU data lacks some languages (Irish, Icelandic, Maltese, Romansh) and answers in English; Meta's
    // server names the countries itself, so then the names the replica's server sent stand in.
    var browserSpeaks = localNames.resolvedOptions().locale.split('-')[0] === options.lang;
    var serverNames = options.countryNames || {};
    return options.countries.map(function (code) {
      return {code: code, name: browserSpeaks || !serverNames[code] ? localNames.of(code) : serverNames[code]};
    }).sort(function (a, b) {
      return a.name.localeCompare(b.name, options.lang);
    });
  }

  // Case and accents do not matter when matching what the person types ("osterreich" finds Österreich).
  function folded(text) {
    return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
  }

  function uniqueId(prefix) {
    return prefix + Math.random().toString(36).slice(2, 8);
  }

  // What the select posts for a country: its ISO code, its English name or Meta's internal id, as the scenario asks.
  function selectValues(options) {
    var englishNames = new Intl.DisplayNames(['en'], {type: 'region'});
    return function (code) {
      if (options.optionValues === 'NAME') {
        return englishNames.of(code);
      }
      return options.optionValues === 'ID' ? opaqueId(code) : code;
    };
  }

  function select(options) {
    var value = selectValues(options);
    var items = [R.el('option', {value: ''}, [options.placeholder])].concat(countries(options).map(function (c) {
      return R.el('option', {value: value(c.code)}, [c.name]);
    }));
    var node = R.el('select', {'aria-label': options.label, name: R.fieldName()}, items, R.FIELD_STYLE);
    return {
      node: node,
      focusable: node,
      chosen: function () {
        var option = node.options[node.selectedIndex];
        return option && option.value ? {value: option.value, text: option.text} : null;
      }
    };
  }

  function optionNode(country, id) {
    return R.el('div', {role: 'option', id: id, 'aria-selected': 'false'}, [R.el('span', {}, [country.name])],
        'padding:8px 12px;cursor:pointer');
  }

  // Marks one option of `list` active (and selected, as single-choice lists do) and scrolls it into view.
  function highlight(list, owner, option) {
    Array.prototype.forEach.call(list.querySelectorAll('[role="option"]'), function (other) {
      other.setAttribute('aria-selected', String(other === option));
      other.style.backgroundColor = other === option ? '#e7f3ff' : '';
    });
    if (option) {
      owner.setAttribute('aria-activedescendant', option.id);
      option.scrollIntoView({block: 'nearest'});
    } else {
      owner.removeAttribute('aria-activedescendant');
    }
  }

  function typeahead(options) {
    var all = countries(options);
    var listId = uniqueId('typeahead_');
    var input = R.el('input', {type: 'text', role: 'combobox', 'aria-label': options.label,
      'aria-autocomplete': 'list', 'aria-expanded': 'false', 'aria-controls': listId, 'aria-haspopup': 'listbox',
      autocomplete: 'off', placeholder: options.search, name: R.fieldName()}, [], R.FIELD_STYLE);
    var list = R.el('div', {role: 'listbox', id: listId, 'aria-label': options.label}, [],
        'display:none;position:absolute;left:0;right:0;top:100%;z-index:5;max-height:320px;overflow-y:auto;'
        + 'background-color:#fff;border:1px solid #ccd0d5;border-radius:6px;box-shadow:0 4px 12px rgba(0,0,0,.15)');
    var wrapper = R.el('div', {}, [input, list], 'position:relative;display:flex;flex-direction:column');
    var chosen = null;
    var pending = null;
    var byId = {};

    function collapse() {
      clearTimeout(pending);
      list.style.display = 'none';
      list.replaceChildren();
      input.setAttribute('aria-expanded', 'false');
      input.removeAttribute('aria-activedescendant');
    }

    function choose(option) {
      var country = byId[option.id];
      chosen = {value: country.code, text: country.name};
      input.value = country.name;
      collapse();
      input.dispatchEvent(new Event('change', {bubbles: true}));
    }

    function showMatches() {
      var typed = folded(input.value.trim());
      if (!typed) {
        collapse();
        return;
      }
      var matches = all.filter(function (c) {
        return folded(c.name).split(/[\s(),.-]+/).some(function (word) {
          return word.indexOf(typed) === 0;
        }) || folded(c.name).indexOf(typed) === 0;
      }).slice(0, TYPEAHEAD_RESULTS);
      byId = {};
      list.replaceChildren.apply(list, matches.length ? matches.map(function (country) {
        var id = uniqueId('option_');
        byId[id] = country;
        var node = optionNode(country, id);
        // Keeps the focus in the input, as Meta's lists do: a blur would close the list before the click lands.
        node.addEventListener('mousedown', function (event) {
          event.preventDefault();
        });
        node.addEventListener('click', function () {
          choose(node);
        });
        return node;
      }) : [R.el('div', {}, [options.noMatch], 'padding:8px 12px;color:#65676b')]);
      list.style.display = 'block';
      input.setAttribute('aria-expanded', 'true');
    }

    input.addEventListener('input', function () {
      chosen = null;
      clearTimeout(pending);
      pending = setTimeout(showMatches, TYPEAHEAD_LATENCY_MS);
    });
    input.addEventListener('keydown', function (event) {
      var items = Array.prototype.slice.call(list.querySelectorAll('[role="option"]'));
      var active = document.getElementById(input.getAttribute('aria-activedescendant'));
      var index = items.indexOf(active);
      if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
        event.preventDefault();
        if (items.length) {
          var step = event.key === 'ArrowDown' ? 1 : -1;
          highlight(list, input, items[(index + step + items.length) % items.length]);
        }
      } else if (event.key === 'Enter') {
        // Enter picks the highlighted option, else the first match; it never submits the form.
        event.preventDefault();
        if (items.length) {
          choose(active || items[0]);
        }
      } else if (event.key === 'Escape') {
        collapse();
      }
    });
    input.addEventListener('blur', collapse);
    return {
      node: wrapper,
      focusable: input,
      chosen: function () {
        return chosen;
      }
    };
  }

  function listbox(options) {
    var byId = {};
    var list = R.el('div', {role: 'listbox', 'aria-label': options.label, tabindex: '0'}, [],
        'max-height:240px;overflow-y:auto;border:1px solid #ccd0d5;border-radius:6px;background-color:#fff');
    var chosen = null;
    countries(options).forEach(function (country) {
      var id = uniqueId('option_');
      byId[id] = country;
      var node = optionNode(country, id);
      node.addEventListener('click', function () {
        pick(node);
      });
      list.appendChild(node);
    });
    function pick(node) {
      highlight(list, list, node);
      chosen = {value: byId[node.id].code, text: byId[node.id].name};
      list.dispatchEvent(new Event('change', {bubbles: true}));
    }
    list.addEventListener('keydown', function (event) {
      var items = Array.prototype.slice.call(list.querySelectorAll('[role="option"]'));
      var index = items.indexOf(document.getElementById(list.getAttribute('aria-activedescendant')));
      if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
        event.preventDefault();
        var step = event.key === 'ArrowDown' ? 1 : -1;
        pick(items[Math.min(Math.max(index + step, 0), items.length - 1)]);
      }
    });
    return {
      node: list,
      focusable: list,
      chosen: function () {
        return chosen;
      }
    };
  }

  function radios(options) {
    var all = countries(options);
    var group = R.radioGroup(options.label, all.map(function (c) {
      return c.name;
    }), all.map(function (c) {
      return c.code;
    }));
    // The caption comes from the row; a second one inside the group would say it twice.
    group.removeAttribute('aria-labelledby');
    group.firstChild.remove();
    group.setAttribute('aria-label', options.label);
    group.style.maxHeight = '240px';
    group.style.overflowY = 'auto';
    return {
      node: group,
      focusable: group,
      chosen: function () {
        var picked = group.chosen();
        return picked ? {value: picked.value, text: picked.text} : null;
      }
    };
  }

  var TYPE_TO_SELECT_PAUSE_MS = 500;
  var PAGE_STEP = 10;

  // Letters typed in quick succession find the first country whose name starts with them, as in Meta's menus; a
  // space while typing is part of the name, not a choice.
  function typeToSelect(all, activate) {
    var typed = '';
    var typedAt = 0;
    return {
      key: function (key) {
        var now = Date.now();
        typed = (now - typedAt < TYPE_TO_SELECT_PAUSE_MS ? typed : '') + folded(key);
        typedAt = now;
        var match = all.findIndex(function (country) {
          return folded(country.name).indexOf(typed) === 0;
        });
        if (match >= 0) {
          activate(match);
        }
      },
      typing: function () {
        return typed !== '' && Date.now() - typedAt < TYPE_TO_SELECT_PAUSE_MS;
      }
    };
  }

  function printable(event) {
    return event.key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey;
  }

  // The <select>'s place on Meta's React pages: the ARIA Authoring Practices' select-only combobox. A focusable div
  // role=combobox shows the chosen country (the placeholder before) and controls, through aria-controls, a
  // role=listbox of role=option whose chosen one is aria-selected. Click, Enter, Space or Alt+Down (any arrow) open
  // it; while open, the arrows, Home, End, PageUp, PageDown and typed letters move the active option
  // (aria-activedescendant), Enter, Space, Alt+Up or Tab choose it, a click chooses any option, Escape closes. Focus
  // stays on the combobox throughout; leaving it closes the list and chooses nothing.
  function selectOnly(options) {
    var value = selectValues(options);
    var all = countries(options);
    var listId = uniqueId('listbox_');
    var shown = R.el('span', {}, [options.placeholder]);
    var combo = R.el('div', {role: 'combobox', tabindex: '0', 'aria-controls': listId, 'aria-expanded': 'false',
      'aria-haspopup': 'listbox', 'aria-label': options.label}, [shown],
        R.FIELD_STYLE + ';cursor:pointer;user-select:none');
    var list = R.el('div', {role: 'listbox', id: listId, 'aria-label': options.label, tabindex: '-1'}, [],
        'display:none;position:absolute;left:0;right:0;top:100%;z-index:5;max-height:320px;overflow-y:auto;'
        + 'background-color:#fff;border:1px solid #ccd0d5;border-radius:6px;box-shadow:0 4px 12px rgba(0,0,0,.15)');
    var wrapper = R.el('div', {}, [combo, list], 'position:relative;display:flex;flex-direction:column');
    var selected = -1;
    var active = -1;

    var items = all.map(function (country, index) {
      var node = optionNode(country, uniqueId('option_'));
      // The focus stays on the combobox, as the pattern wants: a blur would close the list before the click lands.
      node.addEventListener('mousedown', function (event) {
        event.preventDefault();
      });
      node.addEventListener('click', function () {
        choose(index);
      });
      list.appendChild(node);
      return node;
    });

    function isOpen() {
      return combo.getAttribute('aria-expanded') === 'true';
    }

    function activate(index) {
      active = Math.min(Math.max(index, 0), items.length - 1);
      items.forEach(function (node, i) {
        node.style.backgroundColor = i === active ? '#e7f3ff' : '';
      });
      combo.setAttribute('aria-activedescendant', items[active].id);
      items[active].scrollIntoView({block: 'nearest'});
    }

    function open() {
      list.style.display = 'block';
      combo.setAttribute('aria-expanded', 'true');
      activate(selected >= 0 ? selected : 0);
    }

    function close() {
      list.style.display = 'none';
      combo.setAttribute('aria-expanded', 'false');
      combo.removeAttribute('aria-activedescendant');
    }

    function choose(index) {
      selected = index;
      items.forEach(function (node, i) {
        node.setAttribute('aria-selected', String(i === index));
      });
      shown.textContent = all[index].name;
      close();
      combo.dispatchEvent(new Event('change', {bubbles: true}));
    }

    var typeAhead = typeToSelect(all, function (index) {
      activate(index);
    });
    var typing = typeAhead.typing;

    function whileClosed(event) {
      if (['ArrowDown', 'ArrowUp', 'Enter', ' '].indexOf(event.key) >= 0) {
        event.preventDefault();
        open();
      } else if (event.key === 'Home' || event.key === 'End') {
        event.preventDefault();
        open();
        activate(event.key === 'Home' ? 0 : items.length - 1);
      } else if (printable(event)) {
        open();
        typeAhead.key(event.key);
      }
    }

    var MOVES = {ArrowDown: 1, ArrowUp: -1, PageDown: PAGE_STEP, PageUp: -PAGE_STEP};

    function whileOpen(event) {
      var key = event.key;
      if ((key === 'ArrowUp' && event.altKey) || key === 'Enter' || (key === ' ' && !typing())) {
        event.preventDefault();
        choose(active);
      } else if (key === 'Tab') {
        choose(active);
      } else if (key === 'Escape') {
        event.preventDefault();
        close();
      } else if (MOVES[key] && !event.altKey) {
        event.preventDefault();
        activate(active + MOVES[key]);
      } else if (key === 'Home' || key === 'End') {
        event.preventDefault();
        activate(key === 'Home' ? 0 : items.length - 1);
      } else if (printable(event)) {
        event.preventDefault();
        typeAhead.key(key);
      }
    }

    combo.addEventListener('click', function () {
      if (isOpen()) {
        close();
      } else {
        open();
      }
    });
    combo.addEventListener('keydown', function (event) {
      if (isOpen()) {
        whileOpen(event);
      } else {
        whileClosed(event);
      }
    });
    combo.addEventListener('blur', close);
    return {
      node: wrapper,
      focusable: combo,
      chosen: function () {
        return selected >= 0 ? {value: value(all[selected].code), text: all[selected].name} : null;
      }
    };
  }

  var VIRTUAL_ROWS = 8;
  var VIRTUAL_ROW_PX = 36;

  // A select-only combobox as Meta's own menus build it: its list renders only the rows in view (a virtualized list),
  // each option placed absolutely in a spacer as tall as the whole list and saying its place with aria-posinset and
  // aria-setsize; closed, the list renders nothing. Scrolling it renders the rows then in view; the keys and typed
  // letters work as in selectOnly, moving the active option and scrolling it into view. A row once rendered keeps its
  // element, so a click that scrolls it into view does not lose it.
  function selectOnlyVirtual(options) {
    var value = selectValues(options);
    var all = countries(options);
    var listId = uniqueId('listbox_');
    var shown = R.el('span', {}, [options.placeholder]);
    var combo = R.el('div', {role: 'combobox', tabindex: '0', 'aria-controls': listId, 'aria-expanded': 'false',
      'aria-haspopup': 'listbox', 'aria-label': options.label}, [shown],
        R.FIELD_STYLE + ';cursor:pointer;user-select:none');
    var spacer = R.el('div', {role: 'presentation'}, [],
        'position:relative;height:' + (all.length * VIRTUAL_ROW_PX) + 'px');
    var list = R.el('div', {role: 'listbox', id: listId, 'aria-label': options.label, tabindex: '-1'}, [spacer],
        'display:none;position:absolute;left:0;right:0;top:100%;z-index:5;overflow-y:auto;'
        + 'height:' + (VIRTUAL_ROWS * VIRTUAL_ROW_PX) + 'px;background-color:#fff;border:1px solid #ccd0d5;'
        + 'border-radius:6px;box-shadow:0 4px 12px rgba(0,0,0,.15)');
    var wrapper = R.el('div', {}, [combo, list], 'position:relative;display:flex;flex-direction:column');
    var rows = {};
    var selected = -1;
    var active = -1;

    function row(index) {
      if (!rows[index]) {
        var node = optionNode(all[index], uniqueId('option_'));
        node.setAttribute('aria-posinset', String(index + 1));
        node.setAttribute('aria-setsize', String(all.length));
        node.style.position = 'absolute';
        node.style.left = '0';
        node.style.right = '0';
        node.style.top = (index * VIRTUAL_ROW_PX) + 'px';
        node.style.height = VIRTUAL_ROW_PX + 'px';
        node.style.boxSizing = 'border-box';
        node.addEventListener('mousedown', function (event) {
          event.preventDefault();
        });
        node.addEventListener('click', function () {
          choose(index);
        });
        rows[index] = node;
      }
      rows[index].setAttribute('aria-selected', String(index === selected));
      rows[index].style.backgroundColor = index === active ? '#e7f3ff' : '';
      return rows[index];
    }

    // The rows in view, and only those, are in the document.
    function render() {
      var first = Math.max(0, Math.floor(list.scrollTop / VIRTUAL_ROW_PX));
      var last = Math.min(all.length, first + VIRTUAL_ROWS);
      var wanted = [];
      for (var i = first; i < last; i++) {
        wanted.push(row(i));
      }
      Array.prototype.slice.call(spacer.children).forEach(function (node) {
        if (wanted.indexOf(node) < 0) node.remove();
      });
      wanted.forEach(function (node) {
        if (node.parentNode !== spacer) spacer.appendChild(node);
      });
    }

    function isOpen() {
      return combo.getAttribute('aria-expanded') === 'true';
    }

    function activate(index) {
      active = Math.min(Math.max(index, 0), all.length - 1);
      var top = active * VIRTUAL_ROW_PX;
      if (top < list.scrollTop) {
        list.scrollTop = top;
      } else if (top + VIRTUAL_ROW_PX > list.scrollTop + VIRTUAL_ROWS * VIRTUAL_ROW_PX) {
        list.scrollTop = top - (VIRTUAL_ROWS - 1) * VIRTUAL_ROW_PX;
      }
      render();
      combo.setAttribute('aria-activedescendant', rows[active].id);
    }

    function open() {
      list.style.display = 'block';
      combo.setAttribute('aria-expanded', 'true');
      activate(selected >= 0 ? selected : 0);
    }

    function close() {
      list.style.display = 'none';
      combo.setAttribute('aria-expanded', 'false');
      combo.removeAttribute('aria-activedescendant');
      spacer.replaceChildren();
    }

    function choose(index) {
      selected = index;
      shown.textContent = all[index].name;
      close();
      combo.dispatchEvent(new Event('change', {bubbles: true}));
    }

    var typeAhead = typeToSelect(all, function (index) {
      activate(index);
    });
    var typing = typeAhead.typing;

    var MOVES = {ArrowDown: 1, ArrowUp: -1, PageDown: PAGE_STEP, PageUp: -PAGE_STEP};

    combo.addEventListener('click', function () {
      if (isOpen()) {
        close();
      } else {
        open();
      }
    });
    combo.addEventListener('keydown', function (event) {
      var key = event.key;
      if (!isOpen()) {
        if (['ArrowDown', 'ArrowUp', 'Enter', ' '].indexOf(key) >= 0) {
          event.preventDefault();
          open();
        } else if (printable(event)) {
          open();
          typeAhead.key(key);
        }
      } else if ((key === 'ArrowUp' && event.altKey) || key === 'Enter' || (key === ' ' && !typing())) {
        event.preventDefault();
        choose(active);
      } else if (key === 'Tab') {
        choose(active);
      } else if (key === 'Escape') {
        event.preventDefault();
        close();
      } else if (MOVES[key] && !event.altKey) {
        event.preventDefault();
        activate(active + MOVES[key]);
      } else if (key === 'Home' || key === 'End') {
        event.preventDefault();
        activate(key === 'Home' ? 0 : all.length - 1);
      } else if (printable(event)) {
        event.preventDefault();
        typeAhead.key(key);
      }
    });
    list.addEventListener('scroll', function () {
      if (isOpen()) render();
    });
    combo.addEventListener('blur', close);
    return {
      node: wrapper,
      focusable: combo,
      chosen: function () {
        return selected >= 0 ? {value: value(all[selected].code), text: all[selected].name} : null;
      }
    };
  }

  var WIDGETS = {SELECT: select, TYPEAHEAD: typeahead, LISTBOX: listbox, RADIOGROUP: radios,
    SELECT_ONLY: selectOnly, SELECT_ONLY_VIRTUAL: selectOnlyVirtual};

  // options: {widget, lang, label, placeholder, search, noMatch, optionValues, countries, countryNames}
  R.countryField = function (options) {
    var widget = WIDGETS[options.widget] || select;
    return widget === select && R.react() ? selectOnly(options) : widget(options);
  };
})();
