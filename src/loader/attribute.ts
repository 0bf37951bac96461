/**
 * Who said each sentence, in which meeting. Rules read cues the text gives:
 * "X से मुलाकात के समय", "X के साथ वार्ता में" (a meeting with X, so the
 * other party speaks unless a speaker is named), "Y ने कहा कि", "Y ने बताया
 * कि" (Y speaks). A sentence with no cue continues the one before it in the
 * same paragraph. What the rules leave open is an error, never a guess.
 */
import type { EncounterKind, Span } from '../schema/article.ts';
import { errorsIn, type LoaderError } from './errors.ts';
import { ENCOUNTER_WORDS } from './lead.ts';
import { fold } from './normalize.ts';
import { noteSpelling, resolveMention, type FoundPerson } from './people.ts';
import type { SentenceSpan } from './structure.ts';
import { matchesAt, tokenize, type Token } from './tokens.ts';

export interface Attribution {
  meeting: string;
  speaker: string;
}

export interface EncounterCue {
  meeting: string;
  kind: EncounterKind;
  span: Span;
  hi: string;
}

export interface Override {
  sentence: string;
  meeting: string;
  speaker: string;
}

const SPEECH_VERBS = new Set(['कहा', 'बताया', 'कहना'].map(fold));
const WITH = [['से'], ['के', 'साथ']].map((w) => w.map(fold));
const WHEN = [['के', 'समय'], ['के', 'दौरान'], ['में']].map((w) => w.map(fold));

// "उन्होंने कहा" (he/she said) names no one the rules can resolve.
const PRONOUN_SUBJECTS = new Set(['उन्होंने', 'उसने', 'इन्होंने'].map(fold));

interface Cues {
  counterpart: FoundPerson | null;
  speaker: FoundPerson | null;
  /** A speech cue whose subject resolves to nobody, or to a pronoun. */
  unresolvedSpeaker: boolean;
  encounter: { token: Token } | null;
}

function cuesOf(tokens: readonly Token[], people: readonly FoundPerson[]): Cues {
  const cues: Cues = { counterpart: null, speaker: null, unresolvedSpeaker: false, encounter: null };
  for (let i = 1; i < tokens.length; i++) {
    const person = resolveMention(tokens[i - 1], people);
    const saysNext = SPEECH_VERBS.has(tokens[i + 1]?.key ?? '');
    if (!cues.speaker && !person && tokens[i]!.key === fold('ने') && saysNext) cues.unresolvedSpeaker = true;
    if (!cues.speaker && PRONOUN_SUBJECTS.has(tokens[i - 1]!.key) && SPEECH_VERBS.has(tokens[i]!.key)) cues.unresolvedSpeaker = true;
    if (!person) continue;
    if (!cues.speaker && tokens[i]!.key === fold('ने') && saysNext) {
      cues.speaker = person;
      noteSpelling(person, tokens[i - 1]!.text);
    }
    if (cues.counterpart) continue;
    const withWords = WITH.find((w) => matchesAt(tokens, i, w));
    const encounter = withWords && tokens[i + withWords.length];
    if (encounter && ENCOUNTER_WORDS[encounter.key] && WHEN.some((w) => matchesAt(tokens, i + withWords.length + 1, w))) {
      cues.counterpart = person;
      cues.encounter = { token: encounter };
      noteSpelling(person, tokens[i - 1]!.text);
    }
  }
  return cues;
}

export function attribute(
  paragraphs: ReadonlyArray<{ sentences: readonly SentenceSpan[] }>,
  host: FoundPerson,
  visitors: readonly FoundPerson[],
  overrides: readonly Override[],
  text: string,
  file: string,
): { attributions: Map<string, Attribution>; encounters: EncounterCue[]; errors: LoaderError[] } {
  const at = errorsIn(file, text);
  const people = [host, ...visitors];
  const meetingOf = (p: FoundPerson) => p.country.toLowerCase();
  const attributions = new Map<string, Attribution>();
  const encounters: EncounterCue[] = [];
  const errors: LoaderError[] = [];
  /** Meetings some sentence belongs to, even when its speaker is undecided. */
  const stated = new Set<string>();

  for (const paragraph of paragraphs) {
    let current: Partial<Attribution> = {};
    let failed = false;
    for (const sentence of paragraph.sentences) {
      const override = overrides.find((o) => o.sentence === sentence.id);
      if (override) {
        stated.add(override.meeting);
        current = { meeting: override.meeting, speaker: override.speaker };
        attributions.set(sentence.id, { meeting: override.meeting, speaker: override.speaker });
        continue;
      }
      const { counterpart, speaker, unresolvedSpeaker, encounter } = cuesOf(tokenize(sentence.text, sentence.span[0]), people);
      const next: Partial<Attribution> = { ...current };
      const hasCue = !!(counterpart || speaker || unresolvedSpeaker);
      // A sentence with no cue of its own continues the one before: when that
      // one was undecided, so is this, and one error says it.
      if (failed && !hasCue) continue;
      if (counterpart && counterpart.role === 'visitor') {
        next.meeting = meetingOf(counterpart);
        next.speaker = speaker?.id ?? (unresolvedSpeaker ? undefined : host.id);
        if (encounter) encounters.push(encounterCue(next.meeting, encounter.token));
      } else if (speaker) {
        next.speaker = speaker.id;
        if (speaker.role === 'visitor') next.meeting = meetingOf(speaker);
        else if (counterpart) next.meeting = undefined;
        if (encounter && next.meeting && speaker.role === 'visitor') encounters.push(encounterCue(next.meeting, encounter.token));
      } else if (counterpart || unresolvedSpeaker) {
        next.speaker = undefined;
      }
      failed = !next.meeting || !next.speaker;
      if (next.meeting) stated.add(next.meeting);
      if (!next.meeting) {
        errors.push(at(sentence.span[0], 'attribution/undecided-meeting', `cannot tell which meeting sentence ${sentence.id} belongs to; name the visitor ("X से मुलाकात के समय") or add an override to the gazetteer`));
      } else if (!next.speaker) {
        errors.push(at(sentence.span[0], 'attribution/undecided-speaker', `cannot tell who says sentence ${sentence.id}; name the speaker ("X ने कहा कि") or add an override to the gazetteer`));
      } else {
        attributions.set(sentence.id, { meeting: next.meeting, speaker: next.speaker });
      }
      current = next;
    }
  }
  // A visitor nobody speaks with would ship as an empty meeting card (a report
  // cut short, say). While some sentence's meeting is undecided it may be that
  // visitor's, so that error comes first.
  if (!errors.some((e) => e.code === 'attribution/undecided-meeting')) {
    for (const visitor of visitors) {
      if (!stated.has(meetingOf(visitor))) {
        errors.push(at(visitor.introducedAt, 'attribution/no-statements', `no sentence is attributed to the meeting with "${visitor.nameHi}"; name them in a statement ("X से मुलाकात के समय") or add an override to the gazetteer`));
      }
    }
  }
  return { attributions, encounters, errors };
}

function encounterCue(meeting: string, t: Token): EncounterCue {
  return { meeting, kind: ENCOUNTER_WORDS[t.key]!, span: [t.start, t.end], hi: t.text };
}
