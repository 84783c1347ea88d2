import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ref } from 'lit/directives/ref.js';
import '../src/components/widget/define.js';
import '../src/components/search/define.js';
import { createDemoAdapter } from '../src/adapters/demo/index.js';
import { applyTheme, presets, resolveTokens, schemeOf, type PresetName, type ThemeMode } from '../src/styles/theme.js';

/** The main tokens, as camelCase names of `applyTheme`; an empty value keeps the preset's. */
interface TokenArgs {
  colorPrimary: string;
  colorOnPrimary: string;
  colorSurface: string;
  colorSurfaceAlt: string;
  colorText: string;
  colorTextMuted: string;
  colorBorder: string;
  colorFocus: string;
  fontFamily: string;
  fontSize: string;
  radius: string;
  radiusSmall: string;
  space: string;
  launcherSize: string;
  panelWidth: string;
}
interface Args extends TokenArgs {
  mode: ThemeMode;
  preset: PresetName;
  open: boolean;
  /** Host page background, to judge the launcher against it. */
  page: string;
}

const TOKEN_KEYS: (keyof TokenArgs)[] = [
  'colorPrimary', 'colorOnPrimary', 'colorSurface', 'colorSurfaceAlt', 'colorText', 'colorTextMuted', 'colorBorder', 'colorFocus',
  'fontFamily', 'fontSize', 'radius', 'radiusSmall', 'space', 'launcherSize', 'panelWidth',
];
const EMPTY_TOKENS = Object.fromEntries(TOKEN_KEYS.map((key) => [key, ''])) as unknown as TokenArgs;
const colour = (description: string) => ({ control: 'color' as const, description, table: { category: 'Colours' } });
const text = (description: string, category: string) => ({ control: 'text' as const, description, table: { category } });
const adapter = createDemoAdapter({ persist: false });

/** `colorPrimary` → `--lb-color-primary` */
const cssName = (key: string) => `--lb-${key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;

/** WCAG contrast of two CSS colours, through a canvas so any colour syntax works. */
function contrast(a: string, b: string): number {
  const context = document.createElement('canvas').getContext('2d')!;
  const luminance = (value: string) => {
    context.clearRect(0, 0, 1, 1);
    context.fillStyle = '#000';
    context.fillStyle = value;
    context.fillRect(0, 0, 1, 1);
    const [r, g, bl] = Array.from(context.getImageData(0, 0, 1, 1).data).map((v) => {
      const c = v / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
  };
  const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p);
  return (x! + 0.05) / (y! + 0.05);
}

/** The contrast of the main pairs for the chosen theme, so a brand colour can be checked while picking it. */
function contrastReport(args: Args) {
  const prefersDark = matchMedia('(prefers-color-scheme: dark)').matches;
  const tokens = resolveTokens(args.preset, schemeOf(args.preset, args.mode, prefersDark));
  for (const key of TOKEN_KEYS) if (args[key]) tokens[cssName(key)] = args[key];
  const value = (name: string) => tokens[`--lb-color-${name}`]!;
  const pairs: [string, string, number][] = [
    ['text', 'surface', 4.5],
    ['text-muted', 'surface', 4.5],
    ['text-muted', 'surface-alt', 4.5],
    ['primary', 'surface', 4.5],
    ['on-primary', 'primary', 4.5],
    ['focus', 'surface', 3],
  ];
  return html`<table style="border-collapse: collapse; font: 12px/1.6 system-ui, sans-serif">
    <caption style="text-align: start; font-weight: 600">Contrast (WCAG AA)</caption>
    ${pairs.map(([fg, bg, min]) => {
      const ratio = contrast(value(fg), value(bg));
      return html`<tr>
        <td style="padding-inline-end: 8px">${fg} on ${bg}</td>
        <td style="padding-inline-end: 8px">${ratio.toFixed(2)}:1</td>
        <td>${ratio >= min ? '✓' : html`<strong>✗ needs ${min}:1</strong>`}</td>
      </tr>`;
    })}
  </table>`;
}

/** Text colour for the host page: dark on light backgrounds, light on dark ones. */
const readableOn = (background: string) => (contrast('#111111', background) >= contrast('#f5f5f5', background) ? '#111111' : '#f5f5f5');

function themeOf(args: Args) {
  const tokens = Object.fromEntries(TOKEN_KEYS.map((key) => [key, args[key] ?? '']));
  return { mode: args.mode, preset: args.preset, ...tokens };
}

const meta: Meta<Args> = {
  title: 'Theming/Playground',
  component: 'lb-widget',
  // These stories set their own theme; the toolbar's theme would fight the controls.
  parameters: { themeToolbar: false },
  args: { mode: 'light', preset: 'default', open: true, page: '#f5f5f5', ...EMPTY_TOKENS },
  argTypes: {
    mode: { control: 'inline-radio', options: ['light', 'dark', 'auto'], table: { category: 'Theme' } },
    preset: { control: 'select', options: Object.keys(presets), table: { category: 'Theme' } },
    open: { control: 'boolean', table: { category: 'Widget' } },
    page: { control: 'color', description: 'Host page background', table: { category: 'Widget' } },
    colorPrimary: colour('--lb-color-primary: brand colour (launcher, header, buttons, links)'),
    colorOnPrimary: colour('--lb-color-on-primary: text on the brand colour'),
    colorSurface: colour('--lb-color-surface: panel background'),
    colorSurfaceAlt: colour('--lb-color-surface-alt: cards, inputs'),
    colorText: colour('--lb-color-text: body text'),
    colorTextMuted: colour('--lb-color-text-muted: secondary text'),
    colorBorder: colour('--lb-color-border: dividers'),
    colorFocus: colour('--lb-color-focus: focus ring'),
    fontFamily: text('--lb-font-family', 'Typography'),
    fontSize: text('--lb-font-size, e.g. 15px', 'Typography'),
    radius: text('--lb-radius: panel corners, e.g. 4px', 'Shape'),
    radiusSmall: text('--lb-radius-small: buttons, inputs', 'Shape'),
    space: text('--lb-space: spacing unit, e.g. 6px', 'Shape'),
    launcherSize: text('--lb-launcher-size, e.g. 64px', 'Launcher and panel'),
    panelWidth: text('--lb-panel-width, e.g. 360px', 'Launcher and panel'),
  },
  render: (args) => html`<div style="min-height: 100vh; padding: 24px; background: ${args.page}; color: ${readableOn(args.page)}; font: 14px system-ui, sans-serif">
    <p style="margin: 0 0 12px">Host page. Pick a preset, a mode and brand tokens in the controls; empty controls keep the preset's value.</p>
    ${contrastReport(args)}
    <lb-widget
      ?open=${args.open}
      .adapter=${adapter}
      ${ref((el) => el && applyTheme(el as HTMLElement, themeOf(args)).catch((error: unknown) => console.warn(error)))}
    ></lb-widget>
  </div>`,
};
export default meta;
type Story = StoryObj<Args>;

/** Every control: build a theme and read the CSS to paste from the docs. */
export const Playground: Story = {};

/** The default look. */
export const Light: Story = { args: { mode: 'light' } };
/** Dark mode of the default preset. */
export const Dark: Story = { args: { mode: 'dark', page: '#0b0e11' } };
/** Follows the system's colour scheme (switch your OS or DevTools' emulation to see it change). */
export const Auto: Story = { args: { mode: 'auto' } };
/** Deep navy, indigo accent (dark only). */
export const Midnight: Story = { args: { preset: 'midnight', page: '#020617' } };
/** Yellow on near-black, as exchanges like it (dark only). */
export const BinanceLike: Story = { name: 'Binance-like', args: { preset: 'binance-like', page: '#0b0e11' } };
/** Maximum contrast, light. */
export const HighContrast: Story = { args: { preset: 'high-contrast', mode: 'light', page: '#ffffff' } };
/** Maximum contrast, dark. */
export const HighContrastDark: Story = { args: { preset: 'high-contrast', mode: 'dark', page: '#000000' } };
/** A brand colour over the default preset, through the init option's token object. */
export const BrandTokens: Story = {
  args: { colorPrimary: '#0052ff', colorFocus: '#0052ff', radius: '4px', radiusSmall: '4px' },
};

/** Theming with the integrator's own CSS only (no JavaScript): a rule on `lb-widget`. */
export const WithPageCss: Story = {
  render: () => html`<style>
      lb-widget.brand {
        --lb-color-primary: #7c3aed;
        --lb-color-focus: #7c3aed;
        --lb-radius: 20px;
      }
      lb-widget.brand::part(launcher) {
        border-radius: 18px;
      }
      lb-widget.brand::part(panel-header) {
        background: linear-gradient(90deg, #6d28d9, #7c3aed);
      }
    </style>
    <div style="min-height: 100vh; padding: 24px; background: #f5f3ff; font: 14px system-ui, sans-serif">
      <p>Styled with <code>lb-widget.brand { --lb-color-primary: … }</code> and <code>::part(panel-header)</code>.</p>
      <lb-widget class="brand" ?open=${true} .adapter=${adapter}></lb-widget>
    </div>`,
};

/** Custom launcher content through the `launcher-icon` slot. */
export const CustomLauncher: Story = {
  render: () => html`<style>
      lb-widget.custom::part(launcher) {
        border-radius: 16px;
      }
    </style>
    <div style="min-height: 100vh; padding: 24px; background: #f5f5f5; font: 14px system-ui, sans-serif">
    <lb-widget class="custom" .adapter=${adapter} style="--lb-launcher-size: 60px">
      <svg slot="launcher-icon" viewBox="0 0 24 24" width="28" height="28" aria-hidden="true" fill="currentColor">
        <path d="M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20zm0 4a3.5 3.5 0 0 1 3.5 3.5c0 2.5-3.5 2.5-3.5 5M12 17.5v.5" stroke="currentColor" stroke-width="2" fill="none" stroke-linecap="round" />
      </svg>
    </lb-widget>
  </div>`,
};

/** A standalone element takes the theme attribute and tokens on itself. */
export const StandaloneSearchDark: Story = {
  render: () => html`<div style="min-height: 100vh; padding: 24px; background: #0b0e11">
    <div style="max-width: 520px">
      <lb-search mode="standalone" theme="dark" .adapter=${adapter}></lb-search>
    </div>
  </div>`,
};
