/**
 * `dist/lifebuoy.js`: the classic script integrators paste. It is tiny on purpose: it imports the
 * real entry (`lifebuoy/embed.js`, an ES module with its lazily loaded chunks) from next to itself,
 * so the script works from any CDN path and chunks are cached separately.
 */
(() => {
  const script = document.currentScript as HTMLScriptElement | null;
  const base = script?.src ? new URL('lifebuoy/', script.src) : new URL('lifebuoy/', document.baseURI);
  import(/* @vite-ignore */ new URL('embed.js', base).href).catch((error: Error) => {
    console.error(`[Lifebuoy] The support widget could not load: ${error.message}`);
  });
})();
