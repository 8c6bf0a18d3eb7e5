// The APG switch pattern, written from its description: a div role=switch with aria-checked, its name in a child
// span and its state shown in another span that is aria-hidden ("On"/"Off", which is no part of its name), toggled
// by a click, Space or Enter. Real pages carry decoys of such controls, which a pack must never reach: before the
// real switch and the real "Nickname" field, an aria-hidden clone (as an animation layer keeps) and a copy parked
// off-screen at left:-9999px (as a menu waiting to slide in). A third switch is named only by a hidden label.
(function () {
  'use strict';
  var P = window.__pattern;
  var el = P.el;
  var main = P.main();

  function switchControl(id, name, on) {
    var control = el('div', {id: id, role: 'switch', 'aria-checked': String(on), tabindex: '0', 'data-count': id},
        [el('span', {}, [name]), ' ', el('span', {'aria-hidden': 'true', 'class': 'shown-state'}, [on ? 'On' : 'Off'])]);
    function toggle() {
      var now = control.getAttribute('aria-checked') !== 'true';
      control.setAttribute('aria-checked', String(now));
      control.querySelector('.shown-state').textContent = now ? 'On' : 'Off';
    }
    control.addEventListener('click', toggle);
    control.addEventListener('keydown', function (event) {
      if (event.key === ' ' || event.key === 'Enter') {
        event.preventDefault();
        toggle();
      }
    });
    return control;
  }

  function nickname(id) {
    return el('div', {}, [el('label', {'for': id}, ['Nickname']), ' ',
      el('input', {type: 'text', id: id, 'data-count': id})]);
  }

  var clone = el('div', {'aria-hidden': 'true'},
      [switchControl('clone-notifications', 'Notifications', false), nickname('clone-nickname')]);
  var parked = el('div', {style: 'position:absolute;left:-9999px;top:0'},
      [switchControl('parked-notifications', 'Notifications', false), nickname('parked-nickname')]);
  main.appendChild(clone);
  main.appendChild(parked);
  main.appendChild(el('h2', {}, ['Preferences']));
  main.appendChild(switchControl('notifications', 'Notifications', false));
  main.appendChild(switchControl('dark-mode', 'Dark mode', true));
  // Named only by a label kept out of sight: aria-labelledby names it even so.
  main.appendChild(el('span', {id: 'sounds-label', hidden: ''}, ['Sounds']));
  var sounds = switchControl('sounds', '♪', false);
  sounds.setAttribute('aria-labelledby', 'sounds-label');
  main.appendChild(sounds);
  main.appendChild(nickname('nickname'));

  ['notifications', 'dark-mode', 'sounds', 'clone-notifications', 'parked-notifications'].forEach(function (id) {
    P.state(id, function () { return document.getElementById(id).getAttribute('aria-checked'); });
  });
  ['nickname', 'clone-nickname', 'parked-nickname'].forEach(function (id) {
    P.state(id, function () { return document.getElementById(id).value; });
  });
})();
