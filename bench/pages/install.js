// Installs one support widget the way its documentation says, so the benchmarks compare like with like.
(function () {
  var widget = new URLSearchParams(location.search).get('widget') || 'none';
  window.__widget = widget;
  function script(src, onload) {
    var s = document.createElement('script');
    s.async = true;
    s.src = src;
    if (onload) s.onload = onload;
    document.head.appendChild(s);
  }
  if (widget === 'lifebuoy') {
    // The documented snippet: a queue now, the script after the page's load event.
    var l = function () { (l.q = l.q || []).push(arguments); };
    window.Lifebuoy = l;
    if (document.readyState === 'complete') script('/dist/lifebuoy.js');
    else window.addEventListener('load', function () { script('/dist/lifebuoy.js'); }, { once: true });
    Lifebuoy('init', { adapter: 'demo' });
  } else if (widget === 'deep-chat') {
    // deep-chat's documented script-tag install: a module bundle, then the element.
    var m = document.createElement('script');
    m.type = 'module';
    m.src = '/node_modules/deep-chat/dist/deepChat.bundle.js';
    document.head.appendChild(m);
    document.addEventListener('DOMContentLoaded', function () {
      var chat = document.createElement('deep-chat');
      chat.setAttribute('style', 'position:fixed;right:20px;bottom:20px;width:360px;height:480px');
      chat.setAttribute('demo', 'true');
      document.body.appendChild(chat);
    });
  } else if (widget === 'docsearch') {
    script('/node_modules/@docsearch/js/dist/umd/index.js', function () {
      window.docsearch({ container: '#docsearch', appId: 'BENCHAPP', apiKey: 'bench-key', indexName: 'bench' });
    });
  }
})();
