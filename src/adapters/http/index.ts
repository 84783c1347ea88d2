/** HTTP adapter. (Stub — issue 9 implements it.) */
import { AdapterError, type SupportAdapter } from '../contract.js';

export interface HttpAdapterOptions {
  baseUrl: string;
}

export function createHttpAdapter(options: HttpAdapterOptions): SupportAdapter {
  if (!options?.baseUrl) throw new AdapterError('invalid_request', 'The HTTP adapter needs a baseUrl.');
  throw new AdapterError('unsupported', 'The HTTP adapter is not available yet.');
}
