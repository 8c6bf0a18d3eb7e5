// What a form control looks like (field-state.js is put before this). Arguments: the element.
return describeField(arguments[0]);
