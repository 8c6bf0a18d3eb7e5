// A page of text and links (Privacy Center, Privacy Policy), rendered late like Meta's React pages, with generated
// class names. The content comes from the server as blocks:
//   {heading, level, id}            a heading (h1 to h3), optionally the target of an in-page anchor
//   {paragraph: [run…]}             text runs and links
//   {list: [[run…]…]}               a bulleted list, e.g. a table of contents
//   {tiles: [{link, href, about}]}  topic cards: a link with an icon, its description beside it
// A run is a string, {link, href} (an <a role="link"> as React writes it) or {anchor, href} (a plain <a>); a link
// or tile marked mayOpenInNewTab opens a new tab under the scenario's linksInNewTab.
(function () {
  'use strict';
  var config = window.__REPLICA__;
  var article = config.article;
  var R = window.Replica;
  var root = document.getElementById('mount_0_0_rp');

  var LINK_STYLE = 'color:#0064d1;text-decoration:none;cursor:pointer';

  // The links on the way to a form open a new tab when the scenario says so (meta-flows §7).
  function maybeInNewTab(anchor, part) {
    if (config.linksInNewTab && part.mayOpenInNewTab) {
      anchor.setAttribute('target', '_blank');
      anchor.setAttribute('rel', 'noopener');
    }
    return anchor;
  }

  function reactLink(part) {
    return maybeInNewTab(R.el('a', {href: part.href, role: 'link', tabindex: '0'}, [R.el('span', {}, [part.link])],
        LINK_STYLE), part);
  }

  function plainAnchor(part) {
    var anchor = document.createElement('a');
    anchor.href = part.href;
    anchor.textContent = part.anchor;
    return maybeInNewTab(anchor, part);
  }

  function runs(parts) {
    return parts.map(function (part) {
      if (typeof part === 'string') {
        return part;
      }
      return part.link !== undefined ? reactLink(part) : plainAnchor(part);
    });
  }

  // The icon is a bare svg, as on Meta's tiles: it adds no text, so the link's name is its caption alone.
  function icon() {
    var svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
    svg.setAttribute('width', '24');
    svg.setAttribute('height', '24');
    svg.setAttribute('aria-hidden', 'true');
    var circle = document.createElementNS('http://www.w3.org/2000/svg', 'circle');
    circle.setAttribute('cx', '12');
    circle.setAttribute('cy', '12');
    circle.setAttribute('r', '10');
    circle.setAttribute('fill', '#0866ff');
    svg.appendChild(circle);
    return svg;
  }

  function tile(item) {
    var link = maybeInNewTab(R.el('a', {href: item.href, role: 'link', tabindex: '0'}, [
      icon(),
      R.el('span', {}, [item.link], 'font-weight:600;margin-left:8px')
    ], 'display:flex;align-items:center;color:#1c1e21;text-decoration:none;cursor:pointer'), item);
    return R.el('div', {}, [
      link,
      R.el('span', {}, [item.about], 'display:block;color:#65676b;margin-top:6px;font-size:13px')
    ], 'background-color:#fff;border-radius:8px;padding:16px;box-shadow:0 1px 2px rgba(0,0,0,.2)');
  }

  var HEADING_STYLE = {1: 'font-size:28px;margin:0 0 16px', 2: 'font-size:22px;margin:32px 0 12px',
    3: 'font-size:17px;margin:20px 0 8px'};

  function block(spec) {
    if (spec.heading !== undefined) {
      var level = spec.level || 2;
      return R.el('h' + level, {id: spec.id}, [spec.heading], HEADING_STYLE[level]);
    }
    if (spec.paragraph !== undefined) {
      return R.el('div', {dir: 'auto'}, runs(spec.paragraph), 'margin:0 0 12px;line-height:1.5');
    }
    if (spec.list !== undefined) {
      return R.el('ul', {}, spec.list.map(function (item) {
        return R.el('li', {}, runs(item), 'margin:4px 0');
      }), 'margin:0 0 12px;padding-left:20px');
    }
    return R.el('div', {}, spec.tiles.map(tile),
        'display:grid;grid-template-columns:repeat(auto-fill,minmax(220px,1fr));gap:12px;margin:0 0 16px');
  }

  R.renderAfterDelay(root, config, function () {
    root.appendChild(R.el('div', {role: 'main'}, article.blocks.map(block),
        'max-width:760px;margin:32px auto;padding:24px;background-color:#fff;border-radius:8px'));
    // An anchor in the address (#section) can only be followed once the section exists.
    if (location.hash) {
      var target = document.getElementById(decodeURIComponent(location.hash.slice(1)));
      if (target) {
        target.scrollIntoView();
      }
    }
    R.cookieDialogWhenDue(config);
  });
})();
