// Patches that real pages carry (Prototype.js, MooTools, old polyfills, analytics wrappers).
// The widget must work, and store its data correctly, regardless.
(function () {
  // Prototype.js 1.6 defines Array#toJSON, which makes JSON.stringify double-encode arrays.
  Array.prototype.toJSON = function () { return '[' + Array.prototype.join.call(this, ',') + ']'; };
  // Enumerable additions break for…in loops over arrays (MooTools, Prototype.js). (An enumerable
  // Object.prototype property is left out: it breaks most libraries, bundler runtimes included.)
  Array.prototype.customHelper = function () {};
  // Wrapped built-ins.
  var originalMap = Array.prototype.map;
  Array.prototype.map = function () { return originalMap.apply(this, arguments); };
  var stringify = JSON.stringify;
  JSON.stringify = function (value, replacer, space) { return stringify.call(JSON, value, replacer, space); };
  var parse = JSON.parse;
  JSON.parse = function (text, reviver) { return parse.call(JSON, text, reviver); };
  window.__patched = true;
})();
