/**
 * Which channels a user may see: a channel limited to regions shows only to users in one of them
 * (so phone lines appear only where offered), and a channel with a minimum VIP tier shows only to
 * identified users of that tier or above. A `vip` channel without `minVipTier` needs tier 1.
 */
import type { Channel, User } from '../../adapters/schemas.js';

/** The tier a channel requires (0 = everyone). */
export function requiredTier(channel: Channel): number {
  return channel.minVipTier ?? (channel.kind === 'vip' ? 1 : 0);
}

export function isOfferedTo(channel: Channel, user: User | null | undefined): boolean {
  if (channel.regions?.length && !(user?.region && channel.regions.includes(user.region))) return false;
  const tier = requiredTier(channel);
  if (tier > 0) {
    // Only an identified user can qualify: an unverified tier claim must not unlock VIP lines.
    if (!user?.uid) return false;
    if ((user.vipTier ?? 0) < tier) return false;
  }
  return true;
}

/** The channels offered to this user, in configured order. */
export function channelsFor(channels: readonly Channel[], user: User | null | undefined): Channel[] {
  return channels.filter((channel) => isOfferedTo(channel, user));
}

/** A per-locale text ("en", "zh-CN"…): exact locale, then its language, then English, then any. */
export function localizedText(texts: Record<string, string> | undefined, locale: string): string {
  if (!texts) return '';
  if (texts[locale]) return texts[locale]!;
  const language = locale.split('-')[0]!;
  const sameLanguage = Object.keys(texts).find((tag) => tag.split('-')[0] === language);
  return (sameLanguage && texts[sameLanguage]) || texts.en || Object.values(texts)[0] || '';
}
