// The login page's behaviour: the cookie dialog, and the test hook that logs in as the person would.
(function () {
  'use strict';
  var config = window.__REPLICA__;

  window.Replica.cookieDialogWhenDue(config);

  if (config.autoLoginAfterMs !== null && config.autoLoginAfterMs !== undefined) {
    setTimeout(function () {
      var form = document.querySelector('form[data-testid="royal_login_form"]');
      form.elements.email.value = config.accountEmail;
      // A throwaway; the server checks only that it is not empty and never keeps it.
      form.elements.pass.value = 'replica-password';
      form.submit();
    }, config.autoLoginAfterMs);
  }
})();
