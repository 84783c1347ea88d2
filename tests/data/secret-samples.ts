/**
 * Secrets the guard must catch, in the shapes users really paste them. Every phrase and key here
 * was generated for these tests from fixed bytes: they hold nothing and must never be used.
 */

/** Valid BIP-39 phrases (checksum included), 12 and 24 words, one pair per official list. */
export const phrases: Readonly<Record<string, { twelve: string; twentyFour: string }>> = {
  english: {
    twelve: 'hobby infant film betray sheriff below concert deny sample nerve media sauce',
    twentyFour:
      'cream list ask boy audit crisp craft recall leave spring undo pulse walk include prevent deal emerge marriage jump legal away pride cry lonely',
  },
  spanish: {
    twelve: 'verde nativo tigre tumba fuente júpiter bobo balde alga trébol frito piña',
    twentyFour:
      'quedar picar magia risa contar héroe teoría ábaco bono brote pulir capucha pichón farmacia odio sexo maduro ánimo quemar hazaña escena cien miga sermón',
  },
  french: {
    twelve: 'jaguar pyramide cosmique image épreuve kimono hiberner vecteur bilan consonne ovation sécable',
    twentyFour:
      'duperie sonde tiède ultrason épidémie palmarès crémeux position plaisir salive précieux tremper lointain scénario sextuple estime scrutin viticole essorer proverbe déclarer joncher cassure tenir',
  },
  italian: {
    twelve: 'artefice trabocco nitido corolla petalo ribrezzo perbene dono scomparto formica egregio mantide',
    twentyFour:
      'spettrale almeno idillio tarpare robusto folclore acre alabarda macabro calibro occhio piffero insonnia becco annegare angolare selettivo muto cifrare casuale ragazzo istrice brezza seccatura',
  },
  czech: {
    twelve: 'pokles dikobraz napnout mrkev uctivost hryzat piknik kabel horizont odvaha karotka ukazatel',
    twentyFour:
      'malba esence uplynout zhruba krejcar galeje kosatec petrolej skvost monarcha motivace karton hostina svazek drahota halenka hovor karotka dohoda tenor kdekoliv koruna hrozen potlesk',
  },
  portuguese: {
    twelve: 'cabo cratera pupilo desova partida colidir suplicar novilho serra expandir impune molho',
    twentyFour:
      'trindade elenco irreal ofensiva edital folheto avaliar inchar efeito bastante cogumelo adentro xeque lamentar acoplar genro tijolo manada pulseira bronzear alface degustar prevenir acetona',
  },
  japanese: {
    twelve: 'ねぶそく　すうせん　うなずく　へいげん　ごうほう　ひめい　いちおう　たちばな　すうがく　すめし　せんすい　てつぼう',
    twentyFour:
      'そこそこ　そなた　みすい　かいが　ひえる　ぞんぶん　とうし　じゆう　はさん　とのさま　しあい　けつい　どうかん　かいとう　げひん　ていき　たりきほんがん　ふあん　ひさしぶり　へらす　ぴったり　うぶごえ　さゆう　すごい',
  },
  korean: {
    twelve: '미팅 영혼 이윽고 여관 아흔 입술 단체 정확히 브랜드 농업 생활 편견',
    twentyFour:
      '경고 임금 숫자 칭찬 대책 살림 부담 물건 기획 청년 기간 사모님 녹차 테스트 이혼 막걸리 고궁 아프리카 사방 텔레비전 아흔 청소 승부 반장',
  },
  'chinese-simplified': {
    twelve: '盆 桌 熊 药 汽 胞 国 拌 总 云 灵 醒',
    twentyFour: '版 盆 盈 豪 幅 级 跟 积 深 属 帽 梦 腊 老 花 旬 居 息 义 系 菜 质 川 舟',
  },
  'chinese-traditional': {
    twelve: '刻 遷 板 濱 丟 要 達 由 場 毛 溝 宋',
    twentyFour: '術 溜 排 屬 坦 紗 淚 皮 乳 徐 換 樹 麻 壽 級 府 透 融 評 氮 麗 泵 武 域',
  },
};

/** The BIP-39 test vector everyone knows (all-zero entropy). */
export const testVector = 'abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon about';

const numbered = (phrase: string, style: (word: string, n: number) => string, joiner: string) =>
  phrase.split(/[\s\u3000]+/).map((word, i) => style(word, i + 1)).join(joiner);

/** The same secrets the way people paste them, with the list they belong to. */
export const pastedPhrases: readonly { label: string; text: string; language: string }[] = [
  { label: 'numbered "1. word"', text: numbered(phrases.english!.twelve, (w, n) => `${n}. ${w}`, ' '), language: 'english' },
  { label: 'numbered lines "1) word"', text: numbered(phrases.english!.twentyFour, (w, n) => `${n}) ${w}`, '\n'), language: 'english' },
  { label: 'commas', text: phrases.english!.twelve.split(' ').join(', '), language: 'english' },
  { label: 'upper case', text: phrases.english!.twelve.toUpperCase(), language: 'english' },
  { label: 'title case, line breaks', text: phrases.english!.twelve.split(' ').map((w) => w[0]!.toUpperCase() + w.slice(1)).join('\n'), language: 'english' },
  { label: 'wallet grid "1 word  2 word"', text: numbered(phrases.english!.twelve, (w, n) => `${n} ${w}`, '    '), language: 'english' },
  { label: 'inside a sentence', text: `Hi support, my wallet is empty!! my seed was ${phrases.english!.twelve} please help me get it back`, language: 'english' },
  { label: 'test vector', text: testVector, language: 'english' },
  { label: 'Spanish without accents', text: phrases.spanish!.twelve.normalize('NFD').replace(/[\u0300-\u036f]/g, ''), language: 'spanish' },
  { label: 'French decomposed (NFD)', text: phrases.french!.twelve.normalize('NFD'), language: 'french' },
  { label: 'Japanese with ASCII spaces', text: phrases.japanese!.twelve.replace(/\u3000/g, ' '), language: 'japanese' },
  { label: 'Japanese without spaces', text: phrases.japanese!.twentyFour.replace(/\u3000/g, ''), language: 'japanese' },
  { label: 'Korean without spaces', text: phrases.korean!.twelve.replace(/ /g, ''), language: 'korean' },
  { label: 'Chinese without spaces', text: phrases['chinese-simplified']!.twelve.replace(/ /g, ''), language: 'chinese-simplified' },
  { label: 'Chinese without spaces inside prose', text: `你好，我的助记词是${phrases['chinese-simplified']!.twentyFour.replace(/ /g, '')}请帮我找回资产`, language: 'chinese-simplified' },
  { label: 'Chinese with full-width commas', text: phrases['chinese-simplified']!.twelve.split(' ').join('，'), language: 'chinese-simplified' },
  { label: 'Chinese numbered', text: numbered(phrases['chinese-simplified']!.twelve, (w, n) => `${n}.${w}`, ' '), language: 'chinese-simplified' },
  { label: 'Traditional Chinese without spaces', text: phrases['chinese-traditional']!.twentyFour.replace(/ /g, ''), language: 'chinese-traditional' },
];

/** Phrases typed from paper with mistakes: the checksum fails, sending must still be blocked. */
export const mistypedPhrases: readonly { label: string; text: string }[] = [
  // "infant" → "infnat" (two letters swapped)
  { label: 'one word misspelled', text: 'hobby infnat film betray sheriff below concert deny sample nerve media sauce' },
  { label: 'first word misspelled', text: 'hobyb infant film betray sheriff below concert deny sample nerve media sauce' },
  { label: 'last word misspelled', text: 'hobby infant film betray sheriff below concert deny sample nerve media suace' },
  // last word replaced by another list word: checksum breaks
  { label: 'wrong last word', text: 'hobby infant film betray sheriff below concert deny sample nerve media zoo' },
  // two words swapped
  { label: 'two words swapped', text: 'hobby infant film betray sheriff below concert deny sample nerve sauce media' },
  { label: 'thirteen words', text: 'hobby infant film betray sheriff below concert deny sample nerve media sauce zoo' },
];

/** Private keys. */
export const keys = {
  wifUncompressed: '5KA89ijsKo5Kj1idmLzLz6KhRG6sggVTFYbhA6grhM8Q7aXftf8',
  wifCompressed: 'L39GZVED7xN5eSAmGjE7CzVXQ5evi9JasCU8FA6vM5qf1pqbX74g',
  wifTestnet: '92vkjTZQv29Th5DvPgtFrgsf4vTaqr2ebVTeEj3N35sStfoJHky',
  wifTestnetCompressed: 'cTWG2QE4Z24Lose2f93EaJzb2JxLNbQGwEcbMaZRrCVfGZwJMScw',
  /** The example from the Bitcoin wiki. */
  wifWiki: '5HueCGU8rMjxEXxiPuD5BDku4MkFqeZyd4dZ1jvhTVqvbTLvyTJ',
  xprv: 'xprv9s21ZrQH143K4H9gr6kvP5WvGTcxRXswqjHu91nxfJEZwViPVasE2zaAHmQkdtkG777d7bTLeJ5s7XfRbikuk3QboBBL28Vc4LmH2njvDXN',
  yprv: 'yprvABrGsX5C9januaLogTYYbAcRSRmQN9sSkqp7vQgr3JcSzbXckF2nf4EJJyNLdoQBWkERs53u6xSQzpGzKRAvYH6CfWskc3K6L4pvRL14vNZ',
  zprv: 'zprvAWgYBBk7JR8GksXvWpLAoFhvcPurJmrwfxLLhoajRJzL3hLqzuCMH7tSLBKvdi46vPMEcYeTZcnxt6tZ37awLWmoXraBBx8abntZoxbmWQE',
  tprv: 'tprv8ZgxMBicQKsPf6PDWfcRYj8uab3Af3uxBHD21SDR9Gj3j6TUUxCyYjwcCwaQeG8aUYeQ7h56oeffaPDAiw6rZ6gCKpPdgVDeySWhUSd956D',
  vprv: 'vprv9DMUxX4ShgxMMgmTBPBfxuKuvXL4YHtx1WFTaE1BuHUoqJ5vzGY6nsFtFMVae5SRHpt1ceGDiyNmLxSJAKvt9a3Q4VnUrJrdWtdzFfN7xX4',
  Zprv: 'ZprvAhadJRUYsNgeBShJTUo9dL3jLBx7X8YXzDz1d4rGo5pjfsukmJadNEkN8tHQC9H19rRDV8eaSqBU1GWKLLjtUztUNKgabMbaVXASPuMzxdo',
  /** A public key: shareable, must not block. */
  xpub: 'xpub661MyMwAqRbcGmE9x8HvkDTepVTSpzboCxDVwQCaDdmYpJ3Y38BUante92SX5XnvDgv5Hgjg8D5KdcQmKcUtoJgWtTdvMkgSyWfHn7qELAp',
  /** The raw key behind the WIFs above: 64 hex digits, asks for confirmation. */
  hex: 'b0bd46737920ef626bd4e0ca9fc3f3728f92135377da019c9b2ec510ff552a27',
} as const;

/** The scrypt test vector of the Web3 Secret Storage definition (version 3). */
export const keystoreV3 = `{
  "crypto" : {
    "cipher" : "aes-128-ctr",
    "cipherparams" : { "iv" : "83dbcc02d8ccb40e466191a123791e0e" },
    "ciphertext" : "d172bf743a674da9cdad04534d56926ef8358534d458fffccd4e6ad2fbde479c",
    "kdf" : "scrypt",
    "kdfparams" : { "dklen" : 32, "n" : 262144, "r" : 1, "p" : 8, "salt" : "ab0c7876052600dd703518d6fc3fe8984592145b591fc8fb5c6d43190334ba19" },
    "mac" : "2103ac29920d71da29f15d75b4a16dbe95cfd7ff8faea1056c33131d846e3097"
  },
  "id" : "3198bc9c-6672-5ab3-d995-4942343ae5b6",
  "version" : 3
}`;

/** Older keystores (and MyEtherWallet exports) spell it "Crypto"; a minified one-liner. */
export const keystoreMinified =
  '{"address":"008aeeda4d805471df9b2a5b0f38a0c3bcba786b","Crypto":{"cipher":"aes-128-ctr","ciphertext":"5318b4d5bcd28de64ee5559e671353e16f075ecae9f99c7a79a38af5f869aa46","cipherparams":{"iv":"6087dab2f9fdbbfaddc31a909735c1e6"},"kdf":"pbkdf2","kdfparams":{"c":262144,"dklen":32,"prf":"hmac-sha256","salt":"ae3cd4e7013836a3df6bd7241b12db061dbe2c6785853cce422d148a624ce0bd"},"mac":"517ead924a9d0dc3124507e3393d175ce3ff7c1e96529c6c555ce9e51205e9b2"},"id":"e13b209c-3b2f-4327-bab0-3bef2e51630d","version":3}';
