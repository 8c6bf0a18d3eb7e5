// Dry run: outlines an element and pins a numbered badge ("3 · fill") at its top-right corner. Never changes the
// form. Badges of elements that have since left the page (a dismissed dialog) are taken down.
const [el, badgeText] = arguments;
const shown = window.__optoutBadges || (window.__optoutBadges = []);
for (const entry of shown.splice(0)) {
  if (entry.el.isConnected) shown.push(entry); else entry.badge.remove();
}
el.scrollIntoView({block: 'center', inline: 'nearest'});
el.style.outline = '3px solid #e8590c';
el.style.outlineOffset = '2px';
const badge = document.createElement('div');
badge.setAttribute('data-optout-badge', '');
badge.setAttribute('aria-hidden', 'true');
badge.textContent = badgeText;
Object.assign(badge.style, {
  position: 'absolute', background: '#e8590c', color: '#fff', font: 'bold 12px/18px sans-serif',
  padding: '0 6px', borderRadius: '9px', zIndex: 2147483647, pointerEvents: 'none', whiteSpace: 'nowrap',
});
document.body.appendChild(badge);
const rect = el.getBoundingClientRect();
badge.style.top = Math.max(0, rect.top + window.scrollY - 12) + 'px';
badge.style.left = Math.max(0, rect.right + window.scrollX - badge.offsetWidth + 4) + 'px';
shown.push({el, badge});
