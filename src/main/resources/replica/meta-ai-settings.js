// Meta AI's web settings (www.meta.ai/settings/): "Delete all chats" opens a confirmation dialog whose "Delete"
// deletes every chat. Rendered late, with generated classes and div-buttons, the dialog appended at the end of the
// body as React portals are. In REACT markup the result goes into a status region rendered empty with the page.
(function () {
  'use strict';
  var config = window.__REPLICA__;
  var texts = config.flowTexts;
  var R = window.Replica;
  var root = document.getElementById('mount_0_0_fl');
  var section;

  function showDeleted() {
    R.announce(section, texts.deleted);
  }

  function openDialog() {
    R.confirmDialog({title: texts.dialogTitle, text: texts.dialogText, cancel: texts.cancel, action: texts.delete,
      endpoint: '/api/meta-ai/chats/delete-all/', body: {scope: 'all'}, onDone: showDeleted});
  }

  R.renderAfterDelay(root, config, function () {
    section = R.el('div', {}, [
      R.el('h3', {}, [texts.chatsCaption], 'font-size:17px;margin:0 0 4px'),
      R.el('span', {}, [texts.chatsText], 'display:block;color:#65676b;margin-bottom:12px'),
      R.button(texts.deleteAllChats, openDialog)
    ], 'padding:16px 0;border-top:1px solid #dddfe2');
    R.statusRegion(section);
    var page = R.el('div', {}, [
      R.el('h1', {}, [texts.heading], 'font-size:28px;margin:0 0 16px'),
      R.el('h2', {}, [texts.sectionHeading], 'font-size:20px;margin:0 0 8px'),
      section
    ], 'max-width:640px;margin:32px auto;padding:24px;background-color:#fff;border-radius:12px');
    root.appendChild(page);
    R.noise.page(root, page);
    R.cookieDialogWhenDue(config);
  });
})();
