/**
 * The contract between the loader and the app: one article per report.
 * The loader validates its output against `ArticleSchema` (and a joined
 * translation against `TranslatedArticleSchema`); the app imports only the
 * inferred types.
 */
import { z } from 'zod';

/** `[start, end)` in UTF-16 code units of `source.text`. */
export const SpanSchema = z
  .tuple([z.number().int().nonnegative(), z.number().int().nonnegative()])
  .refine(([start, end]) => start <= end, 'span ends before it starts');

export const CountryCodeSchema = z.string().regex(/^[A-Z]{2}$/, 'ISO 3166-1 alpha-2, upper case');
export const MeetingIdSchema = z.string().regex(/^[a-z]{2}$/, 'country code, lower case');
export const IsoDateSchema = z.iso.date();
const IdSchema = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'lower-case ASCII id');
const SentenceIdSchema = z.string().regex(/^p\d+\.s\d+$/, 'p<paragraph>.s<sentence>');

export const ENCOUNTER_KINDS = ['mulaqat', 'varta', 'baatcheet', 'bhent', 'baithak'] as const;
/** How leaders who did not meet in person spoke. */
export const REMOTE_MEDIA = ['phone', 'video'] as const;
/** Offices of leaders; the Hindi words for each are the loader's vocabulary, each country's English for it the loader's offices. */
export const TITLES = [
  'head-of-state',
  'president',
  'vice-president',
  'prime-minister',
  'deputy-prime-minister',
  'chancellor',
  'state-counsellor',
  'foreign-minister',
  'defence-minister',
  'home-minister',
  'finance-minister',
  'trade-minister',
  'minister',
  'king',
  'queen',
  'emperor',
  'emir',
  'sultan',
  'crown-prince',
  'supreme-leader',
  'chair',
  'secretary-general',
  'chief-adviser',
  'army-chief',
] as const;

/**
 * How the text establishes a fact (`from: 'text'`): which rule read which
 * words. Titles: the office before the name, or a counterpart's (समकक्ष).
 * Hosts: a visit, an arrival, a welcome, hosting, attending an event in the
 * host's own country; none for a call, or a meeting in neither side's
 * country. Dates: a day and month, a weekday, today, yesterday. Venues: a
 * place, "here" (the dateline's). Calls: who called.
 */
export const FACT_RULES = [
  'title',
  'counterpart',
  'visit',
  'arrival',
  'welcome',
  'hosted',
  'attending',
  'call',
  'third-country',
  'day-month',
  'weekday',
  'today',
  'yesterday',
  'place',
  'here',
  'caller',
] as const;

/** The id of a meeting: its counterpart's country code, lower case. */
export const meetingIdOf = (countryCode: string) => countryCode.toLowerCase();

/**
 * Where a fact comes from: the words of the text (`span`, `hi`, and the rule
 * that read them), an editor's decision in the gazetteer (`why`), or
 * nothing (`unknown`, and the value is null). A null value from the text or
 * an editor is a fact too: a call has no venue.
 */
export function factOf<V extends z.ZodType, X extends z.ZodRawShape = Record<never, never>>(value: V, extra: X = {} as X) {
  return z.discriminatedUnion('from', [
    z.object({ ...extra, value: value.nullable(), from: z.literal('text'), span: SpanSchema, hi: z.string().min(1), rule: z.enum(FACT_RULES) }),
    z.object({ ...extra, value: value.nullable(), from: z.literal('editor'), why: z.string().min(1) }),
    z.object({ ...extra, value: z.null(), from: z.literal('unknown') }),
  ]);
}

function build<E extends z.ZodType>(english: E) {
  const Text = z.object({ hi: z.string().min(1), en: english });
  const Located = z.object({ span: SpanSchema, text: Text });

  return z.object({
    schemaVersion: z.literal(4),
    id: IdSchema,
    source: z.object({
      file: z.string(),
      translation: z.string().optional(),
      sha256: z.string().regex(/^[0-9a-f]{64}$/),
      text: z.string(),
    }),
    date: IsoDateSchema,
    /** Where the date came from: the ` date YYYY-MM-DD` header, or the file name. */
    dateFrom: z.enum(['header', 'file']),
    header: z.object({ span: SpanSchema }).nullable(),
    /** The dateline as printed; place and agency are null when the gazetteer does not know them. */
    dateline: Located.extend({ place: IdSchema.nullable(), agency: IdSchema.nullable() }).nullable(),
    credit: Located.nullable(),
    signoff: Located.extend({ agency: IdSchema.nullable() }).nullable(),
    /** A reporter's name in brackets at the end, as printed. */
    byline: Located.nullable(),
    /** The report's own leader, who meets every counterpart: the person its meetings are told about. */
    protagonist: IdSchema,
    occasion: Located.nullable(),
    paragraphs: z.array(
      z.object({
        n: z.number().int().positive(),
        span: SpanSchema,
        kind: z.enum(['lead', 'statement', 'credit', 'signoff', 'byline']),
        sentences: z.array(SentenceIdSchema),
      }),
    ),
    sentences: z.array(
      z.object({
        id: SentenceIdSchema,
        paragraph: z.number().int().positive(),
        span: SpanSchema,
        text: Text,
        /** The meeting the sentence belongs to, or null when no rule decides it. */
        meeting: MeetingIdSchema.nullable(),
        /** Who says it, or null: narration, or what no rule decides. Never a guess. */
        speaker: IdSchema.nullable(),
      }),
    ),
    people: z.array(
      z.object({
        id: IdSchema,
        name: Text,
        /** Every spelling the text uses for this person, as written. */
        spellings: z.array(z.string().min(1)).min(1),
        /** The office the report gives them, at its date: the vocabulary's id, and the Hindi as the text writes it with the English their country uses. */
        title: factOf(z.enum(TITLES), { office: z.object({ hi: z.string().min(1), en: z.string().min(1) }).nullable() }),
        country: CountryCodeSchema,
        role: z.enum(['protagonist', 'counterpart']),
        /** True when the gazetteer did not list this person. */
        fromText: z.boolean(),
      }),
    ),
    countries: z.array(
      z.object({
        code: CountryCodeSchema,
        role: z.enum(['protagonist', 'counterpart']),
        /** The spelling the text uses; the Hindi interface names the country so, English uses Intl.DisplayNames. */
        spelling: z.string().min(1),
        /** The capital's place id, or null where no dataset knows it. */
        capital: IdSchema.nullable(),
      }),
    ),
    places: z.array(
      z.object({
        id: IdSchema,
        /** A capital from the dataset may have no Hindi name: the English one stands in. */
        name: z.object({ hi: z.string().min(1).optional(), en: z.string().min(1) }),
        /** The country the place is in. */
        country: CountryCodeSchema,
        lat: z.number().min(-90).max(90),
        lon: z.number().min(-180).max(180),
        roles: z.array(z.enum(['dateline', 'venue', 'capital'])).min(1),
      }),
    ),
    meetings: z.array(
      z.object({
        id: MeetingIdSchema,
        /** The counterparts' country. */
        country: CountryCodeSchema,
        protagonist: IdSchema,
        /** Who the protagonist met, of one country: a king and his prime minister met together are one meeting. */
        counterparts: z.array(IdSchema).min(1),
        /** The participant who hosted, only where the text (or an editor) establishes it; null for none or not known. */
        host: factOf(IdSchema),
        kind: z.enum(ENCOUNTER_KINDS),
        /** The word the text uses for the encounter, and where; null when it uses none. */
        kindWord: z.object({ span: SpanSchema, hi: z.string().min(1) }).nullable(),
        /** The day it was held, as the text gives it; null when it does not (the report's date is when it was reported, not held). */
        date: factOf(IsoDateSchema),
        venue: factOf(IdSchema),
        /** Null where the leaders met in person, as far as the text tells; else how they spoke (by phone, by video), the words that say so, and who called where the text says. A remote meeting has no venue and no host. */
        remote: z.object({ by: z.enum(REMOTE_MEDIA), span: SpanSchema, hi: z.string().min(1), caller: factOf(IdSchema) }).nullable(),
        /** Runs of consecutive sentences by one speaker; speaker null for what is not attributed. */
        statements: z.array(z.object({ speaker: IdSchema.nullable(), sentences: z.array(SentenceIdSchema).min(1) })),
      }),
    ),
  });
}

/** Headline and summary are written for the app, not taken from the source. */
const EditorialSchema = z.object({ hi: z.string().min(1), en: z.string().min(1), editorial: z.literal(true) });

/**
 * A report as the site publishes it. A report whose translation has not
 * come yet has English only where the gazetteer gives it (names of people
 * and places), no headline or summary, and no `source.translation`.
 */
export const ArticleSchema = build(z.string().min(1).optional()).extend({
  headline: EditorialSchema.nullable(),
  summary: EditorialSchema.nullable(),
});
/** A report joined with its translation: English for every text. */
export const TranslatedArticleSchema = build(z.string().min(1)).extend({ headline: EditorialSchema, summary: EditorialSchema });

export type Article = z.infer<typeof ArticleSchema>;
export type TranslatedArticle = z.infer<typeof TranslatedArticleSchema>;
export type Span = z.infer<typeof SpanSchema>;
export type Sentence = Article['sentences'][number];
export type Meeting = Article['meetings'][number];
export type Person = Article['people'][number];
export type Place = Article['places'][number];
export type CountryEntry = Article['countries'][number];
export type EncounterKind = (typeof ENCOUNTER_KINDS)[number];
export type RemoteMedium = (typeof REMOTE_MEDIA)[number];
export type Title = (typeof TITLES)[number];
export type FactRule = (typeof FACT_RULES)[number];
/** A fact with its footing, whatever its value. */
export type Fact<V> =
  | { value: V | null; from: 'text'; span: Span; hi: string; rule: FactRule }
  | { value: V | null; from: 'editor'; why: string }
  | { value: null; from: 'unknown' };
export type PersonTitle = Person['title'];

