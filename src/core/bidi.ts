import { html, type TemplateResult } from 'lit';

/**
 * A message whose `ltr` params (links, addresses, numbers, handles) are each set in their own
 * left-to-right isolate, so that in Arabic "+442079460958" does not read "442079460958+" and
 * "@account" not "account@", while the label around them stays right to left. The text is
 * unchanged: no invisible control characters to copy.
 */
export function isolated(message: (params: Record<string, string>) => string, params: Record<string, string>, ltr: readonly string[]): (string | TemplateResult)[] {
  const marked = { ...params };
  ltr.forEach((name, index) => {
    if (params[name]) marked[name] = `\uE000${index}\uE001`;
  });
  return message(marked)
    .split(/\uE000(\d+)\uE001/)
    .map((piece, index) => (index % 2 ? html`<bdi dir="ltr">${params[ltr[Number(piece)]!]}</bdi>` : piece))
    .filter((piece) => piece !== '');
}
