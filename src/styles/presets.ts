/**
 * Named themes. A preset is token values (full `--lb-*` names) for light and/or dark: `tokens`
 * apply in both, `light` and `dark` are the colours of each scheme, laid over the built-in light
 * or dark defaults of tokens-css.ts (so `--lb-color-on-danger` follows the surface, as there). A
 * preset with only `dark` is dark whatever the mode.
 * Every text/background pair of every preset meets WCAG AA (tests/theme/contrast.test.ts).
 */
export type TokenMap = Record<`--lb-${string}`, string>;

export interface Preset {
  /** Shown in Storybook and docs. */
  label: string;
  /** Tokens for both schemes (shape, type). */
  tokens?: TokenMap;
  /** Light colours; absent for dark-only presets. */
  light?: TokenMap;
  /** Dark colours. */
  dark?: TokenMap;
}

export const presets = {
  /** The built-in look: light, dark or auto. */
  default: { label: 'Default' },

  /** Deep navy with an indigo accent (dark only). */
  midnight: {
    label: 'Midnight',
    dark: {
      '--lb-color-primary': '#a5b4fc',
      '--lb-color-on-primary': '#0b1020',
      '--lb-color-surface': '#0b1020',
      '--lb-color-surface-alt': '#151c33',
      '--lb-color-text': '#e2e8f0',
      '--lb-color-text-muted': '#94a3b8',
      '--lb-color-border': '#27314f',
      '--lb-color-focus': '#c7d2fe',
      '--lb-color-danger': '#fca5a5',
      '--lb-color-danger-surface': '#3a1421',
      '--lb-color-warning': '#fcd34d',
      '--lb-color-warning-surface': '#332a10',
      '--lb-color-success': '#6ee7b7',
      '--lb-color-success-surface': '#0c2e27',
      '--lb-color-highlight': '#4338ca',
    },
  },

  /** Exchange style: yellow accent on near-black, tighter corners (dark only). */
  'binance-like': {
    label: 'Binance-like (yellow on dark)',
    tokens: {
      '--lb-radius': '8px',
      '--lb-radius-small': '4px',
    },
    dark: {
      '--lb-color-primary': '#fcd535',
      '--lb-color-on-primary': '#181a20',
      '--lb-color-surface': '#181a20',
      '--lb-color-surface-alt': '#1e2329',
      '--lb-color-text': '#eaecef',
      '--lb-color-text-muted': '#929aa5',
      '--lb-color-border': '#2b3139',
      '--lb-color-focus': '#fcd535',
      '--lb-color-danger': '#f6465d',
      '--lb-color-danger-surface': '#35141b',
      '--lb-color-warning': '#f0b90b',
      '--lb-color-warning-surface': '#2e2710',
      '--lb-color-success': '#0ecb81',
      '--lb-color-success-surface': '#0f2b22',
      '--lb-color-highlight': '#5c4b00',
    },
  },

  /** Maximum contrast, solid borders and a thicker focus ring; light and dark. */
  'high-contrast': {
    label: 'High contrast',
    tokens: {
      '--lb-focus-width': '3px',
      '--lb-shadow': 'none',
    },
    light: {
      '--lb-color-primary': '#0000c0',
      '--lb-color-on-primary': '#ffffff',
      '--lb-color-surface': '#ffffff',
      '--lb-color-surface-alt': '#ffffff',
      '--lb-color-text': '#000000',
      '--lb-color-text-muted': '#1f1f1f',
      '--lb-color-border': '#000000',
      '--lb-color-focus': '#000000',
      '--lb-color-danger': '#9f0000',
      '--lb-color-danger-surface': '#ffffff',
      '--lb-color-warning': '#6b3a00',
      '--lb-color-warning-surface': '#ffffff',
      '--lb-color-success': '#005a2b',
      '--lb-color-success-surface': '#ffffff',
      '--lb-color-highlight': '#ffff00',
    },
    dark: {
      '--lb-color-primary': '#ffff00',
      '--lb-color-on-primary': '#000000',
      '--lb-color-surface': '#000000',
      '--lb-color-surface-alt': '#000000',
      '--lb-color-text': '#ffffff',
      '--lb-color-text-muted': '#e6e6e6',
      '--lb-color-border': '#ffffff',
      '--lb-color-focus': '#00ffff',
      '--lb-color-danger': '#ff8080',
      '--lb-color-danger-surface': '#000000',
      '--lb-color-warning': '#ffcc00',
      '--lb-color-warning-surface': '#000000',
      '--lb-color-success': '#5cff9d',
      '--lb-color-success-surface': '#000000',
      '--lb-color-highlight': '#0000c0',
    },
  },
} satisfies Record<string, Preset>;

export type PresetName = keyof typeof presets;
