// Dry run: outlines an element and pins a numbered badge ("3 · fill") beside it. Never changes the form.
const [el, badgeText] = arguments;
el.scrollIntoView({block: 'center', inline: 'nearest'});
el.style.outline = '3px solid #e8590c';
el.style.outlineOffset = '2px';
const rect = el.getBoundingClientRect();
const badge = document.createElement('div');
badge.setAttribute('data-optout-badge', '');
badge.setAttribute('aria-hidden', 'true');
badge.textContent = badgeText;
Object.assign(badge.style, {
  position: 'absolute',
  top: Math.max(0, rect.top + window.scrollY - 22) + 'px',
  left: Math.max(0, rect.left + window.scrollX) + 'px',
  background: '#e8590c', color: '#fff', font: 'bold 12px/18px sans-serif',
  padding: '0 6px', borderRadius: '9px', zIndex: 2147483647, pointerEvents: 'none',
});
document.body.appendChild(badge);
