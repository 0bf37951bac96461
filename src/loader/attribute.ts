/**
 * Who said each sentence, in which meeting. The rules, in order:
 * - A speech construction names its speaker: "Y ने [… ] कहा/बताया/जोर दिया…",
 *   "Y के अनुसार", "Y बोले". Y is a participant by any part of their name, by
 *   a title only they hold ("प्रधानमंत्री ने"), or by a pronoun ("उन्होंने"),
 *   which continues the subject of the sentence before.
 * - "X से मुलाकात के समय …" sets the sentence in the meeting with X; with no
 *   subject of its own, the other side of that meeting (the protagonist) speaks.
 * - A sentence with no cue continues the speaker of the sentence before it
 *   in the same paragraph, unless it tells what happened (a narrative
 *   opening or verb) or has a subject of its own.
 * - A counterpart's words belong to their meeting; the protagonist's to the
 *   meeting the sentence or paragraph is set in, or to the only one.
 * Both sides at once ("दोनों नेताओं ने") is narration. What no rule decides
 * stays unattributed, with a warning; nothing is guessed.
 */
import type { EncounterKind, Span } from '../schema/article.ts';
import { meetingIdOf } from '../schema/article.ts';
import { clausesOf, type Clauses, type Scope, type Subject } from './clauses.ts';
import { errorsIn, type LoaderError } from './errors.ts';
import { fold } from './normalize.ts';
import { mentionEndingAt, noteSpelling, type FoundPerson } from './people.ts';
import type { ParagraphSpan, SentenceSpan } from './structure.ts';
import { phraseAt, phrases, tokenize, type Token } from './tokens.ts';
import { ACCORDING_TO, ENCOUNTER_WORDS, SPEECH_VERBS } from './vocabulary.ts';

export interface Attribution {
  meeting: string | null;
  speaker: string | null;
}

export interface EncounterCue {
  meeting: string;
  kind: EncounterKind;
  span: Span;
  hi: string;
}

export interface Override {
  sentence: string;
  meeting: string | null;
  speaker: string | null;
}

const kindOf = new Map(ENCOUNTER_WORDS.map(([w, k]) => [fold(w), k]));
const QUOTE = /^["'“”‘’]$/u;

/** What the sentence before left for the next one to continue. */
interface Current {
  /** The speaker whose words continue, null when they were not attributed, undefined for none. */
  speaker: FoundPerson | null | undefined;
  /** The person a pronoun refers to: the last subject that was a participant. */
  antecedent: FoundPerson | null;
  meeting: string | null;
  /** A quotation is open at the end of the sentence, or it closed a quoted statement. */
  quote: 'open' | 'closed' | null;
}

export function attribute(
  paragraphs: readonly ParagraphSpan[],
  protagonist: FoundPerson,
  counterparts: readonly FoundPerson[],
  overrides: readonly Override[],
  scope: Omit<Scope, 'people'>,
  text: string,
  file: string,
): { attributions: Map<string, Attribution>; encounters: EncounterCue[]; warnings: LoaderError[] } {
  const at = errorsIn(file, text);
  const people = [protagonist, ...counterparts];
  const fullScope: Scope = { ...scope, people };
  const meetings = new Set(counterparts.map((c) => meetingIdOf(c.country)));
  const only = meetings.size === 1 ? [...meetings][0]! : null;
  const attributions = new Map<string, Attribution>();
  const encounters: EncounterCue[] = [];
  const warnings: LoaderError[] = [];
  const warn = (s: SentenceSpan, code: LoaderError['code'], message: string) => warnings.push(at(s.span[0], code, `${s.id}: ${message}`));
  let previous: Current = { speaker: undefined, antecedent: null, meeting: null, quote: null };

  for (const paragraph of paragraphs) {
    if (paragraph.kind !== 'lead' && paragraph.kind !== 'statement') continue;
    let current: Current = { speaker: undefined, antecedent: previous.antecedent, meeting: null, quote: null };
    paragraph.sentences.forEach((sentence, index) => {
      const override = overrides.find((o) => o.sentence === sentence.id);
      if (override) {
        attributions.set(sentence.id, { meeting: override.meeting, speaker: override.speaker });
        const speaker = people.find((p) => p.id === override.speaker);
        current = { speaker: speaker ?? null, antecedent: speaker ?? current.antecedent, meeting: override.meeting, quote: null };
        return;
      }
      const tokens = tokenize(sentence.text, sentence.span[0]);
      const insideQuote = current.quote === 'open';
      const c = clausesOf(tokens, fullScope, insideQuote);
      const quote: Current['quote'] = c.quoteOpen ? 'open' : tokens.some((t) => QUOTE.test(t.text)) ? 'closed' : null;
      // The lead sentence introduces the meeting: only its own speech construction attributes it.
      const lead = paragraph.kind === 'lead' && index === 0;
      const meetingOf = (speaker: FoundPerson | null): string | null => {
        // A counterpart is in one meeting only: whatever they speak of, it is said there.
        if (speaker?.role === 'counterpart') return meetingIdOf(speaker.country);
        if (c.elsewhere) return null;
        if (c.counterpart?.person.role === 'counterpart') return meetingIdOf(c.counterpart.person.country);
        // "उन्होंने रूस के विदेश मंत्री सर्गेई लावरोव के साथ … बात की": the one meeting whose counterpart the sentence names.
        const named = new Set(counterparts.filter((p) => names(tokens, p)).map((p) => meetingIdOf(p.country)));
        return current.meeting ?? (named.size === 1 ? [...named][0]! : only);
      };
      const decide = (speaker: FoundPerson | null, why: 'said' | 'continues' | 'narration' | 'undecided') => {
        const meeting = lead && !speaker ? null : meetingOf(speaker);
        if (speaker && !meeting && !c.elsewhere) warn(sentence, 'attribution/undecided-meeting', `${speaker.nameHi} speaks, but the sentence names no meeting and the report has ${meetings.size}; name the counterpart ("X से मुलाकात के समय") or add an override`);
        if (why === 'undecided' && !lead) warn(sentence, 'attribution/unattributed', 'no rule tells who says this sentence; it is shown as not attributed (an override in the gazetteer can settle it)');
        attributions.set(sentence.id, { meeting, speaker: speaker?.id ?? null });
        if (meeting && c.encounter) encounters.push({ meeting, kind: kindOf.get(c.encounter.key)!, span: [c.encounter.start, c.encounter.end], hi: c.encounter.text });
        return meeting;
      };

      // A paragraph of quoted words after a quoted statement goes on with its speaker.
      const quotedParagraph = index === 0 && !c.speech && !c.action && previous.quote !== null && previous.speaker && QUOTE.test(tokens[0]?.text ?? '');
      if (quotedParagraph) current = { ...previous, quote: null };
      if (c.elsewhere) current.meeting = null;

      if (c.speech) {
        const speaker = speakerOf(c.speech, current, (code, message) => warn(sentence, code, message));
        // "उन्होंने कहा" opening a paragraph goes on in the meeting the last one was set in.
        if (index === 0 && c.speech.kind === 'pronoun' && speaker && speaker === previous.speaker) current.meeting = previous.meeting;
        const meeting = decide(speaker, 'said');
        // A speech act ("धन्यवाद दिया") has no words for the next sentence to go on with.
        // Words told at second hand ("उशाकोव ने कहा कि पुतिन ने बताया …"): "उन्होंने" after is the teller, no participant.
        current = { speaker: c.act && speaker ? undefined : speaker, antecedent: c.reported ? null : speaker, meeting, quote };
        if (speaker && c.speech.kind === 'person') noteSpelling(speaker, c.speech.tokens);
      } else if (c.action) {
        // "X ने … स्वागत किया": what a participant did, not what they said.
        decide(null, 'narration');
        const doer = c.action.kind === 'person' ? c.action.person : c.action.kind === 'pronoun' ? current.antecedent : null;
        current = { speaker: undefined, antecedent: doer, meeting: lead || c.elsewhere ? null : (attributions.get(sentence.id)?.meeting ?? null), quote: null };
      } else if (!lead && c.counterpart && !c.narrative && !hasSubject(tokens)) {
        // "जोपारोव से मुलाकात के समय चीन … को तैयार है": the other side speaks.
        const speaker = c.counterpart.person.role === 'counterpart' ? protagonist : null;
        const meeting = decide(speaker, speaker ? 'said' : 'undecided');
        current = { speaker, antecedent: speaker ?? current.antecedent, meeting, quote };
      } else if (
        !lead &&
        (index > 0 || quotedParagraph) &&
        current.speaker !== undefined &&
        (insideQuote || quotedParagraph || ((c.firstPerson || !c.narrative) && !(current.speaker && names(tokens, current.speaker))))
      ) {
        // Words with no cue go on with the speaker before, unless they tell of
        // that speaker by name ("किम की वापसी की तारीख…"): then they are the report's.
        decide(current.speaker, 'continues');
        current = { ...current, quote };
      } else {
        const meeting = decide(null, c.narrative || lead ? 'narration' : 'undecided');
        // Told as narration, but with the marks of someone's words: say so rather than pass over it.
        const marks = c.narrative && !lead ? speechMarks(tokens) : null;
        if (marks) warn(sentence, 'attribution/unattributed', `it has the marks of someone's words (${marks}), but no rule tells whose; it is shown as not attributed (an override in the gazetteer can settle it)`);
        current = { speaker: undefined, antecedent: current.antecedent, meeting: lead ? null : meeting, quote: null };
      }
      if (c.counterpart) noteSpelling(c.counterpart.person, c.counterpart.tokens);
    });
    previous = current;
  }
  return { attributions, encounters, warnings };
}

/** The participant a speech construction names, or null with a warning. */
function speakerOf(subject: Subject, current: Current, warn: (code: LoaderError['code'], message: string) => void): FoundPerson | null {
  switch (subject.kind) {
    case 'person':
      return subject.person;
    case 'joint':
      return null;
    case 'pronoun': {
      // A pronoun continues the subject of the sentence before, in this
      // paragraph or, at its start, the last one of the paragraph before.
      const antecedent = current.antecedent;
      if (!antecedent) warn('attribution/undecided-speaker', `"${subject.token.text}" refers to no leader named before it; the sentence stays unattributed`);
      return antecedent;
    }
    case 'ambiguous':
      warn('attribution/undecided-speaker', `"${subject.text}" could be more than one of the report's leaders; the sentence stays unattributed`);
      return null;
    case 'unknown':
      warn('attribution/unknown-speaker', `"${subject.text}" is not one of the report's leaders; the sentence stays unattributed`);
      return null;
  }
}

/** Does the sentence name `person`, anywhere in it? */
function names(tokens: readonly Token[], person: FoundPerson): boolean {
  return tokens.some((_, end) => {
    const mention = mentionEndingAt(tokens, end, [person]);
    return !!mention && 'person' in mention;
  });
}

const speechWords = phrases([...SPEECH_VERBS, ...ACCORDING_TO]);
/** A quotation mark or a speech verb anywhere in the sentence, as quoted in a warning; null for none. */
function speechMarks(tokens: readonly Token[]): string | null {
  const quote = tokens.find((t) => QUOTE.test(t.text));
  if (quote) return `"${quote.text}"`;
  for (let i = 0; i < tokens.length; i++) {
    const words = phraseAt(tokens, i, speechWords);
    if (words) return `"${tokens.slice(i, i + words.length).map((t) => t.text).join(' ')}"`;
  }
  return null;
}

const NE = fold('ने');
/** Has the sentence a subject marked with "ने" of its own? */
function hasSubject(tokens: readonly Token[]): boolean {
  return tokens.some((t) => t.key === NE);
}

export type { Clauses };
