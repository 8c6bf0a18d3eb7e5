// Meta AI's web settings (www.meta.ai/settings/): "Delete all chats" opens a confirmation dialog whose "Delete"
// deletes every chat. Rendered late, with generated classes and div-buttons, the dialog appended at the end of the
// body as React portals are.
(function () {
  'use strict';
  var config = window.__REPLICA__;
  var texts = config.flowTexts;
  var R = window.Replica;
  var root = document.getElementById('mount_0_0_fl');
  var section;

  function showDeleted() {
    section.appendChild(R.el('div', {role: 'status'}, [
      R.el('span', {}, [texts.deleted], 'font-weight:600')
    ], 'margin-top:16px;padding:12px;border-radius:8px;background-color:#e7f3ff'));
  }

  function openDialog() {
    var overlay;
    var deleting = false;
    var titleId = 'mdlg_' + Math.random().toString(36).slice(2, 7);
    function close() {
      overlay.remove();
    }
    function deleteAll() {
      if (deleting) {
        return;
      }
      deleting = true;
      R.postJson('/api/meta-ai/chats/delete-all/', {scope: 'all'}).then(function () {
        close();
        showDeleted();
      }).catch(function (error) {
        deleting = false;
        dialog.appendChild(R.el('div', {role: 'alert'}, ['Something went wrong (' + error.message + ').']));
      });
    }
    var dialog = R.el('div', {role: 'dialog', 'aria-modal': 'true', 'aria-labelledby': titleId}, [
      R.el('h2', {id: titleId}, [texts.dialogTitle], 'font-size:20px;margin:0 0 12px'),
      R.el('span', {}, [texts.dialogText], 'display:block;margin-bottom:16px;color:#65676b'),
      R.el('div', {}, [R.button(texts.cancel, close), R.button(texts.delete, deleteAll)],
          'display:flex;justify-content:flex-end')
    ], 'background-color:#fff;border-radius:12px;max-width:420px;margin:20vh auto 0;padding:20px;'
        + 'box-shadow:0 12px 28px rgba(0,0,0,.2)');
    overlay = R.el('div', {}, [dialog],
        'position:fixed;top:0;left:0;right:0;bottom:0;z-index:1000;background-color:rgba(0,0,0,.4)');
    document.body.appendChild(overlay);
  }

  R.renderAfterDelay(root, config, function () {
    section = R.el('div', {}, [
      R.el('h3', {}, [texts.chatsCaption], 'font-size:17px;margin:0 0 4px'),
      R.el('span', {}, [texts.chatsText], 'display:block;color:#65676b;margin-bottom:12px'),
      R.button(texts.deleteAllChats, openDialog)
    ], 'padding:16px 0;border-top:1px solid #dddfe2');
    root.appendChild(R.el('div', {}, [
      R.el('h1', {}, [texts.heading], 'font-size:28px;margin:0 0 16px'),
      section
    ], 'max-width:640px;margin:32px auto;padding:24px;background-color:#fff;border-radius:12px'));
    if (config.cookieDialog) {
      R.showCookieDialog(config);
    }
  });
})();
