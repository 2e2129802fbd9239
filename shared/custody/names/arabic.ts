/**
 * Arabic-script normalisation for search: the spelling differences that do not change a
 * name (short-vowel marks, tatweel, hamza and alef forms, ta marbuta, alef maqsura,
 * Persian and Urdu letter forms), and the consonant skeleton that lines Arabic up with
 * Latin transliterations (skeleton.ts).
 */

// Harakat, tanwin, shadda, sukun, superscript alef, Quranic annotation marks, tatweel.
const MARKS = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06DC\u06DF-\u06E8\u06EA-\u06ED\u0640]/g;
// Zero-width joiners and direction marks change nothing a reader sees.
const INVISIBLES = /[\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/g;

const LETTER_FORMS: Readonly<Record<string, string>> = {
  'أ': 'ا', 'إ': 'ا', 'آ': 'ا', 'ٱ': 'ا', 'ٲ': 'ا', 'ٳ': 'ا',
  'ؤ': 'و', 'ئ': 'ي', 'ى': 'ي', 'ی': 'ي', 'ې': 'ي', 'ے': 'ي', 'ۍ': 'ي',
  'ة': 'ه', 'ۃ': 'ه', 'ہ': 'ه', 'ۀ': 'ه', 'ھ': 'ه',
  'ک': 'ك', 'ڪ': 'ك',
};

/** Whether the text contains Arabic-script letters. */
export function hasArabicScript(text: string): boolean {
  return /[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF]/.test(text);
}

/** Arabic-Indic and Persian digits as ASCII digits, so numbers match however typed. */
export function asciiDigits(text: string): string {
  return text.replace(/[\u0660-\u0669\u06F0-\u06F9]/g, (digit) => {
    const code = digit.charCodeAt(0);
    return String(code >= 0x06f0 ? code - 0x06f0 : code - 0x0660);
  });
}

const LETTER_VARIANTS = new RegExp(`[${Object.keys(LETTER_FORMS).join('')}]`, 'g');
const ARABIC_OR_DIGIT = /[\u0600-\u06FF\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/;

/** The normalised Arabic spelling: marks and tatweel removed, letter variants unified. */
export function normalizeArabic(text: string): string {
  // Latin-only names, the common case in a scan, skip every replacement.
  if (!ARABIC_OR_DIGIT.test(text)) return text;
  const stripped = asciiDigits(text.replace(MARKS, '').replace(INVISIBLES, ''));
  return stripped.replace(LETTER_VARIANTS, (char) => LETTER_FORMS[char] ?? char);
}

const ARTICLE = 'ال';
const ABD = 'عبد';

/**
 * Name tokens folded for matching: the article ال dropped from a longer word, and عبد
 * joined to the name it qualifies (عبد الله, عبدالله → عبدله), as written both ways.
 */
export function foldArabicTokens(tokens: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    let token = tokens[i] ?? '';
    if (token.startsWith(ABD + ARTICLE) && token.length > 6) token = ABD + token.slice(5);
    else if (token.startsWith(ARTICLE) && token.length > 3) token = token.slice(2);
    const next = tokens[i + 1];
    if (token === ABD && next !== undefined) {
      token = ABD + (next.startsWith(ARTICLE) && next.length > 3 ? next.slice(2) : next);
      i += 1;
    }
    if (token.length > 0) out.push(token);
  }
  return out;
}

// Consonant classes shared with the Latin side (latin.ts): s = s/z/th/dh, c = sh,
// x = kh, k = q/k/g/gh, j = j/dj. Long vowels, ya, waw, hamza and ayn carry no class.
const SKELETON: Readonly<Record<string, string>> = {
  'ب': 'b', 'پ': 'b', 'ت': 't', 'ط': 't', 'ث': 's', 'ج': 'j', 'ژ': 'j', 'چ': 'c', 'ح': 'h', 'ه': 'h',
  'خ': 'x', 'د': 'd', 'ض': 'd', 'ذ': 's', 'ز': 's', 'س': 's', 'ص': 's', 'ظ': 's', 'ش': 'c', 'ر': 'r',
  'غ': 'k', 'ق': 'k', 'ك': 'k', 'گ': 'k', 'ف': 'f', 'ڤ': 'f', 'ل': 'l', 'م': 'm', 'ن': 'n',
};

/** The consonant skeleton of one normalised, folded Arabic token. */
export function arabicSkeleton(token: string): string {
  let out = '';
  let last = '';
  // A final h (ه, ة, ح) is often left out in Latin (Fatima, Abdulla, Sale), so neither side keeps it.
  const body = token.endsWith('ه') || token.endsWith('ح') ? token.slice(0, -1) : token;
  for (const char of body) {
    const mapped = SKELETON[char] ?? (char >= '0' && char <= '9' ? char : '');
    if (mapped !== '' && mapped !== last) out += mapped;
    if (mapped !== '') last = mapped;
  }
  return out;
}
