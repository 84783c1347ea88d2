/**
 * Lit contexts provided once by `<lb-widget>` and consumed by every view inside it. A standalone
 * element (e.g. `<lb-search>` in a site header) gets its adapter through its `adapter` property or
 * the page default set by `createWidget`/`Lifebuoy('init')`.
 */
import { createContext } from '@lit/context';
import type { SupportAdapter } from '../adapters/contract.js';
import type { User } from '../adapters/schemas.js';

export const adapterContext = createContext<SupportAdapter | undefined>(Symbol('lifebuoy.adapter'));
export const userContext = createContext<User | null>(Symbol('lifebuoy.user'));
