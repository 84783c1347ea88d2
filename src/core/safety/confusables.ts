/**
 * A "skeleton" for lookalike detection, after Unicode TR39: two strings that look alike map to
 * the same skeleton. A compact table of the confusables that phishing domains and impostor
 * handles actually use (Cyrillic, Greek and Latin lookalikes, digits for letters, "rn" for "m"),
 * not the full 6,000-entry Unicode table.
 */
const SINGLE: Record<string, string> = {
  // Cyrillic
  а: 'a', в: 'b', с: 'c', ԁ: 'd', е: 'e', ё: 'e', һ: 'h', і: 'i', ї: 'i', ј: 'j', к: 'k', ӏ: 'l', м: 'm', н: 'h', о: 'o',
  р: 'p', ԛ: 'q', г: 'r', ѕ: 's', т: 't', у: 'y', ѵ: 'v', ԝ: 'w', х: 'x', ү: 'y', ь: 'b', п: 'n',
  // Greek
  α: 'a', β: 'b', ε: 'e', η: 'n', ι: 'i', κ: 'k', ν: 'v', ο: 'o', ρ: 'p', τ: 't', υ: 'u', χ: 'x', γ: 'y', ω: 'w',
  // Latin lookalikes and IPA
  ı: 'i', ȷ: 'j', ł: 'l', ɑ: 'a', ɡ: 'g', ɩ: 'i', ɪ: 'i', ʟ: 'l', ɴ: 'n', ʀ: 'r', ʏ: 'y', ᴄ: 'c', ᴏ: 'o', ᴜ: 'u', ᴠ: 'v', ᴡ: 'w', ᴢ: 'z', ꞵ: 'b', ß: 'b', ø: 'o', đ: 'd', ħ: 'h',
  // Digits and symbols that pass for letters
  '0': 'o', '1': 'l', '|': 'l', '!': 'l', '5': 's', '$': 's', '@': 'a', '3': 'e', '4': 'a', '7': 't', '8': 'b', '9': 'g',
};

const MULTI: [RegExp, string][] = [
  [/rn/g, 'm'],
  [/vv/g, 'w'],
  [/cl/g, 'd'],
];

/**
 * Lower case, compatibility-normalized, accents dropped, confusables mapped, separators removed
 * ("-", "_", "."), so `lifebuоy` (Cyrillic о), `lifebu0y`, `life-buoy`, `lifebuöy` and `IifebuoY` all give
 * `lifebuoy`. Compare one domain label or handle at a time.
 */
export function skeleton(text: string): string {
  let out = '';
  // A capital I passes for a lower-case l ("IifebuoyEx"): map it before lower-casing.
  for (const char of text.normalize('NFKD').replace(/I/g, 'l').toLowerCase()) {
    if (/\p{M}/u.test(char)) continue;
    if (char === '-' || char === '_' || char === '.') continue;
    out += SINGLE[char] ?? char;
  }
  for (const [pattern, replacement] of MULTI) out = out.replace(pattern, replacement);
  return out;
}
