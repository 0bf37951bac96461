/**
 * The day a meeting was held, as its clause gives it: a day and month
 * ("24 अगस्त को"), a weekday ("शुक्रवार को", the last such day on or before
 * the report's date), today ("आज") or yesterday ("कल" with a verb in the
 * past). Nothing else is read as the meeting's day: the date a report was
 * filed is when it was reported, not when the meeting was held.
 */
import type { FactRule, Span } from '../schema/article.ts';
import { fold } from './normalize.ts';
import type { Token } from './tokens.ts';
import { MONTHS, PAST_VERBS, TODAY, WEEKDAYS, YESTERDAY } from './vocabulary.ts';

export interface DayFound {
  date: string;
  span: Span;
  rule: Extract<FactRule, 'day-month' | 'weekday' | 'today' | 'yesterday'>;
}

const monthOf = new Map(MONTHS.flatMap((names, i) => names.map((n) => [fold(n), i + 1] as const)));
const weekdayOf = new Map(WEEKDAYS.flatMap((names, i) => names.map((n) => [fold(n), i] as const)));
const today = new Set(TODAY.map(fold));
const yesterday = new Set(YESTERDAY.map(fold));
const past = new Set(PAST_VERBS.map(fold));
const DIGITS = /^[0-9०-९]{1,2}$/u;
const YEAR = /^[0-9०-९]{4}$/u;

const number = (written: string) => Number(written.replace(/[०-९]/gu, (d) => String(d.charCodeAt(0) - 0x966)));
const iso = (d: Date) => d.toISOString().slice(0, 10);
const day = (date: string) => new Date(`${date}T00:00:00Z`);

/**
 * The first day the tokens give, resolved against `reference` (the report's
 * date): `clause` is the meeting's own clause, so that a date of something
 * else ("सोमवार को हुई प्रेस वार्ता") is not read.
 */
export function dayIn(clause: readonly Token[], reference: string, whole: readonly Token[] = clause): DayFound | null {
  const ref = day(reference);
  // A report whose own date is not a real day has its error already; no day can be counted from it.
  if (Number.isNaN(ref.getTime())) return null;
  const inRelative = relativeMask(clause);
  for (let i = 0; i < clause.length; i++) {
    const t = clause[i]!;
    // "देउबा, जो शुक्रवार को … भारत पहुंचे, ने आज …": a day in a relative clause is another event's.
    if (inRelative[i]) continue;
    if (DIGITS.test(t.text) && monthOf.has(clause[i + 1]?.key ?? '')) {
      const dd = number(t.text);
      const mm = monthOf.get(clause[i + 1]!.key)!;
      const hasYear = YEAR.test(clause[i + 2]?.text ?? '');
      const year = hasYear ? number(clause[i + 2]!.text) : ref.getUTCFullYear();
      let date = new Date(Date.UTC(year, mm - 1, dd));
      if (date.getUTCMonth() !== mm - 1) continue;
      // A report tells of days past: "24 दिसंबर" in a report of 2 January is last year's.
      if (!hasYear && date > ref) date = new Date(Date.UTC(year - 1, mm - 1, dd));
      if (!modifiesAnotherNoun(clause, i + (hasYear ? 3 : 2))) return { date: iso(date), span: [t.start, clause[i + (hasYear ? 2 : 1)]!.end], rule: 'day-month' };
    }
    const weekday = weekdayOf.get(t.key);
    if (weekday !== undefined && !modifiesAnotherNoun(clause, i + 1)) {
      const back = (ref.getUTCDay() - weekday + 7) % 7;
      return { date: iso(new Date(ref.getTime() - back * 86_400_000)), span: [t.start, t.end], rule: 'weekday' };
    }
    if (today.has(t.key) && !modifiesAnotherNoun(clause, i + 1)) return { date: reference, span: [t.start, t.end], rule: 'today' };
    // "कल" is yesterday or tomorrow: only a verb in the past tells.
    if (yesterday.has(t.key) && whole.slice(whole.indexOf(t) + 1).some((v) => past.has(v.key)) && !modifiesAnotherNoun(clause, i + 1)) {
      return { date: iso(new Date(ref.getTime() - 86_400_000)), span: [t.start, t.end], rule: 'yesterday' };
    }
  }
  return null;
}

const RELATIVES = new Set(['जो', 'जिन्होंने', 'जिसने', 'जिनसे', 'जिनके', 'जिसके', 'जिन्हें', 'जहां'].map(fold));

/** Tokens inside a relative clause set off by commas: from "जो" (after a comma) to the next comma. */
function relativeMask(clause: readonly Token[]): boolean[] {
  let open = false;
  return clause.map((t, i) => {
    if (RELATIVES.has(t.key) && clause[i - 1]?.text === ',') open = true;
    else if (t.text === ',' && open) open = false;
    return open;
  });
}

const KO = fold('को');
const PARTICIPLES = new Set(['हुई', 'हुए', 'हुआ', 'होने', 'वाली', 'वाले', 'वाला'].map(fold));
const TIMES = new Set(['सुबह', 'शाम', 'रात', 'दोपहर', 'देर'].map(fold));

/** "सोमवार को हुई प्रेस वार्ता": a day that dates another noun, not the clause's verb. */
function modifiesAnotherNoun(clause: readonly Token[], after: number): boolean {
  let k = after;
  while (TIMES.has(clause[k]?.key ?? '')) k++;
  if (clause[k]?.key === KO) k++;
  return PARTICIPLES.has(clause[k]?.key ?? '');
}
