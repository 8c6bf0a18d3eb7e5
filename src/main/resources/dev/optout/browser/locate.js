// Finds the visible elements one pack locator describes (locators.js is put before this). Runs in the page;
// arguments: kind, value, role. Returns elements in document order. A selector the browser rejects, or any other
// error while this locator is tried, is answered as {error: …}: the tool counts it as no match for this locator,
// says why, and tries the next one.
try {
  return locate(arguments[0], arguments[1], arguments[2]);
} catch (e) {
  return {error: String(e && e.message || e)};
}
