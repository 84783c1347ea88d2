import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import { html } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import manifest from '../custom-elements.json';
import { i18n } from '../src/core/i18n.js';
import { applyTheme, presets, type Preset } from '../src/styles/theme.js';

setCustomElementsManifest(manifest);

/** Toolbar entries: "as in the story", the three modes, then every preset in each mode it has. */
const themeItems = [
  { value: 'story', title: 'Theme: as in the story' },
  { value: 'light', title: 'Light' },
  { value: 'dark', title: 'Dark' },
  { value: 'auto', title: 'Auto (system preference)' },
  ...(Object.entries(presets) as [string, Preset][])
    .filter(([name]) => name !== 'default')
    .flatMap(([name, preset]) =>
      preset.light && preset.dark
        ? [
            { value: name, title: `${preset.label} (light)` },
            { value: `${name} dark`, title: `${preset.label} (dark)` },
          ]
        : [{ value: name, title: preset.label }],
    ),
];

let currentTheme = 'story';

/** Themes every top-level Lifebuoy element in the story (nested ones inherit from it). */
function themeElements(root: ParentNode): void {
  if (currentTheme === 'story') return;
  const candidates = root instanceof Element ? [root, ...Array.from(root.querySelectorAll('*'))] : Array.from(root.querySelectorAll('*'));
  for (const element of candidates) {
    if (!element.localName.startsWith('lb-')) continue;
    applyTheme(element as HTMLElement, currentTheme).catch((error: unknown) => console.warn('[storybook] theme', error));
  }
}

// Stories render (and Lifebuoy elements appear) after the decorators run: theme them as they come.
const storyRoot = document.getElementById('storybook-root');
if (storyRoot) {
  new MutationObserver((records) => {
    for (const record of records) for (const node of Array.from(record.addedNodes)) if (node instanceof Element) themeElements(node);
  }).observe(storyRoot, { childList: true, subtree: true });
}

const preview: Preview = {
  globalTypes: {
    theme: {
      description: 'Theme of the Lifebuoy elements (mode or preset)',
      toolbar: { title: 'Theme', icon: 'paintbrush', items: themeItems, dynamicTitle: true },
    },
    locale: {
      description: 'Locale of the widget',
      toolbar: { title: 'Locale', icon: 'globe', items: i18n.available, dynamicTitle: true },
    },
    direction: {
      // Lifebuoy takes its direction from its locale (an Arabic widget is RTL on any page), so
      // RTL shows the stories in Arabic, the right-to-left locale that ships, and the page RTL too.
      description: 'Text direction (RTL switches to Arabic)',
      toolbar: {
        title: 'Direction',
        icon: 'transfer',
        items: [
          { value: 'locale', title: 'Direction: from the locale' },
          { value: 'rtl', title: 'Right to left (Arabic)' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { theme: 'story', locale: 'en', direction: 'locale' },
  decorators: [
    (story, context) => {
      const rtl = context.globals.direction === 'rtl';
      const locale = rtl && i18n.resolve(context.globals.locale as string).split('-')[0] !== 'ar' ? 'ar' : (context.globals.locale as string);
      void i18n.setLocale(locale);
      document.documentElement.dir = rtl ? 'rtl' : 'ltr';
      // Stories that theme themselves (the theme playground) opt out with `parameters.themeToolbar: false`.
      currentTheme = context.parameters.themeToolbar === false ? 'story' : ((context.globals.theme as string | undefined) ?? 'story');
      if (currentTheme !== 'story' && storyRoot) queueMicrotask(() => themeElements(storyRoot));
      // A new theme re-creates the story's elements, so going back to "as in the story" restores theirs.
      return html`${keyed(currentTheme, story())}`;
    },
  ],
  parameters: { layout: 'fullscreen' },
};

export default preview;
