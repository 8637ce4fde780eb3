// Starts Web Chat on the page served by the bot. The page gives its language in <html lang> and
// its direction in <html dir>; the chat element carries the texts the script needs.
(function () {
  'use strict';

  var nonce = document.currentScript && document.currentScript.nonce;
  var root = document.getElementById('webchat');
  var status = document.getElementById('chat-status');
  var lang = document.documentElement.lang || 'en';
  var dir = document.documentElement.dir === 'rtl' ? 'rtl' : 'ltr';

  // The question being asked (channelData.slot of the bot's last question) decides the keyboard.
  var slot = null;
  var contactChannel = null;

  function sendBox() {
    return root.querySelector('[data-id="webchat-sendbox-input"]') ||
      root.querySelector('.webchat__send-box-text-box__input');
  }

  function keyboardFor(currentSlot) {
    switch (currentSlot) {
      case 'residence.postalCode':
        return { inputmode: 'numeric', autocomplete: 'postal-code' };
      case 'qualification.year':
        return { inputmode: 'numeric', autocomplete: 'off' };
      case 'contact.details':
        return /phone|tel|sms|whats|call/i.test(contactChannel || '')
          ? { inputmode: 'tel', autocomplete: 'tel' }
          : { inputmode: 'email', autocomplete: 'email' };
      default:
        return { inputmode: 'text', autocomplete: 'off' };
    }
  }

  function applyKeyboard() {
    var input = sendBox();
    if (!input) return;
    var keyboard = keyboardFor(slot);
    if (input.getAttribute('inputmode') !== keyboard.inputmode) input.setAttribute('inputmode', keyboard.inputmode);
    if (input.getAttribute('autocomplete') !== keyboard.autocomplete) input.setAttribute('autocomplete', keyboard.autocomplete);
    if (input.getAttribute('lang') !== lang) input.setAttribute('lang', lang);
    input.setAttribute('spellcheck', slot === 'contact.details' || slot === 'residence.postalCode' ? 'false' : 'true');
  }

  function onIncoming(activity) {
    if (!activity || !activity.from || activity.from.role === 'user') return;
    var data = activity.channelData || {};
    if (typeof data.slot === 'string') slot = data.slot;
    if (data.caseReference) slot = null;
    if (slot) root.setAttribute('data-slot', slot); else root.removeAttribute('data-slot');
    applyKeyboard();
  }

  function onOutgoing(activity) {
    if (slot === 'contact.channel' && activity) {
      contactChannel = String(activity.value || activity.text || '');
    }
  }

  function fail() {
    status.textContent = root.getAttribute('data-unavailable');
    status.hidden = false;
  }

  fetch('/api/directline/token', {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ locale: lang })
  })
    .then(function (response) {
      if (!response.ok) throw new Error('token ' + response.status);
      return response.json();
    })
    .then(function (grant) {
      var directLine = window.WebChat.createDirectLine({
        token: grant.token,
        domain: window.location.origin + '/v3/directline',
        webSocket: false,
        pollingInterval: 1000
      });
      var store = window.WebChat.createStore({}, function () {
        return function (next) {
          return function (action) {
            if (action.type === 'DIRECT_LINE/INCOMING_ACTIVITY') onIncoming(action.payload.activity);
            if (action.type === 'DIRECT_LINE/POST_ACTIVITY') onOutgoing(action.payload.activity);
            return next(action);
          };
        };
      });
      window.WebChat.renderWebChat({
        directLine: directLine,
        store: store,
        userID: grant.userId,
        locale: lang,
        dir: dir,
        nonce: nonce,
        styleOptions: {
          hideUploadButton: true,
          suggestedActionLayout: 'flow',
          bubbleMaxWidth: 600,
          rootHeight: '100%',
          rootWidth: '100%'
        }
      }, root);
      status.hidden = true;
      // Web Chat re-renders the send box; keep the keyboard hint on it.
      new MutationObserver(applyKeyboard).observe(root, { childList: true, subtree: true });
    })
    .catch(fail);
})();
