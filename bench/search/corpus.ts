/**
 * A generated help center for the benchmark: 5,000 articles (2,500 ids, each in English and
 * Simplified Chinese) made from the seed's sentences plus invented product words and Chinese
 * character pairs, so the vocabulary is far larger than the seed's (like a real help center).
 */
import type { Article } from '../../src/adapters/schemas.js';
import { plainText } from '../../src/adapters/static/tokenize.js';
import { articles as seed } from '../../src/adapters/demo/seed/index.js';
import { seededRandom } from '../../src/adapters/demo/context.js';

const SYLLABLES = 'ka lo mi ren tor vex sa qui dun pel fra zo nit bar cel dor ep gan hul jin kor lum mav nor pix ras sul tav ub vin wex yor zan'.split(' ');
const HAN = '的一是了我不人在他有这个上们来到时大地为子中你说生国年着就那和要她出也得里后自以会家可下而过天去能对小多然于心学么之都好看起发当没成只如事把还用第样道想作种开美总从无情己面最女但现前些所同日手又行意动方期它头经长儿回位分爱老因很给名法间斯知世什两次使身者被高已亲其进此话常与活正感';

export function generateArticles(count = 5000, seedNumber = 7): Article[] {
  const random = seededRandom(seedNumber);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const en = seed.filter((a) => a.locale === 'en');
  const zh = seed.filter((a) => a.locale === 'zh-CN');
  const enSentences = en.flatMap((a) => plainText(a.body, a.bodyFormat).split(/(?<=[.:!?])\s+|\n/)).filter((s) => s.length > 20);
  const zhSentences = zh.flatMap((a) => plainText(a.body, a.bodyFormat).split(/(?<=[。：！？])|\n/)).filter((s) => s.length > 8);
  const word = () => Array.from({ length: 2 + Math.floor(random() * 3) }, () => pick(SYLLABLES)).join('');
  const han = () => pick([...HAN]) + pick([...HAN]);
  const categories = [...new Set(seed.map((a) => a.categoryId))];
  const out: Article[] = [];
  for (let i = 0; i < count / 2; i++) {
    const base = pick(en);
    const zhBase = zh.find((a) => a.id === base.id) ?? pick(zh);
    const product = word();
    const common = {
      id: `gen-${i}`,
      categoryId: pick(categories),
      updatedAt: '2026-10-01T00:00:00Z',
      popularity: Math.floor(random() * 10000),
      bodyFormat: 'markdown' as const,
      relatedIds: [],
    };
    out.push({
      ...common,
      locale: 'en',
      title: `${base.title} (${product})`,
      tags: [product, word()],
      body: Array.from({ length: 8 }, () => pick(enSentences)).join(' ') + `\n\n${Array.from({ length: 6 }, word).join(' ')}`,
    });
    out.push({
      ...common,
      locale: 'zh-CN',
      title: `${zhBase.title}（${product}）`,
      tags: [product, han() + han()],
      body: Array.from({ length: 8 }, () => pick(zhSentences)).join('') + `\n\n${Array.from({ length: 6 }, han).join('')}`,
    });
  }
  return out;
}

/** What users type, one keystroke at a time (a typo and colloquial phrasing included). */
export const TYPED_QUERIES: { text: string; locale: string }[] = [
  { text: 'withdrawal stuck', locale: 'en' },
  { text: 'deposit not credited', locale: 'en' },
  { text: 'how to reset 2fa', locale: 'en' },
  { text: 'liquidation price', locale: 'en' },
  { text: 'api key permissions', locale: 'en' },
  { text: 'withdrwal fee', locale: 'en' },
  { text: 'anti phishing code', locale: 'en' },
  { text: 'p2p seller not releasing', locale: 'en' },
  { text: '充币不到账', locale: 'zh-CN' },
  { text: '提现一直在处理中', locale: 'zh-CN' },
  { text: '资金费率怎么算', locale: 'zh-CN' },
  { text: '防钓鱼码设置', locale: 'zh-CN' },
  { text: '身份认证失败', locale: 'zh-CN' },
  { text: '谷歌验证器丢了', locale: 'zh-CN' },
];

/** Every prefix a keystroke produces that the search box would search (see isSearchable). */
export function keystrokes(): { text: string; locale: string }[] {
  const CJK = /\p{Script=Han}/u;
  return TYPED_QUERIES.flatMap(({ text, locale }) =>
    Array.from(text, (_c, i) => text.slice(0, i + 1))
      .filter((prefix) => prefix.trim().length >= 2 || CJK.test(prefix))
      .map((prefix) => ({ text: prefix, locale })),
  );
}
