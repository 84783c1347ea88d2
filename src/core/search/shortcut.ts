/**
 * Keyboard shortcuts that focus a search box from anywhere on the page: "/" and Ctrl/⌘+K by
 * default. A shortcut is ignored while the user types in a field (host inputs, textareas,
 * contenteditable), during IME composition, and when another handler already took the key.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export interface Shortcut {
  key: string;
  /** Ctrl on Windows/Linux, ⌘ on macOS (either is accepted). */
  mod: boolean;
  ctrl: boolean;
  meta: boolean;
  alt: boolean;
  shift: boolean;
}

export const DEFAULT_SHORTCUT = '/, mod+k';

/** Parses "/, mod+k, ctrl+shift+f" into shortcuts; "" gives none. */
export function parseShortcuts(spec: string): Shortcut[] {
  return spec
    .split(',')
    .map((part) => part.trim().toLowerCase())
    .filter(Boolean)
    .map((part) => {
      // "+" itself can be the key: "ctrl++" or "+".
      const pieces = part === '+' ? ['+'] : part.endsWith('++') ? [...part.slice(0, -2).split('+'), '+'] : part.split('+');
      const key = pieces.pop()!;
      const has = (name: string) => pieces.includes(name);
      return { key, mod: has('mod'), ctrl: has('ctrl') || has('control'), meta: has('meta') || has('cmd'), alt: has('alt') || has('option'), shift: has('shift') };
    });
}

type KeyLike = Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey'>;

export function matchesShortcut(event: KeyLike, shortcut: Shortcut): boolean {
  if (event.key.toLowerCase() !== shortcut.key) return false;
  if (event.altKey !== shortcut.alt) return false;
  if (shortcut.mod) {
    if (!event.ctrlKey && !event.metaKey) return false;
  } else if (event.ctrlKey !== shortcut.ctrl || event.metaKey !== shortcut.meta) return false;
  // Punctuation needs Shift on some layouts ("/" is Shift+7 in German): only letters check it.
  const isLetter = /^\p{L}$/u.test(shortcut.key);
  return !isLetter || event.shiftKey === shortcut.shift;
}

/** True when the key press happened inside something the user types into. */
export function isTypingTarget(event: Event): boolean {
  const target = event.composedPath()[0];
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  if (target instanceof HTMLInputElement) {
    return !['button', 'checkbox', 'radio', 'range', 'color', 'file', 'image', 'reset', 'submit'].includes(target.type);
  }
  return target.getAttribute('role') === 'textbox' || target.getAttribute('role') === 'combobox';
}

export interface ShortcutOptions {
  /** The shortcut spec, read on every key press (so a property can change it). */
  shortcut(): string;
  /** Whether the shortcut is live right now. */
  enabled(): boolean;
  onTrigger(event: KeyboardEvent): void;
}

export class ShortcutController implements ReactiveController {
  private cache: { spec: string; parsed: Shortcut[] } = { spec: '', parsed: [] };

  constructor(host: ReactiveControllerHost, private readonly options: ShortcutOptions) {
    host.addController(this);
  }

  hostConnected(): void {
    document.addEventListener('keydown', this.onKeydown);
  }

  hostDisconnected(): void {
    document.removeEventListener('keydown', this.onKeydown);
  }

  private onKeydown = (event: KeyboardEvent) => {
    if (event.defaultPrevented || event.isComposing || event.repeat || !this.options.enabled()) return;
    const spec = this.options.shortcut();
    if (spec !== this.cache.spec) this.cache = { spec, parsed: parseShortcuts(spec) };
    if (!this.cache.parsed.some((shortcut) => matchesShortcut(event, shortcut))) return;
    if (isTypingTarget(event)) return;
    event.preventDefault();
    this.options.onTrigger(event);
  };
}

/** How a shortcut is printed in a hint: "/", "Ctrl K", "⌘K", "Alt S". */
export function shortcutLabel(shortcut: Shortcut, mac: boolean): string {
  const parts: string[] = [];
  if (shortcut.mod) parts.push(mac ? '⌘' : 'Ctrl');
  if (shortcut.ctrl) parts.push('Ctrl');
  if (shortcut.meta) parts.push('⌘');
  if (shortcut.alt) parts.push(mac ? '⌥' : 'Alt');
  if (shortcut.shift) parts.push(mac ? '⇧' : 'Shift');
  parts.push(shortcut.key.length === 1 ? shortcut.key.toUpperCase() : shortcut.key);
  return parts.join(mac ? '' : ' ');
}

/** The `aria-keyshortcuts` value for shortcuts ("Slash Control+K Meta+K"). */
export function ariaKeyShortcuts(shortcuts: Shortcut[]): string {
  const name = (key: string) => (key === '/' ? 'Slash' : key.length === 1 ? key.toUpperCase() : key);
  return shortcuts
    .flatMap((shortcut) => {
      const mods = [shortcut.ctrl && 'Control', shortcut.meta && 'Meta', shortcut.alt && 'Alt', shortcut.shift && 'Shift'].filter(Boolean);
      const variants = shortcut.mod ? [['Control', ...mods], ['Meta', ...mods]] : [mods];
      return variants.map((list) => [...list, name(shortcut.key)].join('+'));
    })
    .join(' ');
}
