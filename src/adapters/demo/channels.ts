/** Demo support channels. (Foundation version; see issue 6.) */
import type { ChannelsApi } from '../contract.js';
import type { DemoContext } from './context.js';

export function createDemoChannels(_context: DemoContext): ChannelsApi {
  return {
    async list() {
      return [
        { id: 'help', kind: 'help_center', label: { en: 'Help center' }, official: true },
        { id: 'chat', kind: 'live_chat', label: { en: 'Live chat' }, official: true },
        { id: 'email', kind: 'email', label: { en: 'Email' }, target: 'support@lifebuoy-exchange.example', responseMinutes: 1440, official: true },
      ];
    },
  };
}
