/**
 * JSON that survives host-page patches: Prototype.js (still on some exchange back-office pages)
 * defines `Array.prototype.toJSON`, which makes `JSON.stringify` double-encode every array.
 */
export function stringifyJson(value: unknown): string {
  const arrayProto = Array.prototype as { toJSON?: unknown };
  const patched = Object.prototype.hasOwnProperty.call(arrayProto, 'toJSON');
  const saved = arrayProto.toJSON;
  if (patched) delete arrayProto.toJSON;
  try {
    return JSON.stringify(value);
  } finally {
    if (patched) arrayProto.toJSON = saved;
  }
}
