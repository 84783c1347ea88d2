// The documented snippet, as an external file so it also runs under a strict CSP (no inline script).
(function (w, d, src) {
  if (w.Lifebuoy) return;
  var l = function () { (l.q = l.q || []).push(arguments); };
  w.Lifebuoy = l;
  function load() { var s = d.createElement('script'); s.async = true; s.src = src; d.head.appendChild(s); }
  // Load after the page's own load event, so the widget never delays it.
  if (d.readyState === 'complete') load(); else w.addEventListener('load', load, { once: true });
})(window, document, '/dist/lifebuoy.js');
