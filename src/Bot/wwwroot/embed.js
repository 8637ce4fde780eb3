// Embeds the IQ Chat Guide on another website:
//   <div id="iq-chat-guide" style="height:600px"></div>
//   <script src="https://<bot>/embed.js" async></script>
// The chat runs in a frame served by the bot, so the site needs no token, secret or CORS setup.
// Optional: data-lang="ar" on the div fixes the language (else the browser's language is used).
(function () {
  'use strict';
  var script = document.currentScript;
  var origin = new URL(script.src).origin;

  function mount() {
    var host = document.getElementById('iq-chat-guide') || document.querySelector('[data-iq-chat-guide]');
    if (!host || host.querySelector('iframe')) return;
    var lang = host.getAttribute('data-lang') || navigator.language || 'en';
    var frame = document.createElement('iframe');
    frame.src = origin + '/chat?lang=' + encodeURIComponent(lang);
    frame.title = host.getAttribute('data-title') || 'IQ Chat Guide';
    frame.style.border = '0';
    frame.style.width = '100%';
    frame.style.height = '100%';
    frame.style.minHeight = '480px';
    frame.setAttribute('referrerpolicy', 'no-referrer');
    host.appendChild(frame);
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', mount);
  else mount();
})();
