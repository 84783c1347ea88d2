// Bytes per module across every chunk of the script-tag build, biggest first (rendered, before
// minification and compression) — to see what to cut when a budget is exceeded.
import { build } from 'vite';

const output = await build({ mode: 'embed', logLevel: 'silent', build: { write: false } });
const chunks = (Array.isArray(output) ? output : [output]).flatMap((o) => o.output).filter((c) => c.type === 'chunk');
const rows = [];
for (const chunk of chunks) {
  for (const [id, info] of Object.entries(chunk.modules)) {
    rows.push([info.renderedLength, chunk.fileName.replace(/-[\w-]{8}\.js$/, ''), id.replace(/.*node_modules\//, '').replace(process.cwd() + '/', '')]);
  }
}
const byPackage = new Map();
for (const [length, , id] of rows) {
  const key = id.startsWith('src/') ? id.split('/').slice(0, 3).join('/') : id.split('/').slice(0, id.startsWith('@') ? 2 : 1).join('/');
  byPackage.set(key, (byPackage.get(key) ?? 0) + length);
}
for (const [key, length] of [...byPackage].sort((a, b) => b[1] - a[1]).slice(0, Number(process.argv[2] ?? 40))) console.log(String(length).padStart(8), key);
