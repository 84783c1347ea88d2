/**
 * Custom launcher content (`slot="launcher-icon"`, docs/theming.md): the integrator's content is
 * drawn in the launcher in place of the default icon, and the launcher keeps its own accessible
 * name, whatever text the slotted content has.
 */
import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
// axe-core (a dependency of @open-wc/testing) registers itself as window.axe.
import 'axe-core/axe.min.js';
import type * as Axe from 'axe-core';
import '../../src/components/widget/define.js';
import type { LbWidget } from '../../src/components/widget/widget.js';
import { resetStorage, testAdapter } from '../helpers.js';
import { launcherOf } from '../theme/helpers.js';

const ICON = `data:image/svg+xml,${encodeURIComponent('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 28 28"><circle cx="14" cy="14" r="12" fill="#f0b90b"/></svg>')}`;

/** The launcher's accessible name as the accname algorithm computes it (axe's, over the flat tree with the slotted content). */
function accessibleName(el: LbWidget): string {
  const axe = (window as unknown as { axe: typeof Axe & { setup(root?: Node): void; teardown(): void } }).axe;
  axe.setup(document);
  try {
    return axe.commons.text.accessibleText(launcherOf(el));
  } finally {
    axe.teardown();
  }
}

/** True when `inner` is drawn inside `outer`'s box with a real size. */
function drawnInside(inner: Element, outer: Element): boolean {
  const a = inner.getBoundingClientRect();
  const b = outer.getBoundingClientRect();
  return a.width > 0 && a.height > 0 && a.left >= b.left - 0.5 && a.right <= b.right + 0.5 && a.top >= b.top - 0.5 && a.bottom <= b.bottom + 0.5;
}

describe('<lb-widget> launcher-icon slot', () => {
  beforeEach(() => resetStorage());
  afterEach(() => fixtureCleanup());

  it('draws the slotted image in the launcher instead of the default icon', async () => {
    const el = await fixture<LbWidget>(html`<lb-widget .adapter=${testAdapter()}><img slot="launcher-icon" src=${ICON} alt="" width="28" height="28" /></lb-widget>`);
    const image = el.querySelector('img')!;
    await image.decode();
    const launcher = launcherOf(el);
    const slot = launcher.querySelector<HTMLSlotElement>('slot[name="launcher-icon"]')!;
    expect(slot.assignedElements()).to.deep.equal([image]);
    expect(drawnInside(image, launcher), 'the image inside the launcher bubble').to.equal(true);
    expect(image.getBoundingClientRect().width).to.equal(28);
    // The default chat icon is the slot's fallback: not drawn once content is slotted.
    expect(launcher.querySelector('.when-closed svg')!.getBoundingClientRect().width).to.equal(0);
  });

  it('keeps the accessible name "Open support" when the slotted content has text of its own', async () => {
    const el = await fixture<LbWidget>(html`<lb-widget .adapter=${testAdapter()}><span slot="launcher-icon">Chat with us</span></lb-widget>`);
    expect(drawnInside(el.querySelector('span')!, launcherOf(el))).to.equal(true);
    expect(launcherOf(el).getAttribute('aria-label')).to.equal('Open support');
    expect(accessibleName(el)).to.equal('Open support');
  });

  it('still shows the slotted content and is named "Open support" again after opening and closing', async () => {
    const el = await fixture<LbWidget>(html`<lb-widget .adapter=${testAdapter()}><span slot="launcher-icon">Chat with us</span></lb-widget>`);
    await el.show(undefined, {}, { focus: false });
    expect(launcherOf(el).getAttribute('aria-label')).to.equal('Close support');
    await el.hide();
    expect(drawnInside(el.querySelector('span')!, launcherOf(el))).to.equal(true);
    expect(accessibleName(el)).to.equal('Open support');
  });
});
