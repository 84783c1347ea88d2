/**
 * Demo service status: an active incident ("ETH withdrawals delayed" on ERC20) whose updates keep
 * arriving while you watch — one is published a few minutes after the demo starts, so following
 * it shows something — and a scheduled maintenance later today. `incidents: 'none'` in the demo
 * options reports a healthy service.
 */
import type { StatusApi } from '../contract.js';
import type { Incident } from '../schemas.js';
import type { DemoContext } from './context.js';

const MINUTE = 60_000;

export function demoIncidents(start: number): Incident[] {
  const at = (minutes: number) => new Date(start + minutes * MINUTE).toISOString();
  return [
    {
      id: 'inc-eth-withdrawals',
      kind: 'incident',
      severity: 'major',
      title: 'ETH withdrawals delayed',
      body: 'Withdrawals of ETH and ERC20 tokens on the Ethereum network are taking longer than usual because of network congestion. Your funds are safe; queued withdrawals will be processed automatically.',
      assets: ['ETH', 'USDT', 'USDC'],
      networks: ['ERC20'],
      areas: ['withdrawals'],
      startedAt: at(-95),
      updates: [
        { at: at(-95), text: 'We are investigating delays on ETH and ERC20 withdrawals.' },
        { at: at(-60), text: 'Cause identified: network congestion. Withdrawals are queued and will be sent automatically — no need to resubmit.' },
        { at: at(-20), text: 'We raised gas limits; the queue is shrinking. Current wait is about 40 minutes.' },
        { at: at(3), text: 'Most queued withdrawals have been sent. Remaining ones should complete within 20 minutes.' },
      ],
      url: 'https://status.lifebuoy-exchange.example/incidents/eth-withdrawals',
    },
    {
      id: 'mnt-btc-wallet',
      kind: 'maintenance',
      severity: 'minor',
      title: 'Scheduled BTC wallet maintenance',
      body: 'BTC deposits and withdrawals will be paused while we upgrade our wallet nodes. Trading is not affected.',
      assets: ['BTC'],
      networks: ['BTC', 'LIGHTNING'],
      areas: ['deposits', 'withdrawals'],
      startedAt: at(6 * 60),
      endsAt: at(8 * 60),
      updates: [],
      url: 'https://status.lifebuoy-exchange.example/maintenance/btc-wallet',
    },
  ];
}

export function createDemoStatus(context: DemoContext): StatusApi {
  // Times are relative to when the demo started, so the incident always looks current.
  const start = context.now();
  return {
    async incidents() {
      if (context.options.incidents === 'none') return [];
      const now = context.now();
      // Only updates published by now: following the incident shows the next one arrive.
      return demoIncidents(start).map((incident) => ({
        ...incident,
        updates: incident.updates.filter((update) => Date.parse(update.at) <= now),
      }));
    },
  };
}
