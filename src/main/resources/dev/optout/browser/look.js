// One look at the page in one round trip (locators.js and field-state.js are put before this): its address, its
// <html lang>, and for each target the first locator that matches, in the order given, with its first element and,
// when asked, that element's field state. A locator the browser cannot evaluate counts as no match and is listed
// with the browser's reason, as locate.js answers it. Arguments: targets (each a list of [kind, value, role]),
// describe.
const [targets, describe] = arguments;
const broken = [];
const found = targets.map((locators, t) => {
  for (let i = 0; i < locators.length; i++) {
    let elements;
    try {
      elements = locate(locators[i][0], locators[i][1], locators[i][2]);
    } catch (e) {
      broken.push({target: t, locator: i, error: String(e && e.message || e)});
      continue;
    }
    if (elements.length) {
      const field = describe ? describeField(elements[0]) : null;
      if (field) {
        delete field.optionElements;
      }
      return {locator: i, element: elements[0], field: field};
    }
  }
  return null;
});
return {url: location.href, lang: document.documentElement.lang || '', found: found, broken: broken};
