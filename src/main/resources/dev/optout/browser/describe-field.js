// What a form control looks like (field-state.js is put before this; see there). Arguments: the element.
return describeField(arguments[0]);
