/**
 * Digits as phone keyboards type them: Arabic-Indic (٠–٩), Eastern Arabic-Indic (۰–۹) and full-width
 * (０–９, from Chinese and Japanese input methods) become ASCII, as do the Arabic decimal and
 * thousands separators (٫ ٬), the full-width dot and comma, and the minus sign (−).
 */
const ZEROS = [0x0660, 0x06f0, 0xff10];
const MARKS: Record<string, string> = { '٫': '.', '٬': ',', '．': '.', '，': ',', '−': '-', '－': '-' };

export function asciiDigits(value: string): string {
  return value.replace(/[\u0660-\u0669\u06f0-\u06f9\uff10-\uff19٫٬．，−－]/g, (char) => {
    const code = char.charCodeAt(0);
    const zero = ZEROS.find((start) => code >= start && code <= start + 9);
    return zero === undefined ? MARKS[char]! : String(code - zero);
  });
}
