/**
 * Is this really us? Checks a URL, email address, phone number or social handle that a user was
 * given against the exchange's official channels (from the adapter's `verification` domain) and
 * returns a verdict: official, not official, or a lookalike of an official channel.
 *
 * Lookalikes caught:
 * - homoglyphs: Unicode hosts and punycode (`xn--…`) labels are decoded and every label is reduced
 *   to a confusable skeleton (Cyrillic о → o, 0 → o, rn → m …) before comparing;
 * - typosquats: edit distance on the registrable label (`lifebuoy-exchnage.example`);
 * - a different ending for the same name (`lifebuoy-exchange.com`);
 * - the brand inside a foreign domain (`lifebuoy-exchange.example.io`, `lifebuoy-support.help`,
 *   `okx.com.example.io`) or in the user part of a link (`https://lifebuoy.example@evil.io`);
 * - emails are judged by their domain (and the brand in a free-mail address), phones after
 *   normalising to E.164, handles per platform (X, Telegram, Discord …).
 * No DOM; pure functions.
 */
import type { Channel, OfficialChannels } from '../adapters/schemas.js';
import { isEmailAddress } from './channels/email.js';
import { skeleton } from './safety/confusables.js';
import { damerauLevenshtein } from './safety/edit-distance.js';
import { asciiHost, isOfficialHost } from './safety/hosts.js';
import { hostToUnicode } from './safety/punycode.js';

export { asciiHost, isOfficialHost };

export type CheckedKind = 'url' | 'email' | 'phone' | 'handle';
export type Verdict = 'official' | 'not_official' | 'lookalike' | 'invalid';
export type VerdictReason =
  // official
  | 'exact'
  | 'subdomain'
  | 'official-domain'
  // lookalike
  | 'homoglyph'
  | 'typosquat'
  | 'tld'
  | 'brand'
  | 'userinfo'
  | 'platform'
  | 'similar'
  // not official
  | 'unlisted'
  | 'free-mail'
  | 'ip-address'
  // invalid
  | 'empty'
  | 'unrecognized'
  | 'unsafe-scheme';

export interface OfficialCheck {
  kind: CheckedKind | null;
  verdict: Verdict;
  reason: VerdictReason;
  /** What was checked, as a person should read it: a host in Unicode, an email, an E.164 number, a handle. */
  display: string;
  /** The ASCII (punycode) form of the host when it differs from the Unicode one shown in `display`. */
  ascii?: string;
  /** The official channel that matched, or the one being imitated. */
  matched?: string;
  /** handle: the platform it was checked on (from its link); undefined for a bare `@handle`. */
  platform?: string;
  /** A bare handle that is official: the platforms where it is. */
  officialOn?: string[];
  /** An official site reached over plain http. */
  insecure?: boolean;
  /** Homoglyphs: the characters that are not what they seem, with their ISO 15924 script ("Cyrl"). */
  lookalikeCharacters?: { character: string; script: string }[];
}

const SCRIPTS: [string, RegExp][] = [
  ['Cyrl', /\p{Script=Cyrillic}/u],
  ['Grek', /\p{Script=Greek}/u],
  ['Armn', /\p{Script=Armenian}/u],
  ['Cher', /\p{Script=Cherokee}/u],
  ['Latn', /\p{Script=Latin}/u],
];

/** The non-ASCII characters of `text`, once each, with their script. */
export function lookalikeCharacters(text: string): { character: string; script: string }[] {
  const found = new Map<string, string>();
  for (const character of text) {
    if (character.charCodeAt(0) < 0x80 || found.has(character)) continue;
    found.set(character, SCRIPTS.find(([, pattern]) => pattern.test(character))?.[0] ?? 'Zyyy');
  }
  return [...found].map(([character, script]) => ({ character, script }));
}

// ---------------------------------------------------------------- domains

/**
 * Two-level public suffixes (and hosting platforms where anyone gets a subdomain), so that
 * `lifebuoy.co.uk` and `lifebuoy.github.io` give the registrable label `lifebuoy`. A compact
 * stand-in for the Public Suffix List, covering the endings phishing kits favour.
 */
const TWO_LEVEL_SUFFIXES = new Set(
  (
    'co.uk org.uk me.uk ac.uk gov.uk com.au net.au org.au co.nz co.jp ne.jp or.jp co.kr or.kr com.cn net.cn org.cn ' +
    'com.hk com.tw com.sg com.my com.ph com.vn co.id co.in co.th co.za com.br com.ar com.mx com.co com.pe com.tr ' +
    'com.ng com.ua com.pk com.eg com.sa co.il ' +
    'github.io gitlab.io vercel.app netlify.app pages.dev workers.dev web.app firebaseapp.com herokuapp.com ' +
    'appspot.com blogspot.com azurewebsites.net cloudfront.net glitch.me gitbook.io wixsite.com weebly.com ' +
    'webflow.io framer.website ngrok.io ngrok-free.app onrender.com fly.dev replit.app translate.goog'
  ).split(' '),
);

/** The registrable label and public suffix of a host: `a.b.lifebuoy.co.uk` → `lifebuoy` + `co.uk`. */
export function registrable(host: string): { label: string; suffix: string; subdomains: string[] } {
  const labels = host.split('.').filter(Boolean);
  if (labels.length < 2) return { label: labels[0] ?? '', suffix: '', subdomains: [] };
  const suffixLength = labels.length >= 3 && TWO_LEVEL_SUFFIXES.has(labels.slice(-2).join('.')) ? 2 : 1;
  return {
    label: labels[labels.length - suffixLength - 1]!,
    suffix: labels.slice(-suffixLength).join('.'),
    subdomains: labels.slice(0, labels.length - suffixLength - 1),
  };
}

/** Typosquat tolerance: one edit for short names, two from nine characters on. */
const tolerance = (name: string) => (name.length >= 9 ? 2 : 1);

function brandWords(channels: OfficialChannels): string[] {
  const words = [
    ...channels.brands,
    ...channels.domains.map((domain) => registrable(hostToUnicode(asciiHost(domain))).label),
  ].map(skeleton);
  return [...new Set(words)].filter((word) => word.length >= 3);
}

/** Whether one label (or handle, or email user part) carries a brand word. */
function carriesBrand(text: string, brands: readonly string[]): string | undefined {
  const whole = skeleton(text);
  const tokens = text.split(/[-_.+]/).map(skeleton).filter(Boolean);
  return brands.find((brand) => {
    if (tokens.includes(brand) || whole === brand) return true;
    if (brand.length >= 4 ? whole.includes(brand) : whole.startsWith(brand) || whole.endsWith(brand)) return true;
    return brand.length >= 5 && tokens.some((token) => token.length >= 4 && damerauLevenshtein(token, brand, 1) <= 1);
  });
}

interface HostVerdict {
  verdict: Verdict;
  reason: VerdictReason;
  matched?: string;
}

function checkHost(host: string, channels: OfficialChannels): HostVerdict {
  const officials = channels.domains.map(asciiHost).filter(Boolean);
  for (const official of officials) {
    if (host === official) return { verdict: 'official', reason: 'exact', matched: official };
    if (host.endsWith(`.${official}`)) return { verdict: 'official', reason: 'subdomain', matched: official };
  }
  const unicode = hostToUnicode(host);
  const nonAscii = /[^\x00-\x7f]/.test(unicode);
  const labels = unicode.split('.');
  const hostSkeleton = labels.map(skeleton).join('.');
  const mine = registrable(unicode);
  for (const official of officials) {
    const officialUnicode = hostToUnicode(official);
    const theirs = registrable(officialUnicode);
    const officialSkeleton = officialUnicode.split('.').map(skeleton).join('.');
    const matched = officialUnicode;
    if (hostSkeleton === officialSkeleton || hostSkeleton.endsWith(`.${officialSkeleton}`)) {
      return { verdict: 'lookalike', reason: nonAscii ? 'homoglyph' : 'typosquat', matched };
    }
    const label = skeleton(mine.label);
    const officialLabel = skeleton(theirs.label);
    if (label === officialLabel) return { verdict: 'lookalike', reason: nonAscii ? 'homoglyph' : 'tld', matched };
    if (damerauLevenshtein(label, officialLabel, 2) <= tolerance(officialLabel)) {
      return { verdict: 'lookalike', reason: nonAscii ? 'homoglyph' : 'typosquat', matched };
    }
  }
  const brands = brandWords(channels);
  for (const label of [...mine.subdomains, mine.label]) {
    const brand = carriesBrand(label, brands);
    if (brand) return { verdict: 'lookalike', reason: 'brand', matched: officials[0] ? hostToUnicode(officials[0]) : brand };
  }
  return { verdict: 'not_official', reason: 'unlisted' };
}

// ---------------------------------------------------------------- social platforms

interface Platform {
  id: string;
  label: string;
  aliases: string[];
  hosts: string[];
  /** Extracts the handle from a link's path. */
  path: RegExp;
}

const PLATFORMS: readonly Platform[] = [
  { id: 'x', label: 'X (Twitter)', aliases: ['x', 'twitter'], hosts: ['x.com', 'twitter.com'], path: /^\/@?([A-Za-z0-9_]{1,30})/ },
  { id: 'telegram', label: 'Telegram', aliases: ['telegram', 'tg'], hosts: ['t.me', 'telegram.me', 'telegram.dog'], path: /^\/(?:s\/)?@?([A-Za-z0-9_+]{2,40})/ },
  { id: 'discord', label: 'Discord', aliases: ['discord'], hosts: ['discord.gg', 'discord.com', 'discordapp.com'], path: /^\/(?:invite\/)?([A-Za-z0-9-]{2,40})/ },
  { id: 'instagram', label: 'Instagram', aliases: ['instagram', 'ig'], hosts: ['instagram.com'], path: /^\/([A-Za-z0-9_.]{1,30})/ },
  { id: 'youtube', label: 'YouTube', aliases: ['youtube', 'yt'], hosts: ['youtube.com', 'youtu.be'], path: /^\/(?:@|c\/|user\/|channel\/)?([A-Za-z0-9_.-]{1,100})/ },
  { id: 'facebook', label: 'Facebook', aliases: ['facebook', 'fb'], hosts: ['facebook.com', 'fb.com'], path: /^\/([A-Za-z0-9_.-]{1,60})/ },
  { id: 'tiktok', label: 'TikTok', aliases: ['tiktok'], hosts: ['tiktok.com'], path: /^\/@([A-Za-z0-9_.]{1,30})/ },
  { id: 'reddit', label: 'Reddit', aliases: ['reddit'], hosts: ['reddit.com'], path: /^\/(?:r|u|user)\/([A-Za-z0-9_-]{2,30})/ },
  { id: 'linkedin', label: 'LinkedIn', aliases: ['linkedin'], hosts: ['linkedin.com'], path: /^\/(?:company|in)\/([A-Za-z0-9_-]{2,100})/ },
  { id: 'whatsapp', label: 'WhatsApp', aliases: ['whatsapp'], hosts: ['wa.me'], path: /^\/\+?(\d{6,15})/ },
  // IDs searched for inside the app: no links to read a handle from.
  { id: 'wechat', label: 'WeChat', aliases: ['wechat', 'weixin'], hosts: [], path: /(?!)/ },
];

/** The platform id for an official list's `platform` name ("Twitter" → "x"). */
export function platformId(name: string): string {
  const lower = name.trim().toLowerCase();
  return PLATFORMS.find((platform) => platform.aliases.includes(lower) || platform.id === lower)?.id ?? lower;
}

/** A human label for a platform id ("x" → "X (Twitter)"); unknown ids are returned as given. */
export function platformLabel(id: string): string {
  return PLATFORMS.find((platform) => platform.id === id)?.label ?? id;
}

function platformForHost(host: string): Platform | undefined {
  const bare = host.replace(/^(?:www|m|mobile)\./, '');
  return PLATFORMS.find((platform) => platform.hosts.includes(bare));
}

const cleanHandle = (handle: string) => handle.trim().replace(/^@/, '');

function checkHandle(input: string, platform: string | undefined, channels: OfficialChannels): OfficialCheck {
  // Compared in lower case (platforms ignore case) but shown and skeletonised as typed, so that a
  // capital I passing for an l ("@IifebuoyEx") is caught and visible.
  const typed = cleanHandle(input);
  const handle = typed.toLowerCase();
  const display = platform ? `${platformLabel(platform)}: @${typed}` : `@${typed}`;
  const officials = channels.handles.map((entry) => ({ platform: platformId(entry.platform), typed: cleanHandle(entry.handle), handle: cleanHandle(entry.handle).toLowerCase() }));
  const onPlatform = platform ? officials.filter((entry) => entry.platform === platform) : officials;
  const exact = onPlatform.filter((entry) => entry.handle === handle);
  if (exact.length) {
    return {
      kind: 'handle', verdict: 'official', reason: 'exact', display, platform,
      matched: `@${exact[0]!.typed}`,
      officialOn: platform ? undefined : [...new Set(exact.map((entry) => entry.platform))],
    };
  }
  // Our name, but on a platform where we do not use it: someone else registered it.
  const elsewhere = officials.find((entry) => entry.handle === handle);
  if (elsewhere) return { kind: 'handle', verdict: 'lookalike', reason: 'platform', display, platform, matched: `@${elsewhere.typed}`, officialOn: [elsewhere.platform] };
  const handleSkeleton = skeleton(typed);
  for (const entry of onPlatform.length ? onPlatform : officials) {
    const officialSkeleton = skeleton(entry.typed);
    if (handleSkeleton === officialSkeleton) {
      const characters = lookalikeCharacters(typed);
      return { kind: 'handle', verdict: 'lookalike', reason: 'homoglyph', display, platform, matched: `@${entry.typed}`, lookalikeCharacters: characters.length ? characters : undefined };
    }
    if (damerauLevenshtein(handleSkeleton, officialSkeleton, 2) <= tolerance(officialSkeleton)) {
      return { kind: 'handle', verdict: 'lookalike', reason: 'similar', display, platform, matched: `@${entry.typed}` };
    }
  }
  const brand = carriesBrand(typed, brandWords(channels));
  if (brand) {
    const sample = onPlatform[0] ?? officials[0];
    return { kind: 'handle', verdict: 'lookalike', reason: 'brand', display, platform, matched: sample ? `@${sample.typed}` : brand };
  }
  return { kind: 'handle', verdict: 'not_official', reason: 'unlisted', display, platform };
}

/**
 * The official list plus the channels the widget itself offers as official (`channels.list`), so
 * that "Is this really us?" never calls a link or number the channel picker marks Official a fake.
 * Emails, phone numbers and accounts on a known platform are added; a link to any other site is not
 * (a forum page on a shared host must not make the whole host official).
 */
export function withListedChannels(official: OfficialChannels, channels: readonly Channel[]): OfficialChannels {
  const merged: OfficialChannels = {
    ...official,
    emails: [...official.emails],
    phones: [...official.phones],
    handles: [...official.handles],
  };
  for (const channel of channels) {
    const target = channel.target?.trim();
    if (!channel.official || !target) continue;
    if (isEmailAddress(target)) {
      merged.emails.push(target);
      continue;
    }
    const phone = channel.kind === 'phone' || /^\+?[\d\s().-]{6,24}$/.test(target) ? normalizePhone(target)?.e164 : undefined;
    if (phone) {
      merged.phones.push(phone);
      continue;
    }
    if (/^https?:\/\//i.test(target)) {
      let url: URL;
      try {
        url = new URL(target);
      } catch {
        continue;
      }
      const platform = platformForHost(url.hostname.toLowerCase());
      const handle = platform?.path.exec(url.pathname)?.[1];
      if (platform && handle) merged.handles.push({ platform: platform.id, handle });
      continue;
    }
    if (channel.platform && /^@?[\p{L}\p{N}_.-]{1,64}$/u.test(target)) merged.handles.push({ platform: channel.platform, handle: target });
  }
  const unique = <T>(items: T[], key: (item: T) => string) => {
    const kept = new Map<string, T>();
    for (const item of items) if (!kept.has(key(item))) kept.set(key(item), item);
    return [...kept.values()];
  };
  merged.emails = unique(merged.emails, (email) => email.toLowerCase());
  merged.phones = unique(merged.phones, (phone) => normalizePhone(phone)?.e164 ?? phone);
  merged.handles = unique(merged.handles, (entry) => `${platformId(entry.platform)}:${cleanHandle(entry.handle).toLowerCase()}`);
  return merged;
}

// ---------------------------------------------------------------- phones

/**
 * A phone number in E.164 (`+4420…`) when it has a country code (`+44`, `0044`), otherwise its
 * national digits without the trunk 0 (`020 7946 0123` → `2079460123`). Null when it is not a number.
 */
export function normalizePhone(input: string): { e164?: string; national?: string } | null {
  // "+44 (0)20 7946 0958": the (0) is the trunk prefix dialled only from inside the country.
  const compact = input
    .replace(/^tel:/i, '')
    .replace(/^(\s*(?:\+|00)\s*[1-9]\d{0,2})[\s.\-]*\(0\)/, '$1')
    .replace(/[\s().\-‐‑–—/]/g, '');
  if (!/^(?:\+|00)?\d{6,15}$/.test(compact)) return null;
  if (compact.startsWith('+')) return /^\+[1-9]\d{6,14}$/.test(compact) ? { e164: compact } : null;
  if (compact.startsWith('00')) return /^00[1-9]\d{6,14}$/.test(compact) ? { e164: `+${compact.slice(2)}` } : null;
  const national = compact.replace(/^0+/, '');
  return national.length >= 6 ? { national } : null;
}

function checkPhone(input: string, channels: OfficialChannels): OfficialCheck {
  const phone = normalizePhone(input);
  if (!phone) return { kind: 'phone', verdict: 'invalid', reason: 'unrecognized', display: input.trim() };
  const officials = channels.phones.map((number) => normalizePhone(number)?.e164).filter((number): number is string => Boolean(number));
  const display = phone.e164 ?? phone.national!;
  if (phone.e164) {
    if (officials.includes(phone.e164)) return { kind: 'phone', verdict: 'official', reason: 'exact', display, matched: phone.e164 };
    const near = officials.find((official) => official.length === phone.e164!.length && damerauLevenshtein(official, phone.e164!, 1) <= 1);
    if (near) return { kind: 'phone', verdict: 'lookalike', reason: 'similar', display, matched: near };
    return { kind: 'phone', verdict: 'not_official', reason: 'unlisted', display };
  }
  // No country code: compare with the national part of each official number.
  const national = phone.national!;
  const same = national.length >= 7 ? officials.find((official) => official.endsWith(national)) : undefined;
  if (same) return { kind: 'phone', verdict: 'official', reason: 'exact', display: same, matched: same };
  const near = officials.find((official) => damerauLevenshtein(official.slice(-national.length), national, 1) <= 1 && national.length >= 7);
  if (near) return { kind: 'phone', verdict: 'lookalike', reason: 'similar', display, matched: near };
  return { kind: 'phone', verdict: 'not_official', reason: 'unlisted', display };
}

// ---------------------------------------------------------------- emails

const FREE_MAIL = new Set(
  (
    'gmail.com googlemail.com outlook.com hotmail.com live.com msn.com yahoo.com ymail.com icloud.com me.com aol.com ' +
    'proton.me protonmail.com gmx.com gmx.de mail.com yandex.com yandex.ru mail.ru qq.com 163.com 126.com sina.com ' +
    'naver.com daum.net hanmail.net zoho.com tutanota.com'
  ).split(' '),
);

function checkEmail(input: string, channels: OfficialChannels): OfficialCheck {
  const at = input.lastIndexOf('@');
  const local = input.slice(0, at).trim().toLowerCase();
  const domain = asciiHost(input.slice(at + 1));
  const display = `${local}@${hostToUnicode(domain)}`;
  const ascii = display === `${local}@${domain}` ? undefined : `${local}@${domain}`;
  const officialEmails = channels.emails.map((email) => {
    const i = email.lastIndexOf('@');
    return `${email.slice(0, i).trim().toLowerCase()}@${asciiHost(email.slice(i + 1))}`;
  });
  if (officialEmails.includes(`${local}@${domain}`)) return { kind: 'email', verdict: 'official', reason: 'exact', display, ascii, matched: `${local}@${domain}` };
  const host = checkHost(domain, channels);
  if (host.verdict === 'official') return { kind: 'email', verdict: 'official', reason: 'official-domain', display, ascii, matched: host.matched };
  if (host.verdict === 'lookalike') {
    const characters = host.reason === 'homoglyph' ? lookalikeCharacters(display) : undefined;
    return { kind: 'email', verdict: 'lookalike', reason: host.reason, display, ascii, matched: host.matched, lookalikeCharacters: characters };
  }
  const brand = carriesBrand(local, brandWords(channels));
  if (brand) return { kind: 'email', verdict: 'lookalike', reason: 'brand', display, ascii, matched: officialEmails[0] ?? brand };
  return { kind: 'email', verdict: 'not_official', reason: FREE_MAIL.has(domain) ? 'free-mail' : 'unlisted', display, ascii };
}

// ---------------------------------------------------------------- URLs

const UNSAFE_SCHEME = /^(?:javascript|data|vbscript|file|blob):/i;

function checkUrl(input: string, channels: OfficialChannels): OfficialCheck {
  const hasScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(input);
  let url: URL;
  try {
    url = new URL(hasScheme ? input : `https://${input}`);
  } catch {
    return { kind: 'url', verdict: 'invalid', reason: 'unrecognized', display: input };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return { kind: 'url', verdict: 'invalid', reason: 'unsafe-scheme', display: input };
  const host = url.hostname.replace(/\.$/, '').toLowerCase();
  const unicode = hostToUnicode(host);
  const base = { kind: 'url' as const, display: unicode, ascii: unicode === host ? undefined : host };
  // https://lifebuoy-exchange.example@evil.io/ goes to evil.io.
  const userinfo = decodeURIComponent(`${url.username}${url.password ? `:${url.password}` : ''}`);
  if (userinfo && (carriesBrand(userinfo, brandWords(channels)) || isOfficialHost(userinfo.split(':')[0]!, channels.domains))) {
    return { ...base, verdict: 'lookalike', reason: 'userinfo', matched: channels.domains[0] ? hostToUnicode(asciiHost(channels.domains[0])) : undefined };
  }
  const platform = platformForHost(host);
  if (platform) {
    const handle = platform.path.exec(url.pathname)?.[1];
    if (handle) return checkHandle(handle, platform.id, channels);
  }
  if (/^\d+(?:\.\d+){3}$/.test(host) || host.startsWith('[')) return { ...base, verdict: 'not_official', reason: 'ip-address' };
  const verdict = checkHost(host, channels);
  return {
    ...base,
    ...verdict,
    insecure: verdict.verdict === 'official' && url.protocol === 'http:' ? true : undefined,
    lookalikeCharacters: verdict.reason === 'homoglyph' ? lookalikeCharacters(unicode) : undefined,
  };
}

// ---------------------------------------------------------------- entry

/** What kind of channel the user pasted, by its shape. */
export function classifyChannel(input: string): CheckedKind | null {
  const text = tidy(input);
  if (!text) return null;
  if (/^mailto:/i.test(text)) return 'email';
  if (/^tel:/i.test(text)) return 'phone';
  if (/^[^\s@/:]+@[^\s@/]+\.[^\s@/]+$/u.test(text)) return 'email';
  // Hyphens too: YouTube handles and Discord invites have them, and so do impostors ("@lifebuoy-exchange").
  if (/^@[\p{L}\p{N}_.-]{1,64}$/u.test(text)) return 'handle';
  if (/^\d{1,3}(?:\.\d{1,3}){3}(?::\d+)?(?:\/\S*)?$/.test(text)) return 'url'; // an IPv4 address, not a phone number
  if (normalizePhone(text)) return 'phone';
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(text)) return 'url';
  if (/^[^\s/@]+\.[^\s/@.]{2,}(?:[/?#:]\S*)?$/u.test(text)) return 'url';
  if (/^[\p{L}\p{N}_]{2,64}$/u.test(text)) return 'handle';
  return null;
}

/** Strips what people paste around a value: quotes, brackets, trailing punctuation, invisible characters. */
function tidy(input: string): string {
  // "Lifebuoy Support <support@example.com>": the address is what counts.
  const angled = /<([^<>\s@]+@[^<>\s]+)>/.exec(input);
  return (angled ? angled[1]! : input)
    .replace(/[\u200B-\u200D\u2060\uFEFF]/g, '')
    .trim()
    .replace(/^[<("'“‘「]+/, '')
    .replace(/[>"'”’」,;!?。，]+$/, '')
    .replace(/\)+$/, (closing, offset: number, text: string) => (text.slice(0, offset).includes('(') ? closing : ''))
    .replace(/\.$/, '');
}

/** Checks one pasted channel against the official list. */
export function checkOfficial(input: string, channels: OfficialChannels): OfficialCheck {
  const text = tidy(input);
  if (!text) return { kind: null, verdict: 'invalid', reason: 'empty', display: '' };
  if (UNSAFE_SCHEME.test(text.replace(/[\u0000-\u0020]/g, ''))) return { kind: 'url', verdict: 'invalid', reason: 'unsafe-scheme', display: text };
  switch (classifyChannel(text)) {
    case 'email':
      return checkEmail(text.replace(/^mailto:/i, '').split('?')[0]!, channels);
    case 'phone':
      return checkPhone(text, channels);
    case 'handle':
      return checkHandle(text, undefined, channels);
    case 'url':
      return checkUrl(text, channels);
    default:
      return { kind: null, verdict: 'invalid', reason: 'unrecognized', display: text };
  }
}
