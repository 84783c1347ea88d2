/**
 * The script-tag entry. The snippet defines a stub `window.Lifebuoy` that queues calls
 * (`Lifebuoy('init', {...})`) until this loads; here we replay the queue and replace the stub with
 * the real command function. Only the launcher runs now; the panel loads on intent.
 *
 * Commands: init, open, close, toggle, on, off, identify, setLocale, setTheme, destroy.
 * Each returns a promise (the stub's queued calls resolve nothing).
 */
import { createWidget, EVENT_NAMES, LifebuoyConfigError, type WidgetEventName, type WidgetHandle, type WidgetOptions } from './api.js';

const COMMANDS = ['init', 'open', 'close', 'toggle', 'on', 'off', 'identify', 'setLocale', 'setTheme', 'destroy'] as const;
type Command = (typeof COMMANDS)[number];

export interface LifebuoyGlobal {
  (command: Command, ...args: unknown[]): Promise<unknown>;
  /** Calls queued by the snippet before the script arrived. */
  q?: IArguments[] | unknown[][];
  /** Set once the real script has taken over. */
  loaded?: boolean;
  /** The version of the loaded script. */
  version?: string;
}

declare global {
  interface Window {
    Lifebuoy?: LifebuoyGlobal;
  }
}

const VERSION = '0.1.0';

function install(): void {
  const existing = window.Lifebuoy;
  // Loaded twice (two snippets, or the script included again): keep the first, replay nothing twice.
  if (existing?.loaded) return;

  let widget: WidgetHandle | undefined;
  // Listeners registered before init are attached when the widget exists.
  const pendingListeners: [WidgetEventName, (detail: unknown) => void][] = [];

  const run = async (command: Command, args: unknown[]): Promise<unknown> => {
    // Only our own commands: never a method the handle inherits (toString, constructor…).
    if (!COMMANDS.includes(command)) throw new LifebuoyConfigError(`Unknown Lifebuoy command "${String(command)}". Known commands: ${COMMANDS.join(', ')}.`);
    if (command === 'init') {
      if (widget) return undefined; // a second init is ignored
      widget = createWidget((args[0] ?? {}) as WidgetOptions);
      // Each was checked when queued, so one cannot fail the others (or init).
      for (const [name, handler] of pendingListeners.splice(0)) widget.on(name as never, handler as never);
      return undefined;
    }
    if ((command === 'on' || command === 'off') && !widget) {
      const [name, handler] = args as [WidgetEventName, (detail: unknown) => void];
      if (!Object.hasOwn(EVENT_NAMES, name)) throw new LifebuoyConfigError(`Unknown event "${String(name)}". Known events: ${Object.keys(EVENT_NAMES).join(', ')}.`);
      if (typeof handler !== 'function') throw new LifebuoyConfigError(`Lifebuoy('${command}', '${name}', handler) needs a function.`);
      const index = pendingListeners.findIndex(([n, h]) => n === name && h === handler);
      if (command === 'on' && index === -1) pendingListeners.push([name, handler]);
      if (command === 'off' && index !== -1) pendingListeners.splice(index, 1);
      return undefined;
    }
    if (command === 'destroy') {
      widget?.destroy();
      widget = undefined;
      pendingListeners.length = 0;
      return undefined;
    }
    if (!widget) throw new LifebuoyConfigError(`Lifebuoy('${command}') was called before Lifebuoy('init').`);
    const method = widget[command] as (...a: unknown[]) => unknown;
    return method.apply(widget, args);
  };

  const lifebuoy: LifebuoyGlobal = (command, ...args) => {
    let result: Promise<unknown>;
    try {
      result = Promise.resolve(run(command, args));
    } catch (error) {
      result = Promise.reject(error);
    }
    // Errors also reach the console: snippet users rarely await the calls.
    result.catch((error: Error) => console.error(`[Lifebuoy] ${error.message}`));
    return result;
  };
  lifebuoy.loaded = true;
  lifebuoy.version = VERSION;

  const queued: unknown[][] = existing?.q ? Array.from(existing.q as ArrayLike<ArrayLike<unknown>>, (call) => Array.from(call)) : [];
  window.Lifebuoy = lifebuoy;
  for (const [command, ...args] of queued) void lifebuoy(command as Command, ...args);
}

install();
