/**
 * JSON that survives host-page patches: Prototype.js (still on some exchange back-office pages)
 * defines `Array.prototype.toJSON`, which makes `JSON.stringify` double-encode every array; a few
 * old scripts put a `toJSON` on `Object.prototype` too.
 *
 * A replacer undoes any `toJSON` the page installed on those two prototypes (it gets the value
 * before `toJSON` ran as `this[key]`), so the page's globals are never touched — deleting and
 * restoring the patch instead throws when the page made it non-configurable. `toJSON` methods of
 * the value's own (Date's, a class's) still apply.
 */
export function stringifyJson(value: unknown): string {
  const hooks = [Array.prototype, Object.prototype]
    .filter((proto) => Object.prototype.hasOwnProperty.call(proto, 'toJSON'))
    .map((proto) => (proto as { toJSON?: unknown }).toJSON);
  if (!hooks.length) return JSON.stringify(value);
  return JSON.stringify(value, function (this: Record<string, unknown>, key: string, replaced: unknown) {
    const raw = this[key];
    const hook = raw !== null && typeof raw === 'object' ? (raw as { toJSON?: unknown }).toJSON : undefined;
    return hook !== undefined && hooks.includes(hook) ? raw : replaced;
  });
}
