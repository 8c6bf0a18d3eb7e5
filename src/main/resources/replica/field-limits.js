// The objection form's field limits, as the scenario asks for them: an email pre-filled with the account's address
// that nobody may change (--readonly-email), and a reason that takes at most N characters (--maxlength N). NATIVE
// markup says so with the attributes a browser enforces (readonly, maxlength). REACT markup says so as Meta's React
// pages do: the email with aria-readonly, a controlled input that puts the account's address back after every key;
// the reason without maxlength, cut by script after every key, with a counter "12/500" that describes it
// (aria-describedby). Added to window.Replica.
(function () {
  'use strict';
  var R = window.Replica;
  var config = window.__REPLICA__;

  // --readonly-email: `email` shows the account's address, and keeps it.
  function readOnlyEmail(email) {
    if (!config.readonlyEmail) {
      return;
    }
    email.value = config.accountEmail;
    if (!R.react()) {
      email.setAttribute('readonly', 'readonly');
      return;
    }
    email.setAttribute('aria-readonly', 'true');
    email.addEventListener('input', function () {
      email.value = config.accountEmail;
    });
  }

  // --maxlength N: `reason` (in `row`) takes at most N characters.
  function limitReason(row, reason) {
    var limit = config.reasonMaxLength;
    if (!limit) {
      return;
    }
    if (!R.react()) {
      reason.setAttribute('maxlength', String(limit));
      return;
    }
    var counter = R.el('div', {id: R.generatedId()}, [], 'color:#65676b;font-size:12px;margin-top:4px;'
        + 'text-align:right');
    function count() {
      counter.textContent = Array.from(reason.value).length + '/' + limit;
    }
    reason.setAttribute('aria-describedby', counter.id);
    reason.addEventListener('input', function () {
      var characters = Array.from(reason.value);
      if (characters.length > limit) {
        reason.value = characters.slice(0, limit).join('');
      }
      count();
    });
    count();
    row.appendChild(counter);
  }

  Object.assign(R, {
    readOnlyEmail: readOnlyEmail,
    limitReason: limitReason
  });
})();
