/**
 * Which door first, as data. Each problem type gives every channel kind a base suitability and
 * carries the advice to show; each urgency adjusts the kinds (real-time channels up for an
 * emergency, slow ones down) and says how much a channel that is closed right now loses.
 *
 *   score = weight[problem][kind] + adjust[urgency][kind] − (closed now ? closedPenalty[urgency] : 0)
 *
 * A weight of 0 means "not for this problem" (e.g. social media for a compromised account): such
 * channels sort last and are flagged. Ties keep the faster expected response, then configured order.
 */
import type { Channel, ChannelKind } from '../../adapters/schemas.js';
import type { MessageKey } from '../i18n.js';
import { availability, type Availability } from './hours.js';

export type ProblemType = 'compromised' | 'deposit_missing' | 'withdrawal_issue' | 'how_to' | 'evidence' | 'general';
export type Urgency = 'emergency' | 'urgent' | 'normal' | 'low';

export const PROBLEM_TYPES: readonly ProblemType[] = ['compromised', 'deposit_missing', 'withdrawal_issue', 'how_to', 'evidence', 'general'];
/** Most urgent first. */
export const URGENCIES: readonly Urgency[] = ['emergency', 'urgent', 'normal', 'low'];

export interface ProblemRule {
  /** Base suitability of each kind for this problem: 0 = not suitable, 100 = the best door. */
  weights: Record<ChannelKind, number>;
  /** The urgency assumed until the user picks one. */
  defaultUrgency: Urgency;
  /** Shown with the ranking: a heading and ordered steps. */
  advice: { title: MessageKey; steps: readonly MessageKey[] };
}

export interface UrgencyRule {
  /** Added to a kind's weight. */
  adjust: Partial<Record<ChannelKind, number>>;
  /** Taken off a channel that is closed now: an emergency cannot wait for office hours. */
  closedPenalty: number;
}

const steps = (problem: ProblemType, count: number): MessageKey[] =>
  Array.from({ length: count }, (_, i) => `channels.advice.${problem}.step${i + 1}`);

export const PROBLEM_RULES: Readonly<Record<ProblemType, ProblemRule>> = {
  compromised: {
    weights: { phone: 100, live_chat: 95, vip: 90, ticket: 45, help_center: 30, email: 15, social: 0, community: 0 },
    defaultUrgency: 'emergency',
    advice: { title: 'channels.advice.compromised.title', steps: steps('compromised', 5) },
  },
  deposit_missing: {
    weights: { ticket: 85, live_chat: 80, vip: 75, help_center: 60, email: 40, phone: 35, social: 5, community: 5 },
    defaultUrgency: 'normal',
    advice: { title: 'channels.advice.deposit_missing.title', steps: steps('deposit_missing', 4) },
  },
  withdrawal_issue: {
    weights: { ticket: 85, live_chat: 80, vip: 75, help_center: 55, email: 40, phone: 35, social: 5, community: 5 },
    defaultUrgency: 'normal',
    advice: { title: 'channels.advice.withdrawal_issue.title', steps: steps('withdrawal_issue', 4) },
  },
  how_to: {
    weights: { help_center: 100, live_chat: 60, community: 40, vip: 30, ticket: 20, email: 15, social: 10, phone: 10 },
    defaultUrgency: 'low',
    advice: { title: 'channels.advice.how_to.title', steps: steps('how_to', 2) },
  },
  evidence: {
    weights: { ticket: 100, email: 70, vip: 60, live_chat: 40, help_center: 20, phone: 10, social: 0, community: 0 },
    defaultUrgency: 'normal',
    advice: { title: 'channels.advice.evidence.title', steps: steps('evidence', 3) },
  },
  general: {
    weights: { live_chat: 75, help_center: 70, vip: 60, ticket: 55, email: 45, community: 30, phone: 25, social: 20 },
    defaultUrgency: 'normal',
    advice: { title: 'channels.advice.general.title', steps: steps('general', 2) },
  },
};

export const URGENCY_RULES: Readonly<Record<Urgency, UrgencyRule>> = {
  emergency: {
    adjust: { phone: 30, live_chat: 25, vip: 20, ticket: -20, help_center: -20, email: -40, social: -50, community: -50 },
    closedPenalty: 80,
  },
  urgent: {
    adjust: { live_chat: 15, phone: 15, vip: 10, email: -20, social: -20, community: -20 },
    closedPenalty: 40,
  },
  normal: { adjust: {}, closedPenalty: 15 },
  low: { adjust: { help_center: 10, email: 10, community: 10, phone: -10 }, closedPenalty: 5 },
};

export interface RankedChannel {
  channel: Channel;
  score: number;
  availability: Availability;
  /** Open right now (24/7 included). */
  open: boolean;
  /** False when the rules say this kind is not for this problem. */
  suitable: boolean;
}

export interface RankInput {
  problem: ProblemType;
  urgency: Urgency;
  now: number;
  /** Availability lookup, e.g. cached by the caller; defaults to computing it from the hours. */
  availabilityOf?: (channel: Channel) => Availability;
  rules?: { problems: Readonly<Record<ProblemType, ProblemRule>>; urgencies: Readonly<Record<Urgency, UrgencyRule>> };
}

/** Channels in recommended order for a problem and urgency at `now`. */
export function rankChannels(channels: readonly Channel[], input: RankInput): RankedChannel[] {
  const problems = input.rules?.problems ?? PROBLEM_RULES;
  const urgencies = input.rules?.urgencies ?? URGENCY_RULES;
  const rule = problems[input.problem];
  const urgency = urgencies[input.urgency];
  const ranked = channels.map((channel, index) => {
    const state = input.availabilityOf ? input.availabilityOf(channel) : availability(channel.hours, input.now);
    const open = state.state === 'always' || state.state === 'open';
    const weight = rule.weights[channel.kind] ?? 0;
    const suitable = weight > 0;
    const score = suitable ? weight + (urgency.adjust[channel.kind] ?? 0) - (open ? 0 : urgency.closedPenalty) : -Infinity;
    return { entry: { channel, score, availability: state, open, suitable }, index };
  });
  ranked.sort(
    (a, b) =>
      b.entry.score - a.entry.score ||
      (a.entry.channel.responseMinutes ?? Infinity) - (b.entry.channel.responseMinutes ?? Infinity) ||
      a.index - b.index,
  );
  return ranked.map(({ entry }) => entry);
}

/** The urgency to assume for a problem. */
export function defaultUrgency(problem: ProblemType): Urgency {
  return PROBLEM_RULES[problem].defaultUrgency;
}

export function adviceFor(problem: ProblemType): ProblemRule['advice'] {
  return PROBLEM_RULES[problem].advice;
}
