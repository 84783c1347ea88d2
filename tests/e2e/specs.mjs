// End-to-end specs: each gets a fresh browser context and page. Playwright's CSS locators pierce
// open shadow roots, which is how an integrator's own tests would reach into the widget.
import assert from 'node:assert/strict';

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

async function waitFor(predicate, { timeout = 5000, message = 'condition' } = {}) {
  const start = Date.now();
  for (;;) {
    const value = await predicate();
    if (value) return value;
    if (Date.now() - start > timeout) throw new Error(`timed out waiting for ${message}`);
    await sleep(50);
  }
}

/** Whether focus is inside the panel, following active elements through shadow roots. */
const panelHasFocus = (page) =>
  page.evaluate(() => {
    const chain = [];
    let active = document.activeElement;
    while (active) {
      chain.push(active.localName);
      active = active.shadowRoot?.activeElement;
    }
    return chain.includes('lb-panel');
  });

/** Opens `url` with dist/lifebuoy.js held back; resolves with the function that lets it load. */
async function openWithScriptHeld(page, url) {
  let release;
  const held = new Promise((resolve) => (release = resolve));
  await page.route('**/dist/lifebuoy.js', async (route) => {
    await held;
    await route.continue();
  });
  await page.goto(url, { waitUntil: 'domcontentloaded' });
  return release;
}

const launcher = (page) => page.locator('lb-widget .launcher');
const panelSurface = (page) => page.locator('lb-panel .surface');
/** Text of the panel's views, including their own shadow roots (innerText does not descend into them). */
const panelText = (page, scope = 'lb-widget') =>
  page.locator(scope).first().evaluate((widget) => {
    const parts = [];
    const walk = (node) => {
      if (node.nodeType === Node.TEXT_NODE) parts.push(node.textContent);
      if (node.nodeType === Node.ELEMENT_NODE && (node.hidden || node.localName === 'style')) return;
      if (node.shadowRoot) walk(node.shadowRoot);
      node.childNodes.forEach(walk);
    };
    walk(widget.shadowRoot.querySelector('lb-panel')?.shadowRoot.querySelector('.body') ?? document.createElement('i'));
    return parts.join(' ').replace(/\s+/g, ' ');
  });

/** Elements whose tag starts with lb-, anywhere, including inside shadow roots. */
const countLifebuoyElements = (page) =>
  page.evaluate(() => {
    let count = 0;
    const visit = (root) => {
      for (const element of root.querySelectorAll('*')) {
        if (element.localName.startsWith('lb-')) count++;
        if (element.shadowRoot) visit(element.shadowRoot);
      }
    };
    visit(document);
    return count;
  });

/** A 1×1 PNG, so an attachment preview really decodes. */
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=', 'base64');

/** Opens the new-ticket form from the tickets view and fills the "Something else" topic. */
async function startTicket(page, subject) {
  await page.evaluate(() => Lifebuoy('open', 'tickets'));
  await page.locator('lb-tickets [part~="new-button"]').click();
  await page.locator('lb-ticket-form #f-category').selectOption('other');
  await page.locator('lb-ticket-form #f-subject').fill(subject);
  await page.locator('lb-ticket-form #f-description').fill('How are the VIP fee tiers calculated for my account?');
}

/** Computed styles of the host page's own elements, to prove the widget changes none of them. */
const hostStyles = (page) =>
  page.evaluate(() => {
    const snapshot = {};
    for (const element of [document.documentElement, document.body, ...document.querySelectorAll('#style-probe, #style-probe *, #host-input, #host-button, h1')]) {
      const style = getComputedStyle(element);
      const values = {};
      // Every longhand the browser computes (font, colour, margin, box-sizing, …), not a chosen few.
      for (let i = 0; i < style.length; i++) values[style[i]] = style.getPropertyValue(style[i]);
      snapshot[`${element.localName}${element.id ? `#${element.id}` : ''}`] = values;
    }
    return snapshot;
  });

async function openPanel(page) {
  await launcher(page).click();
  await waitFor(async () => (await panelText(page).catch(() => '')).includes('how can we help'), { message: 'home view' });
}

/**
 * Event listeners that Lifebuoy's scripts (anything under /dist/) hold on window, document,
 * visualViewport and body, via the DevTools protocol. Playwright's own injected listeners are
 * left out by their script URL.
 */
async function watchListeners(page, context) {
  const session = await context.newCDPSession(page);
  const scriptUrls = new Map();
  session.on('Debugger.scriptParsed', (event) => scriptUrls.set(event.scriptId, event.url));
  await session.send('Debugger.enable');
  return async () => {
    const counts = {};
    for (const expression of ['window', 'document', 'window.visualViewport', 'document.body']) {
      const { result } = await session.send('Runtime.evaluate', { expression });
      const { listeners } = await session.send('DOMDebugger.getEventListeners', { objectId: result.objectId, depth: 0 });
      counts[expression] = listeners
        .filter((listener) => (scriptUrls.get(listener.scriptId) ?? '').includes('/dist/'))
        .map((listener) => listener.type)
        .sort()
        .join(',');
    }
    return counts;
  };
}

export const tests = [
  {
    name: 'the snippet queues calls made before the script arrives, then replays them in order',
    async run({ page, base }) {
      const release = await openWithScriptHeld(page, `${base}/tests/e2e/pages/basic.html`);
      const queued = await page.evaluate(() => window.Lifebuoy.q.length);
      assert.equal(queued, 3, 'on, on and init are queued');
      assert.equal(await page.locator('lb-widget').count(), 0, 'nothing mounted before the script');
      await page.evaluate(() => Lifebuoy('open', 'tickets'));
      release();
      await launcher(page).waitFor();
      await waitFor(() => page.evaluate(() => window.__events.includes('open:tickets')), { message: 'the queued open' });
      assert.equal(await page.evaluate(() => window.Lifebuoy.loaded), true);
    },
  },
  {
    name: 'opens and closes by click; Escape closes and focus returns to the launcher',
    async run({ page, base }) {
      await page.goto(`${base}/tests/e2e/pages/basic.html`);
      await openPanel(page);
      assert.equal(await launcher(page).getAttribute('aria-expanded'), 'true');
      assert.ok(await panelSurface(page).isVisible());
      await page.keyboard.press('Escape');
      await waitFor(async () => !(await panelSurface(page).isVisible()), { message: 'panel hidden' });
      const focused = await page.evaluate(() => document.activeElement?.localName + '>' + document.activeElement?.shadowRoot?.activeElement?.className);
      assert.equal(focused, 'lb-widget>launcher');
      await launcher(page).click();
      await panelSurface(page).waitFor();
      await page.locator('lb-panel [part="close-button"]').click();
      await waitFor(async () => !(await panelSurface(page).isVisible()), { message: 'panel hidden by the close button' });
      assert.deepEqual(await page.evaluate(() => window.__events), ['open:home', 'close:escape', 'open:home', 'close:close-button']);
    },
  },
  {
    name: 'keyboard only: Tab reaches the launcher, Enter opens and focus moves into the panel',
    async run({ page, base }) {
      await page.goto(`${base}/tests/e2e/pages/basic.html`);
      await launcher(page).waitFor();
      for (let i = 0; i < 3; i++) await page.keyboard.press('Tab');
      assert.equal(await page.evaluate(() => document.activeElement?.localName), 'lb-widget', 'the launcher is the third tab stop');
      await page.keyboard.press('Enter');
      await panelSurface(page).waitFor();
      await waitFor(() => panelHasFocus(page), { message: 'focus inside the panel' });
      await page.keyboard.press('Escape');
      assert.equal(await page.evaluate(() => document.activeElement?.localName), 'lb-widget');
    },
  },
  {
    name: 'the JS API opens views, closes, toggles and rejects unknown commands clearly',
    async run({ page, base }) {
      const errors = [];
      page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
      await page.goto(`${base}/tests/e2e/pages/basic.html`);
      await launcher(page).waitFor();
      await page.evaluate(() => Lifebuoy('open', 'channels'));
      await waitFor(async () => (await page.locator('lb-panel #title').innerText()) === 'Contact', { message: 'channels view' });
      await page.evaluate(() => Lifebuoy('close'));
      assert.equal(await panelSurface(page).isVisible(), false);
      await page.evaluate(() => Lifebuoy('toggle'));
      assert.equal(await panelSurface(page).isVisible(), true);
      const rejected = await page.evaluate(() => Lifebuoy('explode').then(() => 'resolved', (error) => error.message));
      assert.match(rejected, /Unknown Lifebuoy command "explode"/);
      assert.ok(errors.some((text) => text.includes('[Lifebuoy] Unknown Lifebuoy command')), 'also logged for snippet users');
    },
  },
  {
    name: 'mobile: the panel fills the screen and traps focus',
    context: { viewport: { width: 375, height: 667 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 },
    async run({ page, base }) {
      await page.goto(`${base}/tests/e2e/pages/basic.html`);
      await launcher(page).tap();
      await panelSurface(page).waitFor();
      await waitFor(async () => {
        const box = await panelSurface(page).boundingBox();
        return box && Math.round(box.width) === 375 && Math.round(box.height) === 667 && Math.round(box.x) === 0 && Math.round(box.y) === 0;
      }, { message: 'full-screen panel' });
      assert.equal(await panelSurface(page).getAttribute('aria-modal'), 'true');
      for (let i = 0; i < 25; i++) await page.keyboard.press('Tab');
      const inside = await panelHasFocus(page);
      assert.equal(inside, true, 'Tab never leaves the modal panel');
      const inputFontSize = await page.locator('lb-home input').evaluate((input) => getComputedStyle(input).fontSize);
      assert.equal(inputFontSize, '16px', 'inputs are 16px so iOS does not zoom');
    },
  },
  {
    name: 'a hostile host stylesheet leaves the widget intact',
    async run({ page, base }) {
      await page.goto(`${base}/tests/e2e/pages/hostile.html`);
      await page.locator('lb-widget .launcher').waitFor({ state: 'attached' });
      await waitFor(() => page.locator('lb-widget .launcher').isVisible(), { message: 'launcher visible' });
      const box = await launcher(page).boundingBox();
      assert.equal(Math.round(box.width), 56);
      assert.equal(Math.round(box.height), 56);
      await launcher(page).click();
      await panelSurface(page).waitFor();
      await waitFor(async () => (await panelText(page)).includes('how can we help'), { message: 'home view' });
      const styles = await page.locator('lb-panel #title').evaluate((title) => {
        const style = getComputedStyle(title);
        return { fontSize: style.fontSize, color: style.color, display: style.display };
      });
      assert.deepEqual(styles, { fontSize: '18px', color: 'rgb(255, 255, 255)', display: 'block' });
      const bodyFont = await page.locator('lb-home .subtitle').evaluate((p) => getComputedStyle(p).fontSize);
      assert.equal(bodyFont, '14px', 'a tiny root font size does not shrink the widget');
      const panelBox = await panelSurface(page).boundingBox();
      assert.ok(panelBox.width >= 300 && panelBox.height >= 300, `panel is full size (${panelBox.width}×${panelBox.height})`);
      const onTop = await page.evaluate(() => {
        const launcherBox = document.querySelector('lb-widget').shadowRoot.querySelector('.launcher').getBoundingClientRect();
        const hit = document.elementFromPoint(launcherBox.x + launcherBox.width / 2, launcherBox.y + launcherBox.height / 2);
        return hit?.localName;
      });
      assert.equal(onTop, 'lb-widget', 'the launcher is above the host overlay');
    },
  },
  {
    name: 'hostile layout: transformed and clipped ancestors, a max z-index overlay, patched built-ins',
    async run({ page, base }) {
      await page.goto(`${base}/tests/e2e/pages/hostile-layout.html`);
      await launcher(page).waitFor();
      const box = await launcher(page).boundingBox();
      assert.equal(Math.round(box.width), 56, 'full-size launcher');
      const viewport = page.viewportSize();
      assert.ok(box.x + box.width <= viewport.width && box.y + box.height <= viewport.height, 'launcher inside the viewport');
      const hit = await page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.localName, { x: box.x + box.width / 2, y: box.y + box.height / 2 });
      assert.equal(hit, 'lb-widget', 'the launcher is above the z-index 2147483647 banner');
      await launcher(page).click();
      await waitFor(async () => (await panelText(page)).includes('how can we help'), { message: 'home view' });
      const panelBox = await panelSurface(page).boundingBox();
      assert.ok(panelBox.width >= 300 && panelBox.y >= 0 && panelBox.y + panelBox.height <= viewport.height, 'the panel is whole and on screen');
      const center = await page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.localName, { x: panelBox.x + panelBox.width / 2, y: panelBox.y + panelBox.height - 20 });
      assert.equal(center, 'lb-widget', 'the panel is above the banner');
      // Under the page's patched JSON (Prototype.js's Array#toJSON) a ticket filed with the demo
      // backend is created, stored and listed intact.
      assert.equal(await page.evaluate(() => JSON.stringify([1])), '"[1]"', 'the page really patches arrays');
      await startTicket(page, 'Filed on a patched page');
      await page.locator('lb-ticket-form [part~="submit-button"]').click();
      await page.locator('lb-ticket-form [part~="success"]').waitFor();
      await page.locator('lb-tickets .form-wrap > [part~="back-button"]').click();
      await page.locator('lb-tickets [part~="ticket"]', { hasText: 'Filed on a patched page' }).waitFor();
      const stored = await page.evaluate(() => {
        const key = Object.keys(localStorage).find((name) => name.includes('ticketRecords'));
        const records = key ? JSON.parse(localStorage.getItem(key)) : undefined;
        const mine = Array.isArray(records) ? records.find((record) => record.detail.subject === 'Filed on a patched page') : undefined;
        return { list: Array.isArray(records), messages: Array.isArray(mine?.detail.messages) };
      });
      assert.deepEqual(stored, { list: true, messages: true }, 'the stored tickets read back as arrays');
    },
  },
  {
    name: 'works nested inside another component\'s shadow root',
    async run({ page, base }) {
      await page.goto(`${base}/tests/e2e/pages/nested.html`);
      const nestedLauncher = page.locator('app-shell lb-widget .launcher');
      await nestedLauncher.click();
      await waitFor(async () => (await page.locator('app-shell lb-home .greeting').innerText().catch(() => '')).includes('how can we help'), { message: 'home view' });
      await page.keyboard.press('Escape');
      await waitFor(async () => !(await page.locator('app-shell lb-panel .surface').isVisible()), { message: 'closed' });
      const focused = await page.evaluate(() => document.activeElement?.shadowRoot?.activeElement?.localName);
      assert.equal(focused, 'lb-widget', 'focus returned to the launcher inside the app shell');
    },
  },
  {
    name: 'writes no cookie or storage before the user interacts',
    async run({ page, base }) {
      await page.goto(`${base}/tests/e2e/pages/basic.html?open=home`);
      await panelSurface(page).waitFor();
      await sleep(500);
      const stored = await page.evaluate(async () => ({
        local: Object.keys(localStorage),
        session: Object.keys(sessionStorage),
        cookie: document.cookie,
        databases: (await indexedDB.databases()).map((db) => db.name),
      }));
      assert.deepEqual(stored, { local: [], session: [], cookie: '', databases: [] });
    },
  },
  {
    name: 'loads lazily: only the launcher code runs before interaction',
    async run({ page, base }) {
      const scripts = [];
      page.on('request', (request) => request.resourceType() === 'script' && scripts.push(new URL(request.url()).pathname));
      await page.goto(`${base}/tests/e2e/pages/basic.html`);
      await launcher(page).waitFor();
      await sleep(300);
      const before = [...scripts];
      assert.ok(!before.some((path) => /demo-|schemas-/.test(path)), `no adapter or schema code before interaction: ${before.join(', ')}`);
      assert.equal(await page.evaluate(() => customElements.get('lb-panel')), undefined);
      await launcher(page).hover();
      await waitFor(() => page.evaluate(() => Boolean(customElements.get('lb-panel'))), { message: 'panel code loaded on hover' });
    },
  },
  {
    name: 'destroy removes every element and listener it added',
    async run({ page, base, context }) {
      const listenerCounts = await watchListeners(page, context);
      await page.goto(`${base}/tests/e2e/pages/basic.html?noinit=1`);
      await waitFor(() => page.evaluate(() => window.Lifebuoy.loaded), { message: 'script loaded' });
      const baseline = await listenerCounts();
      await page.evaluate(() => Lifebuoy('init', { adapter: { type: 'demo', options: { latency: 0 } } }));
      // Opened through the API: Playwright's own click() installs window listeners of its own.
      await page.evaluate(() => Lifebuoy('open'));
      await waitFor(async () => (await panelText(page)).includes('how can we help'), { message: 'home view' });
      await page.evaluate(() => Lifebuoy('open', 'search'));
      await sleep(300);
      const during = await listenerCounts();
      assert.notDeepEqual(during, baseline, 'the open widget does listen (so the check below can fail)');
      await page.evaluate(() => Lifebuoy('destroy'));
      await sleep(100);
      assert.equal(await countLifebuoyElements(page), 0, 'no lb-* element left');
      const after = await listenerCounts();
      assert.deepEqual(after, baseline, `listeners back to the baseline: ${JSON.stringify({ baseline, after })}`);
      await page.evaluate(() => Lifebuoy('init', { adapter: 'demo' }));
      await launcher(page).waitFor();
    },
  },
  {
    name: 'loading the script twice and calling init twice gives one widget',
    async run({ page, base }) {
      await page.goto(`${base}/tests/e2e/pages/twice.html`);
      await launcher(page).waitFor();
      await sleep(500);
      assert.equal(await page.locator('lb-widget').count(), 1);
    },
  },
  {
    name: 'works under a strict Content-Security-Policy with zero violations',
    async run({ page, base }) {
      await page.goto(`${base}/tests/e2e/pages/csp.html`);
      await openPanel(page);
      await page.evaluate(() => Lifebuoy('open', 'search'));
      await sleep(500);
      await page.evaluate(() => Lifebuoy('open', 'chat'));
      await sleep(500);
      // Tickets: the new-ticket form with an attachment preview (a blob: image).
      await startTicket(page, 'Under a strict CSP');
      await page.locator('lb-ticket-form input[type=file]').setInputFiles({ name: 'screenshot.png', mimeType: 'image/png', buffer: PNG });
      await page.locator('lb-ticket-form [part~="attachment"][data-status="done"]').waitFor();
      const preview = page.locator('lb-ticket-form img[part~="attachment-preview"]');
      assert.match(await preview.getAttribute('src'), /^blob:/);
      await waitFor(() => preview.evaluate((image) => image.complete && image.naturalWidth === 1), { message: 'the preview decoded' });
      // Channels: a details popover (top layer, positioned from script).
      await page.evaluate(() => Lifebuoy('open', 'channels'));
      await page.locator('lb-channel-picker [part~="details-button"]').first().click();
      await waitFor(() => page.locator('lb-channel-picker [part~="popover"].open').count(), { message: 'the details popover' });
      // Verify: a verdict for a lookalike address.
      await page.evaluate(() => Lifebuoy('open', 'verify'));
      await page.locator('lb-verify [part~="input"]').fill('https://lifebuoy-exchange.example.support-desk.io/login');
      await page.locator('lb-verify [part~="submit-button"]').click();
      await page.locator('lb-verify [part~="verdict"]').waitFor();
      // The link interstitial (a modal dialog), from an outside link in an article's body.
      await page.evaluate(() => Lifebuoy('open', { article: 'withdrawal-pending' }));
      const body = page.locator('lb-article [part~="body"]');
      await body.waitFor();
      await body.evaluate((element) => {
        const link = document.createElement('a');
        link.href = 'https://outside.example/claim';
        link.textContent = 'outside link';
        element.append(link);
      });
      await body.locator('a', { hasText: 'outside link' }).click();
      await page.locator('lb-link-interstitial [part~="dialog"]').waitFor();
      await page.locator('lb-link-interstitial [part~="back-button"]').click();
      await sleep(300);
      assert.deepEqual(await page.evaluate(() => window.__violations), []);
    },
  },
  {
    name: 'the widget\'s CSS never leaks into the host page',
    async run({ page, base }) {
      const release = await openWithScriptHeld(page, `${base}/tests/e2e/pages/basic.html`);
      // Unstyled host elements of the kinds the widget itself renders.
      await page.evaluate(() => {
        const probe = document.createElement('section');
        probe.id = 'style-probe';
        probe.innerHTML = '<h2>Host heading</h2><div>Host text</div><p>Host <a href="#top">link</a></p><button type="button">Host</button>'
          + '<input placeholder="host"><textarea></textarea><select><option>One</option></select><ul><li>Item</li></ul><dialog></dialog>';
        document.body.append(probe);
      });
      const before = await hostStyles(page);
      const sheets = await page.evaluate(() => ({ sheets: document.styleSheets.length, adopted: document.adoptedStyleSheets.length }));
      release();
      await openPanel(page);
      for (const view of ['search', 'chat', 'tickets', 'channels', 'verify', 'home']) {
        await page.evaluate((name) => Lifebuoy('open', name), view);
        await sleep(200);
      }
      assert.ok(await panelSurface(page).isVisible(), 'the panel is open');
      const after = await hostStyles(page);
      for (const [element, values] of Object.entries(before)) {
        const changed = Object.keys(values).filter((name) => after[element][name] !== values[name]);
        assert.deepEqual(changed.map((name) => `${name}: ${values[name]} → ${after[element][name]}`), [], `${element} keeps its styles`);
      }
      assert.deepEqual(await page.evaluate(() => ({ sheets: document.styleSheets.length, adopted: document.adoptedStyleSheets.length })), sheets, 'no page-level stylesheet added');
    },
  },
];
