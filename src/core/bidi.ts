import { html, type TemplateResult } from 'lit';

/**
 * A message whose named params are each set in their own isolate: left to right for links,
 * addresses, numbers and handles (in Arabic "+442079460958" does not read "442079460958+", nor
 * "@account" "account@"), or `auto` for text the user typed in either direction (a search query),
 * while the label around them keeps the widget's direction. The text is unchanged: no invisible
 * control characters to copy.
 */
export function isolated(
  message: (params: Record<string, string>) => string,
  params: Record<string, string>,
  names: readonly string[],
  dir: 'ltr' | 'auto' = 'ltr',
): (string | TemplateResult)[] {
  const marked = { ...params };
  names.forEach((name, index) => {
    if (params[name]) marked[name] = `\uE000${index}\uE001`;
  });
  return message(marked)
    .split(/\uE000(\d+)\uE001/)
    .map((piece, index) => (index % 2 ? html`<bdi dir=${dir}>${params[names[Number(piece)]!]}</bdi>` : piece))
    .filter((piece) => piece !== '');
}
