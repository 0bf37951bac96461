/**
 * Joins a Hindi article with its translation file, sentence by sentence.
 * Every unit of the report needs one current entry; an entry whose Hindi no
 * longer matches, or that is marked fuzzy, is stale; one that matches no
 * unit is orphaned. Errors name both files.
 */
import { TranslatedArticleSchema, type Article, type TranslatedArticle } from '../schema/article.ts';
import { characterName, hiddenIn } from './characters.ts';
import { byPlace, errorsIn, locate, type LoaderError } from './errors.ts';
import { parsePo, type PoEntry } from './po.ts';
import { schemaErrors } from './validate.ts';

export interface Unit {
  context: string;
  hi: string;
  /** Offset in the report, or null for editorial text that is not in it. */
  offset: number | null;
}

export const EDITORIAL = ['editorial/headline', 'editorial/summary'] as const;

/** Everything in a report that needs an English rendering, in reading order. */
export function unitsOf(article: Article): Unit[] {
  const units: Unit[] = EDITORIAL.map((context) => ({ context, hi: '', offset: null }));
  const located = (context: string, x: { span: [number, number]; text: { hi: string } } | null) => {
    if (x) units.push({ context, hi: x.text.hi, offset: x.span[0] });
  };
  located('dateline', article.dateline);
  for (const sentence of article.sentences) located(sentence.id, sentence);
  located('occasion', article.occasion);
  located('credit', article.credit);
  located('byline', article.byline);
  located('signoff', article.signoff);
  for (const person of article.people) {
    if (!person.name.en) units.push({ context: `person/${person.id}`, hi: person.name.hi, offset: null });
  }
  return units;
}

export function translate(article: Article, poText: string, poFile: string): { ok: true; article: TranslatedArticle } | { ok: false; errors: LoaderError[] } {
  const hiFile = article.source.file;
  const inReport = errorsIn(hiFile, article.source.text);
  const inPo = errorsIn(poFile, poText);
  const where = (offset: number) => {
    const { line, column } = locate(article.source.text, offset);
    return `${hiFile}:${line}:${column}`;
  };
  const { entries, errors } = parsePo(poText, poFile);
  const byContext = new Map<string, PoEntry>();
  for (const entry of entries) {
    const key = entry.context ?? '';
    if (byContext.has(key)) errors.push(poError(entry, 'translation/duplicate', `a second entry for "${key}"`));
    else byContext.set(key, entry);
  }
  function poError(entry: PoEntry, code: LoaderError['code'], message: string): LoaderError {
    return { file: poFile, line: entry.line, column: entry.column, code, message };
  }

  const english = new Map<string, string>();
  const units = unitsOf(article);
  for (const unit of units) {
    const entry = byContext.get(unit.context);
    if (!entry) {
      const message = `no entry for ${unit.context} in ${poFile}`;
      errors.push(unit.offset === null ? inPo(0, 'translation/missing', message) : inReport(unit.offset, 'translation/missing', message));
      continue;
    }
    // The entry is where the translator fills it in.
    if (entry.msgstr.trim() === '') {
      errors.push(poError(entry, 'translation/missing', `no English for ${unit.context}: msgstr is empty`));
      continue;
    }
    // Editorial text is not in the report: its msgid is the only Hindi there is.
    if (unit.offset === null && unit.context.startsWith('editorial/') && entry.msgid.trim() === '') {
      errors.push(poError(entry, 'translation/missing', `no Hindi for ${unit.context}; write it in msgid`));
      continue;
    }
    if (entry.fuzzy) {
      errors.push(poError(entry, 'translation/stale', `the entry for ${unit.context} is marked fuzzy; review it against ${unit.offset === null ? hiFile : where(unit.offset)}`));
      continue;
    }
    if (unit.offset !== null && entry.msgid !== unit.hi) {
      errors.push(poError(entry, 'translation/stale', `the Hindi of ${unit.context} changed at ${where(unit.offset)}; update msgid and msgstr`));
      continue;
    }
    const hidden = hiddenIn(entry.msgstr) ?? (unit.offset === null ? hiddenIn(entry.msgid) : null);
    if (hidden) {
      errors.push(poError(entry, 'input/control-character', `${characterName(hidden)} in the entry for ${unit.context} shows nothing and is not allowed; remove it`));
      continue;
    }
    english.set(unit.context, entry.msgstr);
    if (unit.offset === null && unit.context.startsWith('editorial/')) english.set(`${unit.context}#hi`, entry.msgid);
  }
  const known = new Set(units.map((u) => u.context));
  for (const [context, entry] of byContext) {
    if (!known.has(context)) errors.push(poError(entry, 'translation/orphan', `"${context}" matches nothing in ${hiFile}; remove it or fix its msgctxt`));
  }
  if (errors.length > 0) return { ok: false, errors: errors.sort(byPlace) };

  const en = (context: string) => english.get(context)!;
  const withEn = <T extends { text: { hi: string } }>(context: string, x: T) => ({ ...x, text: { hi: x.text.hi, en: en(context) } });
  const full = {
    ...article,
    source: { ...article.source, translation: poFile },
    headline: { hi: english.get('editorial/headline#hi')!, en: en('editorial/headline'), editorial: true as const },
    summary: { hi: english.get('editorial/summary#hi')!, en: en('editorial/summary'), editorial: true as const },
    dateline: article.dateline && withEn('dateline', article.dateline),
    credit: article.credit && withEn('credit', article.credit),
    byline: article.byline && withEn('byline', article.byline),
    signoff: article.signoff && withEn('signoff', article.signoff),
    occasion: article.occasion && withEn('occasion', article.occasion),
    sentences: article.sentences.map((s) => withEn(s.id, s)),
    people: article.people.map((p) => ({ ...p, name: { hi: p.name.hi, en: p.name.en ?? en(`person/${p.id}`) } })),
    places: article.places,
  };
  const invalid = schemaErrors(TranslatedArticleSchema, full, hiFile);
  return invalid.length > 0 ? { ok: false, errors: invalid } : { ok: true, article: TranslatedArticleSchema.parse(full) };
}
