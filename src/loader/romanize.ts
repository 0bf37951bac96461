/**
 * ASCII ids for people the gazetteer does not list, spelled from their Hindi
 * name (खड्ग प्रसाद शर्मा ओली → khadg-prasad-sharma-oli). The same spelling
 * gives the same id in every report; it is an address, not a transcription.
 */
const CONSONANTS: Record<string, string> = {
  क: 'k', ख: 'kh', ग: 'g', घ: 'gh', ङ: 'n', च: 'ch', छ: 'chh', ज: 'j', झ: 'jh', ञ: 'n',
  ट: 't', ठ: 'th', ड: 'd', ढ: 'dh', ण: 'n', त: 't', थ: 'th', द: 'd', ध: 'dh', न: 'n',
  प: 'p', फ: 'ph', ब: 'b', भ: 'bh', म: 'm', य: 'y', र: 'r', ल: 'l', ळ: 'l', व: 'v',
  श: 'sh', ष: 'sh', स: 's', ह: 'h',
};
// With a nukta: क़ ख़ ग़ ज़ ड़ ढ़ फ़ (after NFD, consonant + U+093C).
const NUKTA_FORMS: Record<string, string> = { क: 'q', ख: 'kh', ग: 'g', ज: 'z', ड: 'r', ढ: 'rh', फ: 'f' };
const VOWELS: Record<string, string> = {
  अ: 'a', आ: 'a', इ: 'i', ई: 'i', उ: 'u', ऊ: 'u', ऋ: 'ri', ए: 'e', ऐ: 'ai', ओ: 'o', औ: 'au', ऑ: 'o', ऍ: 'e',
};
const SIGNS: Record<string, string> = {
  'ा': 'a', 'ि': 'i', 'ी': 'i', 'ु': 'u', 'ू': 'u', 'ृ': 'ri', 'े': 'e', 'ै': 'ai', 'ो': 'o', 'ौ': 'au', 'ॉ': 'o', 'ॅ': 'e',
};
const VIRAMA = '\u094D';
const NUKTA = '\u093C';
const NASAL = /[\u0901\u0902]/u;

function word(w: string): string {
  const chars = [...w.normalize('NFD')];
  let out = '';
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i]!;
    if (CONSONANTS[c]) {
      const nukta = chars[i + 1] === NUKTA;
      if (nukta) i++;
      out += nukta ? (NUKTA_FORMS[c] ?? CONSONANTS[c]) : CONSONANTS[c];
      const next = chars[i + 1];
      if (next === VIRAMA) i++;
      else if (next && SIGNS[next]) {
        out += SIGNS[next];
        i++;
      } else if (i + 1 < chars.length && !/[\u0901-\u0903]/u.test(next ?? '') ) {
        // The inherent vowel, dropped at the end of a word (मोदी's म-o, but ओली's ल-ी).
        out += 'a';
      } else if (next && NASAL.test(next)) {
        out += 'a';
      }
    } else if (VOWELS[c]) out += VOWELS[c];
    else if (NASAL.test(c)) out += 'n';
    else if (/[a-z0-9]/i.test(c)) out += c.toLowerCase();
  }
  return out;
}

export function romanize(name: string): string {
  return name
    .split(/[\s\-–]+/u)
    .map(word)
    .filter(Boolean)
    .join('-');
}
