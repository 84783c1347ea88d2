/**
 * Splits markdown into blocks at blank lines (never inside a ``` fence). Rendering block by block
 * gives the same HTML as rendering the whole text with `markdownToHtml` (which also starts afresh
 * at each blank line), but a streamed answer then only re-renders its last, growing block.
 */
export function splitMarkdownBlocks(text: string): string[] {
  const blocks: string[] = [];
  let current: string[] = [];
  let fenced = false;
  for (const line of text.replace(/\r\n?/g, '\n').split('\n')) {
    if (/^```/.test(line)) fenced = !fenced;
    if (!fenced && line.trim() === '') {
      if (current.length) blocks.push(current.join('\n'));
      current = [];
    } else current.push(line);
  }
  if (current.length) blocks.push(current.join('\n'));
  return blocks;
}
