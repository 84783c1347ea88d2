/**
 * Gives a component its adapter: its own `adapter` property first, then the one provided by an
 * enclosing `<lb-widget>` (context), then the page default. Always validated.
 */
import { ContextConsumer } from '@lit/context';
import type { ReactiveController, ReactiveElement } from 'lit';
import type { SupportAdapter } from '../adapters/contract.js';
import { validated } from '../adapters/validated.js';
import { adapterContext } from './context.js';

type Listener = () => void;
let pageDefault: SupportAdapter | undefined;
const defaultListeners = new Set<Listener>();

/** Sets the adapter that standalone elements use when nothing else provides one. */
export function setDefaultAdapter(adapter: SupportAdapter | undefined): void {
  pageDefault = adapter && validated(adapter);
  for (const listener of defaultListeners) listener();
}

export function getDefaultAdapter(): SupportAdapter | undefined {
  return pageDefault;
}

export class AdapterController implements ReactiveController {
  private readonly consumer: ContextConsumer<typeof adapterContext, ReactiveElement>;
  private ownValidated?: SupportAdapter;
  private readonly onDefault = () => this.host.requestUpdate();

  constructor(private readonly host: ReactiveElement, private readonly onChange?: (adapter: SupportAdapter | undefined) => void) {
    host.addController(this);
    this.consumer = new ContextConsumer(host, {
      context: adapterContext,
      subscribe: true,
      callback: (value) => this.onChange?.(value ?? this.value),
    });
  }

  hostConnected(): void {
    defaultListeners.add(this.onDefault);
  }

  hostDisconnected(): void {
    defaultListeners.delete(this.onDefault);
  }

  /** Sets the component's own adapter (its `adapter` property). */
  set explicit(adapter: SupportAdapter | undefined) {
    this.ownValidated = adapter && validated(adapter);
    this.onChange?.(this.value);
  }

  get value(): SupportAdapter | undefined {
    return this.ownValidated ?? this.consumer.value ?? pageDefault;
  }
}
