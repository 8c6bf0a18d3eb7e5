// A Messenger chat with Meta AI (www.messenger.com/t/<thread>/). The composer is what Messenger really has: not an
// input but a contenteditable <div role="textbox" aria-label="Message">, where Enter sends and Shift+Enter breaks
// the line. "/reset-ai" and "/reset-all-ais" make Meta AI forget the conversation and say so.
(function () {
  'use strict';
  var config = window.__REPLICA__;
  var texts = config.flowTexts;
  var R = window.Replica;
  var root = document.getElementById('mount_0_0_fl');
  var RESET_COMMANDS = ['/reset-ai', '/reset-all-ais'];
  var messages;

  function bubble(text, mine) {
    var row = R.el('div', {role: 'row'}, [
      R.el('div', {dir: 'auto'}, [text], 'display:inline-block;max-width:70%;padding:8px 12px;border-radius:18px;'
          + (mine ? 'background-color:#0084ff;color:#fff' : 'background-color:#e4e6eb;color:#050505'))
    ], 'display:flex;margin:4px 0;justify-content:' + (mine ? 'flex-end' : 'flex-start'));
    messages.appendChild(row);
  }

  function send(composer) {
    var text = composer.innerText.trim();
    if (!text) {
      return;
    }
    composer.replaceChildren();
    bubble(text, true);
    R.postJson('/messaging/send/', {thread: location.pathname.split('/')[2], text: text}).then(function () {
      bubble(RESET_COMMANDS.indexOf(text) >= 0 ? texts.reset : texts.reply, false);
    }).catch(function () {
      bubble(texts.notSent, false);
    });
  }

  function composer() {
    var box = R.el('div', {role: 'textbox', contenteditable: 'true', 'aria-label': texts.composerLabel,
      'aria-placeholder': texts.composerPlaceholder, 'aria-multiline': 'true', spellcheck: 'true',
      'data-lexical-editor': 'true'}, [], 'flex:1;min-height:20px;padding:8px 12px;border-radius:18px;'
        + 'background-color:#f0f2f5;outline:none;white-space:pre-wrap');
    box.addEventListener('keydown', function (event) {
      if (event.key === 'Enter' && !event.shiftKey) {
        event.preventDefault();
        send(box);
      }
    });
    return box;
  }

  R.renderAfterDelay(root, config, function () {
    messages = R.el('div', {role: 'grid', 'aria-label': texts.messagesLabel}, [],
        'flex:1;overflow-y:auto;padding:12px');
    root.appendChild(R.el('div', {role: 'main'}, [
      R.el('h2', {}, [texts.threadName], 'font-size:17px;margin:0;padding:12px;border-bottom:1px solid #dddfe2'),
      messages,
      R.el('div', {}, [composer()], 'display:flex;padding:8px 12px;border-top:1px solid #dddfe2')
    ], 'display:flex;flex-direction:column;height:80vh;max-width:720px;margin:16px auto;background-color:#fff;'
        + 'border-radius:8px'));
    bubble(texts.greeting, false);
    R.cookieDialogWhenDue(config);
  });
})();
