/**
 * Property-based tests of the whole loader pipeline (decode → parse →
 * translate) on the real seed and its translation, damaged at random. Each
 * run is either a lossless article or a non-empty list of located errors;
 * nothing throws.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeUtf8 } from '../../src/loader/decode.ts';
import type { ErrorCode, LoaderError } from '../../src/loader/errors.ts';
import { translate } from '../../src/loader/translate.ts';
import type { TranslatedArticle, Article } from '../../src/schema/article.ts';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, SEED, SEED_PO, parseReport, read, reassemble, seedPo, seedText } from './helpers.ts';
import {
  applyEdits,
  breaksOf,
  byteEditsArb,
  corrupt,
  duplicate,
  duplicationArb as duplicationArbOf,
  editArb as editArbOf,
  editPoLines,
  editsArb as editsArbOf,
  encode,
  lineEndingsArb as lineEndingsArbOf,
  lossy,
  paragraphsOf,
  poLineEditArb as poLineEditArbOf,
  poValueArb as poValueArbOf,
  poValueLinesOf,
  poWords,
  setPoValue,
  truncationArb as truncationArbOf,
  withLineEndings,
  wordsOf,
  type ByteEdit,
  type Edit,
  type PoLineEdit,
  type PoValueEdit,
} from './mutations.ts';
import { offsetOf, outsideOf } from './located.ts';

/** Cases per property (eight properties in this file). */
const RUNS = 300;

const GAZETTEER = 'seeds/gazetteer.json';
const gazetteerText = read(GAZETTEER);

// A Record over the union: the compiler fails when a code is added or removed.
const KNOWN_CODES: Record<ErrorCode, true> = {
  'input/empty': true,
  'input/encoding': true,
  'input/unreadable': true,
  'input/too-large': true,
  'input/control-character': true,
  'input/line-ends': true,
  'input/invisible-line': true,
  'input/file-name': true,
  'input/not-read': true,
  'input/duplicate-report': true,
  'header/missing-date': true,
  'header/invalid-date': true,
  'header/date-mismatch': true,
  'header/future-date': true,
  'dateline/unknown-place': true,
  'dateline/unknown-agency': true,
  'dateline/date-mismatch': true,
  'dateline/unknown-month': true,
  'structure/no-lead': true,
  'structure/trailing-text': true,
  'structure/paragraph-too-long': true,
  'entity/no-leader': true,
  'entity/no-counterparts': true,
  'entity/unknown-country': true,
  'entity/no-venue': true,
  'entity/host-conflict': true,
  'attribution/undecided-meeting': true,
  'attribution/undecided-speaker': true,
  'attribution/unknown-override': true,
  'attribution/no-statements': true,
  'attribution/unknown-speaker': true,
  'attribution/unattributed': true,
  'translation/syntax': true,
  'translation/duplicate': true,
  'translation/missing': true,
  'translation/stale': true,
  'translation/orphan': true,
  'translation/missing-file': true,
  'gazetteer/invalid': true,
  'gazetteer/syntax': true,
  'gazetteer/duplicate-key': true,
  'gazetteer/unknown-key': true,
  'gazetteer/duplicate-id': true,
  'redirects/invalid': true,
  'redirects/syntax': true,
  'redirects/duplicate-key': true,
  'redirects/unknown-key': true,
  'redirects/duplicate-from': true,
  'redirects/overwrites-page': true,
  'redirects/to-itself': true,
  'redirects/cycle': true,
  'redirects/chain': true,
  'redirects/no-page': true,
  'schema/invalid': true,
};

// ---------------------------------------------------------------------------
// The pipeline and what every outcome must satisfy

interface Outcome {
  /** The joined article, when every step succeeded. */
  article: TranslatedArticle | null;
  /** The Hindi article, whenever the report parsed (even if the join failed). */
  hindi: Article | null;
  errors: LoaderError[];
  warnings: LoaderError[];
  /** What each file an error may name holds, as the loader saw it. */
  inputs: Map<string, string>;
}

function pipeline(reportBytes: Uint8Array, poBytes: Uint8Array): Outcome {
  const inputs = new Map([
    [SEED, lossy(reportBytes)],
    [SEED_PO, lossy(poBytes)],
    [GAZETTEER, gazetteerText],
  ]);
  const outcome: Outcome = { article: null, hindi: null, errors: [], warnings: [], inputs };
  const hi = decodeUtf8(reportBytes, SEED);
  if (!hi.ok) return { ...outcome, errors: hi.errors };
  const parsed = parseReport(hi.value);
  outcome.warnings = parsed.warnings;
  if (!parsed.ok) return { ...outcome, errors: parsed.errors };
  const hindi = parsed.article;
  const po = decodeUtf8(poBytes, SEED_PO);
  if (!po.ok) return { ...outcome, hindi, errors: po.errors };
  const joined = translate(hindi, po.value, SEED_PO);
  return joined.ok ? { ...outcome, hindi, article: joined.article } : { ...outcome, hindi, errors: joined.errors };
}

const run = (report: string, po = seedPo) => pipeline(encode(report), encode(po));

function expectWellFormed(outcome: Outcome): void {
  for (const warning of outcome.warnings) expectLocated(warning, outcome.inputs);
  if (outcome.hindi) expectLossless(outcome.hindi, outcome.inputs.get(SEED)!);
  if (outcome.article) {
    expect(outcome.errors).toEqual([]);
    expectLossless(outcome.article, outcome.inputs.get(SEED)!);
    expectTranslated(outcome.article);
    return;
  }
  expect(outcome.errors.length).toBeGreaterThan(0);
  for (const error of outcome.errors) expectLocated(error, outcome.inputs);
  // The loader's own rules must catch bad input first: a schema failure of
  // its output is a loader bug (see validate.ts), located nowhere useful.
  expect(outcome.errors.filter((e) => e.code === 'schema/invalid')).toEqual([]);
}

function expectLocated(error: LoaderError, inputs: Map<string, string>): void {
  // Lines and columns as the loader's `locate` counts them.
  const text = inputs.get(error.file);
  const inside = text !== undefined && outsideOf(text, error.line, error.column) === null;
  if (!Object.hasOwn(KNOWN_CODES, error.code) || !inside || error.message === '') {
    expect.fail(`not a known code located inside an input: ${JSON.stringify(error)}`);
  }
}

function expectLossless(article: Article, text: string): void {
  expect(article.source.text).toBe(text);
  const { text: rebuilt, gaps } = reassemble(article);
  expect(rebuilt).toBe(text);
  // Between spans: white space, and lines of characters that show nothing (read as blank, with a warning).
  expect(gaps.filter((gap) => !/^[\s\p{Cf}\p{Default_Ignorable_Code_Point}\u2800]*$/u.test(gap)), 'text outside every span').toEqual([]);

  const ids = article.sentences.map((s) => s.id);
  expect(new Set(ids).size).toBe(ids.length);
  expect(article.sentences.filter((s) => text.slice(...s.span) !== s.text.hi).map((s) => s.id), 'sentences unlike their span').toEqual([]);

  // How many sentence spans cover each code unit: never two, and exactly one
  // for every non-space character of a statement paragraph.
  const cover = new Uint8Array(text.length);
  for (const s of article.sentences) for (let i = s.span[0]; i < s.span[1]; i++) cover[i]! += 1;
  expect(cover.findIndex((n) => n > 1), 'a character in two sentences').toBe(-1);
  const statements = article.paragraphs.filter((p) => p.kind === 'statement');
  const uncovered = statements.flatMap((p) => uncoveredIn(text, p.span, cover));
  expect(uncovered, 'statement characters in no sentence').toEqual([]);

  // Each sentence is listed by its own paragraph, once, and lies inside it.
  const listed = article.paragraphs.flatMap((p) => p.sentences.map((id) => `${p.n} ${id}`));
  expect(listed.sort()).toEqual(article.sentences.map((s) => `${s.paragraph} ${s.id}`).sort());
  const outside = article.sentences.filter((s) => {
    const p = article.paragraphs.find((x) => x.n === s.paragraph);
    return !p || s.span[0] < p.span[0] || s.span[1] > p.span[1];
  });
  expect(outside.map((s) => s.id), 'sentences outside their paragraph').toEqual([]);

  // A sentence is attributed to the article's own meetings and people or to
  // none; a counterpart speaks in their own meeting; each meeting lists exactly
  // its sentences, once, with their speakers (none included).
  const meetings = new Set(article.meetings.map((m) => m.id));
  const people = new Map(article.people.map((p) => [p.id, p]));
  const strays = article.sentences.filter((s) => (s.meeting !== null && !meetings.has(s.meeting)) || (s.speaker !== null && !people.has(s.speaker)));
  expect(strays.map((s) => s.id), 'sentences attributed to what the article does not have').toEqual([]);
  const misplaced = article.sentences.filter((s) => s.speaker && people.get(s.speaker)!.role === 'counterpart' && s.meeting !== people.get(s.speaker)!.country.toLowerCase());
  expect(misplaced.map((s) => s.id), 'a counterpart speaking outside their meeting').toEqual([]);

  // Every fact is the text's words (its span holds them, inside one sentence), an editor's, or unknown and null;
  // a host is one of the meeting's own participants.
  const within = (span: readonly [number, number]) => article.sentences.some((s) => s.span[0] <= span[0] && span[1] <= s.span[1]);
  for (const m of article.meetings) {
    const facts = [m.host, m.date, m.venue, ...(m.remote ? [m.remote.caller] : [])];
    for (const fact of facts) {
      if (fact.from === 'text') expect(article.source.text.slice(...fact.span), `${m.id}: a fact's words`).toBe(fact.hi);
      if (fact.from === 'text') expect(within(fact.span), `${m.id}: a fact's words lie in a sentence`).toBe(true);
      if (fact.from === 'unknown') expect(fact.value).toBeNull();
    }
    if (m.host.value !== null) expect([m.protagonist, ...m.counterparts]).toContain(m.host.value);
  }
  const stated = article.meetings.flatMap((m) => m.statements.flatMap((st) => st.sentences.map((id) => `${m.id} ${st.speaker} ${id}`)));
  const inMeetings = article.sentences.filter((s) => s.meeting !== null);
  expect(stated.sort()).toEqual(inMeetings.map((s) => `${s.meeting} ${s.speaker} ${s.id}`).sort());
}

/** Offsets of non-space characters in `span` that no sentence covers. */
function uncoveredIn(text: string, [start, end]: readonly [number, number], cover: Uint8Array): number[] {
  const out: number[] = [];
  for (let i = start; i < end; i++) if (cover[i] !== 1 && !/\s/u.test(text[i]!)) out.push(i);
  return out;
}

function expectTranslated(article: TranslatedArticle): void {
  const texts = [article.headline, article.summary, ...(article.dateline ? [article.dateline.text] : []), ...article.sentences.map((s) => s.text)];
  expect(texts.filter((t) => t.hi.trim() === '' || t.en.trim() === ''), 'texts without Hindi or English').toEqual([]);
}

// ---------------------------------------------------------------------------
// Arbitraries

// The damage of mutations.ts, sized to the seed and its translation.
const seedWords = wordsOf(seedText);
const editArb = (extra: readonly string[] = []) => editArbOf(seedWords, extra);
const editsArb = (extra: readonly string[] = []) => editsArbOf(seedWords, extra);
const truncationArb = truncationArbOf(seedText.length);
const duplicationArb = duplicationArbOf(paragraphsOf(seedText).length);
const lineEndingsArb = lineEndingsArbOf(breaksOf(seedText));
const poLineEditArb = poLineEditArbOf(seedPo.split('\n').length);
/** Replace the quoted value of one msgctxt, msgid or msgstr line. */
const poValueArb = poValueArbOf(poValueLinesOf(seedPo), seedWords);

// ---------------------------------------------------------------------------

const options = { numRuns: RUNS };
// Room for a busy machine: the whole file takes 5–9 s on two cores.
const timeout = 20_000;

describe('the loader on damaged input', { timeout }, () => {
  it('random character edits of the report never throw and give a lossless article or located errors', () => {
    fc.assert(fc.property(editsArb(), (edits) => expectWellFormed(run(applyEdits(seedText, edits)))), options);
  });

  it('a report truncated at any point gives a lossless article or located errors', () => {
    fc.assert(
      fc.property(truncationArb, ({ at, keep }) => expectWellFormed(run(keep === 'head' ? seedText.slice(0, at) : seedText.slice(at)))),
      options,
    );
  });

  it('a duplicated slice or paragraph gives a lossless article or located errors, never a lost or doubled sentence', () => {
    fc.assert(fc.property(duplicationArb, (d) => expectWellFormed(run(duplicate(seedText, d)))), options);
  });

  it('any mix of LF, CRLF and CR line endings gives a lossless article or located errors; LF and CRLF alone load the same sentences', () => {
    const sentences = (a: Article) => a.sentences.map((s) => [s.id, s.text.hi, s.meeting, s.speaker]);
    const expected = sentences(run(seedText).article!);
    fc.assert(
      fc.property(lineEndingsArb, (endings) => {
        const outcome = run(withLineEndings(seedText, endings));
        expectWellFormed(outcome);
        if (endings.every((e) => e === '\n' || e === '\r\n')) expect(outcome.article && sentences(outcome.article)).toEqual(expected);
      }),
      options,
    );
  });

  it('flipped, inserted or deleted bytes are either reported at the first bad byte or give a lossless article or located errors', () => {
    const bytes = encode(seedText);
    fc.assert(
      fc.property(byteEditsArb, (edits) => {
        const damaged = corrupt(bytes, edits);
        const outcome = pipeline(damaged, encode(seedPo));
        expectWellFormed(outcome);
        const decoded = decodeUtf8(damaged, SEED);
        if (!decoded.ok) {
          // The error points at the first character the lenient decoder replaces.
          const text = lossy(damaged);
          const [error] = decoded.errors;
          expect(decoded.errors).toHaveLength(1);
          expect(error!.code).toBe('input/encoding');
          expect(text[offsetOf(text, error!.line, error!.column)]).toBe('\uFFFD');
        }
      }),
      options,
    );
  });

  it('edits, duplications, line endings and truncation together give a lossless article or located errors', () => {
    const damage = fc.tuple(editsArb(), duplicationArb, lineEndingsArb, fc.option(fc.nat(), { freq: 3 }));
    fc.assert(
      fc.property(damage, ([edits, d, endings, cut]) => {
        const text = applyEdits(withLineEndings(duplicate(seedText, d), endings), edits);
        expectWellFormed(run(cut === null ? text : text.slice(0, cut % (text.length + 1))));
      }),
      options,
    );
  });
});

// Reports with statements to keep: the seed and the fixtures of the genre.
const GENRE = 'tests/fixtures/genre';
const bases = [{ file: SEED, text: seedText }, ...readdirSync(join(ROOT, GENRE)).filter((f) => f.endsWith('.hi.txt')).map((f) => ({ file: `${GENRE}/${f}`, text: read(`${GENRE}/${f}`) }))];
/** Words that name no one and say nothing of who speaks: background. */
const unrelated = fc
  .array(
    fc.constantFrom(
      'गौरतलब है कि यह सम्मेलन हर वर्ष आयोजित होता है।',
      'इस वर्ष संगठन की स्थापना की पच्चीसवीं वर्षगांठ है।',
      'सम्मेलन स्थल के आसपास सुरक्षा कड़ी रखी गई थी।',
      'शहर में कई दिनों से बारिश हो रही है।',
      'इससे पहले भी दोनों देशों के बीच कई दौर की बातचीत हो चुकी है।',
      'सम्मेलन में तीस से अधिक देशों के प्रतिनिधि शामिल हैं',
    ),
    { minLength: 1, maxLength: 3 },
  )
  .map((sentences) => sentences.join(' '));

describe('attribution does not drift', { timeout }, () => {
  it('a sentence\'s speaker never changes when an unrelated paragraph is inserted before it', () => {
    const insertion = fc.record({ base: fc.nat({ max: bases.length - 1 }), at: fc.nat(), paragraph: unrelated });
    fc.assert(
      fc.property(insertion, ({ base, at, paragraph }) => {
        const { file, text } = bases[base]!;
        const before = parseReport(text, file);
        if (!before.ok) throw new Error(`${file} does not load`);
        // Between two paragraphs of the body, before what closes the report.
        const body = before.article.paragraphs.filter((p) => p.kind === 'statement');
        const after = body[at % body.length]!;
        const where = after.span[0];
        const changed = parseReport(`${text.slice(0, where)}${paragraph}\n\n${text.slice(where)}`, file);
        if (!changed.ok) throw new Error(`inserting "${paragraph}" broke ${file}: ${JSON.stringify(changed.errors)}`);
        const shift = paragraph.length + 2;
        const speakers = (a: Article, from: number, by: number) => a.sentences.filter((s) => s.span[0] >= from).map((s) => `${s.span[0] - by} ${s.speaker}`);
        expect(speakers(changed.article, where + shift, shift)).toEqual(speakers(before.article, where, 0));
      }),
      options,
    );
  });
});

describe('the translation join on damaged input', { timeout }, () => {
  it('random edits of the translation never throw and give a full article or errors located in the translation or the report', () => {
    // Descriptions of the damage, not the damaged text, so a counterexample reads.
    const damage = fc.oneof(
      fc.record({ edits: editsArb(poWords) }),
      fc.record({ lineEdits: fc.array(poLineEditArb, { minLength: 1, maxLength: 3 }), edits: fc.array(editArb(poWords), { maxLength: 2 }) }),
      fc.record({ value: poValueArb }),
      fc.record({ bytes: byteEditsArb }),
    );
    const damaged = (d: { edits?: Edit[]; lineEdits?: PoLineEdit[]; value?: PoValueEdit; bytes?: ByteEdit[] }) => {
      if (d.bytes) return corrupt(encode(seedPo), d.bytes);
      const text = d.value ? setPoValue(seedPo, d.value) : (d.lineEdits ?? []).reduce(editPoLines, seedPo);
      return encode(applyEdits(text, d.edits ?? []));
    };
    fc.assert(
      fc.property(damage, (d) => {
        const outcome = pipeline(encode(seedText), damaged(d));
        expectWellFormed(outcome);
        for (const error of outcome.errors) expect([SEED, SEED_PO]).toContain(error.file);
      }),
      options,
    );
  });
});
