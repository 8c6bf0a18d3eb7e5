// One look at the page in one round trip (locators.js and field-state.js are put before this): its address, its
// <html lang>, and for each target the first locator that matches, in the order given, with its first element and,
// when asked, that element's field state. Arguments: targets (each a list of [kind, value, role]), describe.
const [targets, describe] = arguments;
const found = targets.map(locators => {
  for (let i = 0; i < locators.length; i++) {
    const elements = locate(locators[i][0], locators[i][1], locators[i][2]);
    if (elements.length) {
      return {locator: i, element: elements[0], field: describe ? describeField(elements[0]) : null};
    }
  }
  return null;
});
return {url: location.href, lang: document.documentElement.lang || '', found: found};
