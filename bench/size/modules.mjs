// Which modules make up each chunk of the script-tag build (rendered bytes before compression).
// Usage: node bench/size/modules.mjs [chunk-name-substring]
import { build } from 'vite';

const filter = process.argv[2] ?? 'embed';
const output = await build({ mode: 'embed', logLevel: 'silent', build: { write: false } });
const chunks = (Array.isArray(output) ? output : [output]).flatMap((o) => o.output).filter((c) => c.type === 'chunk');
for (const chunk of chunks.filter((c) => c.fileName.includes(filter))) {
  console.log(`\n${chunk.fileName} (${chunk.code.length} bytes)`);
  const modules = Object.entries(chunk.modules).map(([id, info]) => [info.renderedLength, id.replace(/.*node_modules\//, '').replace(process.cwd() + '/', '')]);
  for (const [length, id] of modules.sort((a, b) => b[0] - a[0]).slice(0, 25)) console.log(String(length).padStart(8), id);
}
