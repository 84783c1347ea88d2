/**
 * The script-tag entry. The snippet defines a stub `window.Lifebuoy` that queues calls
 * (`Lifebuoy('init', {...})`) until this loads; here we replay the queue and replace the stub with
 * the real command function. Only the launcher runs now; the panel loads on intent.
 *
 * Commands: init, open, close, toggle, on, off, identify, setLocale, setTheme, destroy.
 * Each returns a promise (the stub's queued calls resolve nothing).
 */
import { createWidget, LifebuoyConfigError, type WidgetHandle, type WidgetOptions } from './api.js';

type Command = 'init' | 'open' | 'close' | 'toggle' | 'on' | 'off' | 'identify' | 'setLocale' | 'setTheme' | 'destroy';

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
  const pendingListeners: [string, (detail: unknown) => void][] = [];

  const run = async (command: Command, args: unknown[]): Promise<unknown> => {
    if (command === 'init') {
      if (widget) return widget; // a second init is harmless
      widget = createWidget((args[0] ?? {}) as WidgetOptions);
      for (const [name, handler] of pendingListeners.splice(0)) widget.on(name as never, handler as never);
      return undefined;
    }
    if (command === 'on' && !widget) {
      pendingListeners.push([args[0] as string, args[1] as (detail: unknown) => void]);
      return undefined;
    }
    if (command === 'destroy') {
      widget?.destroy();
      widget = undefined;
      pendingListeners.length = 0;
      return undefined;
    }
    if (!widget) throw new LifebuoyConfigError(`Lifebuoy('${command}') was called before Lifebuoy('init').`);
    const method = (widget as unknown as Record<string, unknown>)[command];
    if (typeof method !== 'function' || command === ('element' as string)) {
      throw new LifebuoyConfigError(`Unknown Lifebuoy command "${String(command)}".`);
    }
    return (method as (...a: unknown[]) => unknown).apply(widget, args);
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
