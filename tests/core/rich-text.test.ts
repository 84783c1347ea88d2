import { expect } from '@open-wc/testing';
import { renderRichText, sanitizeHtml } from '../../src/core/rich-text.js';

const parse = (html: string) => {
  const template = document.createElement('template');
  template.innerHTML = html;
  return template.content;
};

describe('rich text', () => {
  it('keeps https images, lazily and without a referrer, and marks ones without a text alternative decorative', () => {
    const content = parse(sanitizeHtml('<img src="https://cdn.example/a.png"><img src="https://cdn.example/b.png" alt="The withdrawal form"><img src="http://cdn.example/c.png" alt="plain http">'));
    const [a, b, c] = [...content.querySelectorAll('img')];
    expect(a!.getAttribute('alt')).to.equal('');
    expect(a!.getAttribute('loading')).to.equal('lazy');
    expect(a!.getAttribute('referrerpolicy')).to.equal('no-referrer');
    expect(b!.getAttribute('alt')).to.equal('The withdrawal form');
    expect(c!.hasAttribute('src')).to.equal(false); // mixed content and tracking pixels over http are dropped
  });

  it('opens links in a new tab without an opener, and drops unsafe URLs', () => {
    const content = parse(renderRichText('[help](https://help.example/a) and [bad](javascript:alert(1))', 'markdown'));
    const links = [...content.querySelectorAll('a')];
    expect(links[0]!.getAttribute('href')).to.equal('https://help.example/a');
    expect(links[0]!.getAttribute('target')).to.equal('_blank');
    expect(links[0]!.getAttribute('rel')).to.contain('noopener');
    expect(links.every((link) => !/^javascript:/i.test(link.getAttribute('href') ?? ''))).to.equal(true);
  });
});
