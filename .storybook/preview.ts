import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import manifest from '../custom-elements.json';
import { i18n } from '../src/core/i18n.js';

setCustomElementsManifest(manifest);

const preview: Preview = {
  globalTypes: {
    locale: {
      description: 'Locale of the widget',
      toolbar: { title: 'Locale', icon: 'globe', items: i18n.available, dynamicTitle: true },
    },
    direction: {
      description: 'Text direction',
      toolbar: { title: 'Direction', icon: 'transfer', items: ['ltr', 'rtl'], dynamicTitle: true },
    },
  },
  initialGlobals: { locale: 'en', direction: 'ltr' },
  decorators: [
    (story, context) => {
      void i18n.setLocale(context.globals.locale as string);
      document.documentElement.dir = context.globals.direction as string;
      return story();
    },
  ],
  parameters: { layout: 'fullscreen' },
};

export default preview;
