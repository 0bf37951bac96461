/**
 * Comparison keys for Hindi words. The source mixes spellings (ज़ with a
 * combining nukta or without, जापारोव / जोपारोव), so names are compared on
 * folded forms while spans always point into the original text.
 */
const NUKTA = /\u093C/g;
// Candrabindu and anusvara mark one nasal in news spelling (हाँग / हांग), and
// so does a nasal consonant with virama before another (नरेन्द्र / नरेंद्र).
const CANDRABINDU = /\u0901/g;
const NASAL_CONJUNCT = /[\u0919\u091E\u0923\u0928\u092E]\u094D(?=[\u0915-\u0939])/g;
// Dependent vowel signs, candrabindu/anusvara/visarga and virama: what a
// transliteration varies most between spellings of one foreign name.
const VOWEL_MARKS = /[\u0900-\u0903\u093A-\u094F\u0955-\u0957\u0962\u0963]/g;

/**
 * NFC, then nukta folded away and every way of writing a nasal read as
 * anusvara: अज़रबैजान and अजरबैजान give one key, हाँग and हांग another,
 * प्रधानमन्त्री and प्रधानमंत्री a third.
 */
export function fold(word: string): string {
  return word.normalize('NFD').replace(NUKTA, '').replace(CANDRABINDU, '\u0902').replace(NASAL_CONJUNCT, '\u0902').normalize('NFC');
}

// Vowel lengths and the open o and e that transliterations of one name vary in: ी/ि, ू/ु, ॉ/ा, ै/े (and their
// letters), and "ाय"/"ाइ" (इजरायल / इज़राइल).
const LOOSE: ReadonlyArray<readonly [RegExp, string]> = [
  [/\u0940/g, '\u093F'],
  [/\u0942/g, '\u0941'],
  [/\u0908/g, '\u0907'],
  [/\u090A/g, '\u0909'],
  [/\u0949/g, '\u093E'],
  [/\u0911/g, '\u0906'],
  [/\u0948/g, '\u0947'],
  [/\u0910/g, '\u090F'],
  [/\u094C/g, '\u094B'],
  [/\u0914/g, '\u0913'],
  [/\u093E\u092F/g, '\u093E\u0907'],
];

/**
 * A looser key than `fold`, for the names of countries only, whose
 * spellings in the press vary in vowel length (ईरान / इरान, ऑस्ट्रेलिया /
 * आस्ट्रेलिया, इजरायल / इज़राइल); a loose key two countries share is not used.
 */
export function loosen(folded: string): string {
  let word = folded.normalize('NFD');
  for (const [from, to] of LOOSE) word = word.replace(from, to);
  return word.normalize('NFC');
}

/** Consonant skeleton, for matching spelling variants of a surname. */
export function skeleton(word: string): string {
  return fold(word).normalize('NFD').replace(VOWEL_MARKS, '').replace(/[\u0904-\u0914]/g, '');
}

/** Fold each word of a phrase and join with single spaces. */
export function foldPhrase(phrase: string): string {
  return phrase.trim().split(/\s+/u).map(fold).join(' ');
}
