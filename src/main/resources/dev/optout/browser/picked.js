// The element the person clicked since picker.js, or null; removes the picker. No arguments.
const picker = window.__optoutPicker;
if (!picker) return null;
const picked = picker.picked;
picker.remove();
return picked && picked.isConnected ? picked : null;
