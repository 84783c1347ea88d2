/**
 * What both bots (the demo backend's and the reference server's) must answer from the help center,
 * and what they must not: one list, so the two relevance rules cannot drift apart.
 */

/** Questions an article covers, with the article the bot should cite first. */
export const ANSWERED: readonly (readonly [question: string, articleId: string])[] = [
  ['My USDT withdrawal has not arrived', 'withdrawal-not-received'],
  ['withdrawal pending', 'withdrawal-pending'],
  ['how do I reset 2FA', 'reset-2fa'],
  ['deposit not credited', 'deposit-not-credited'],
  ['withdrawl pendng', 'withdrawal-pending'], // typos
  // Bare numbers are not content: they would outweigh the two words that match.
  ['withdrawal of 0.5 BTC on 2024-11-03 at 14:20', 'withdrawal-fees'],
  ['提现未到账', 'withdrawal-not-received'],
  ['充值没到账', 'deposit-not-credited'],
  // Greetings and particles are taken out before the bigrams are counted.
  ['你好，请问我的提现为什么一直没到账', 'withdrawal-not-received'],
];

/** Small talk, gibberish and questions that share one word (or too few) with an article. */
export const UNANSWERED: readonly string[] = [
  'hello there', // "hello" is in the passkeys article
  'hi', // a prefix of "high"
  'thanks',
  'thank you so much',
  'slow message', // "slow" is in one article, "message" in others: one word each
  'can you help me',
  'asdf qwer',
  '请问可以帮我一下吗',
  '怎么办', // "what should I do": in many articles, about nothing
  '为什么',
  'withdrawal pending qwzx plorf vbnm', // two of five words: less than half
];
