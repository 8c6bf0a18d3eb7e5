// Finds the visible elements one pack locator describes (locators.js is put before this). Runs in the page;
// arguments: kind, value, role. Returns elements in document order.
return locate(arguments[0], arguments[1], arguments[2]);
