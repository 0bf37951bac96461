/**
 * What one sentence says about who speaks: its speech construction ("X ने
 * … कहा", "X के अनुसार", "X बोले"), the subject of its first clause when it
 * tells an action instead, a meeting it is set in ("X से मुलाकात के समय"),
 * and the marks of narration. Reading only: deciding is attribute.ts's.
 */
import { mentionEndingAt, type FoundPerson } from './people.ts';
import { fold } from './normalize.ts';
import { matchesAt, phraseAt, phraseEndingAt, phrases, type Token } from './tokens.ts';
import {
  ACCORDING_TO,
  COUNTERPART_WORDS,
  DURING_WORDS,
  ENCOUNTER_VERBS,
  ENCOUNTER_WORDS,
  FIRST_PERSON,
  HONORIFICS,
  INTRANSITIVE_SPEECH,
  JOINT_SUBJECTS,
  NARRATION_OPENERS,
  NARRATIVE_ENDINGS,
  OTHER_REFERENT,
  POSSESSIVES,
  PRONOUN_SUBJECTS,
  QUESTION_WORDS,
  SPEECH_ACTS,
  SPEECH_REACH,
  SPEECH_VERBS,
  SPEECH_VERBS_BEFORE_KI,
  TITLE_WORDS,
  WITH_WORDS,
} from './vocabulary.ts';

export type Subject =
  /** `tokens`: the words that name them, when a name does (not a bare title). */
  | { kind: 'person'; person: FoundPerson; tokens: Token[] }
  | { kind: 'pronoun'; token: Token }
  | { kind: 'joint' }
  | { kind: 'ambiguous'; text: string }
  | { kind: 'unknown'; text: string };

export interface Clauses {
  /** A speech construction: its subject says the sentence. */
  speech: Subject | null;
  /** The construction is a speech act without content ("धन्यवाद दिया"): nothing goes on from it. */
  act: boolean;
  /** The subject of the first clause when it does something other than speak. */
  action: Subject | null;
  /** "X से मुलाकात के समय": the other party of the meeting the sentence is set in. */
  counterpart: { person: FoundPerson; tokens: Token[] } | null;
  /** The encounter word of that cue. */
  encounter: Token | null;
  /**
   * The sentence is set in a meeting with someone who is not a participant,
   * or its own clause turns to a leader of a country that has no part in the
   * report ("फ्रांस के राष्ट्रपति … को धन्यवाद दिया"): it is in none of its meetings.
   */
  elsewhere: boolean;
  /** An opening or a closing verb that tells what happened rather than what was said. */
  narrative: boolean;
  /** First-person words: someone's words, whatever the verb. */
  firstPerson: boolean;
  /** Is a quotation still open where the sentence ends? */
  quoteOpen: boolean;
  /** The words are a participant's, told by someone else ("प्रवक्ता ने बताया कि X ने कहा कि …"): a pronoun after refers to the teller. */
  reported: boolean;
}

const NE = fold('ने');
const SE = fold('से');
const questions = new Set(QUESTION_WORDS.map(fold));
const BOTH = fold('दोनों');
const KI = fold('कि');
const speechVerbs = phrases(SPEECH_VERBS);
const speechActs = phrases(SPEECH_ACTS);
const beforeKi = phrases(SPEECH_VERBS_BEFORE_KI);
const firstPerson = new Set(FIRST_PERSON.map(fold));
const intransitive = new Set(INTRANSITIVE_SPEECH.map(fold));
const accordingTo = phrases(ACCORDING_TO);
const pronouns = new Set(PRONOUN_SUBJECTS.map(fold));
const ergativePronouns = new Set(['उन्होंने', 'उन्होने', 'उसने', 'इन्होंने', 'इसने'].map(fold));
const joint = phrases(JOINT_SUBJECTS);
const openers = phrases(NARRATION_OPENERS);
const endings = new Set(NARRATIVE_ENDINGS.map(fold));
const titles = phrases(TITLE_WORDS.map(([p]) => p));
const titleOf = new Map(TITLE_WORDS.map(([p, t]) => [p.split(' ').map(fold).join(' '), t]));
const honorifics = new Set(HONORIFICS.map(fold));
const counterpartWords = new Set(COUNTERPART_WORDS.map(fold));
const possessives = new Set(POSSESSIVES.map(fold));
const otherReferent = new Set(OTHER_REFERENT.map(fold));
const withWords = phrases(WITH_WORDS);
const during = phrases(DURING_WORDS);
const encounterWords = new Set(ENCOUNTER_WORDS.map(([w]) => fold(w)));
const encounterVerbs = new Set(ENCOUNTER_VERBS.map(fold));
const conjunctions = new Set([',', 'और', 'तथा', 'व', 'एवं'].map(fold));
const OF = new Set(['के', 'की', 'का'].map(fold));
const POSTPOSITIONS = new Set(['के', 'की', 'का', 'ने', 'से', 'को', 'में', 'पर'].map(fold));
const QUOTES = /^["'“”‘’]$/u;
const OPENING = /^[“‘]$/u;
const CLOSING = /^[”’]$/u;
// Words a filler may put between "X से" and the encounter word: "X से हुई मुलाकात में".
const MAX_FILLER = 2;

export interface Scope {
  people: readonly FoundPerson[];
  /** The country table's names and adjectives, to check "चीनी राष्ट्रपति" against the person. */
  countryOf(tokens: readonly Token[], end: number): { code: string; length: number } | null;
}

/** `quoted`: the sentence begins inside a quotation the one before opened. */
export function clausesOf(tokens: readonly Token[], scope: Scope, quoted = false): Clauses {
  const { mask, open } = quotedMask(tokens, quoted);
  const result: Clauses = {
    speech: null,
    act: false,
    action: null,
    counterpart: null,
    encounter: null,
    elsewhere: false,
    narrative: false,
    firstPerson: tokens.some((t) => firstPerson.has(t.key)),
    quoteOpen: open,
    reported: false,
  };
  const firstKi = tokens.findIndex((t, i) => t.key === KI && !mask[i]);
  const limit = firstKi === -1 ? tokens.length : firstKi;

  const ne = tokens.findIndex((t, i) => !mask[i] && (t.key === NE || ergativePronouns.has(t.key)));
  if (ne >= 0 && (ne < limit || firstKi === -1)) {
    const subject = ergativePronouns.has(tokens[ne]!.key) ? (askedBefore(tokens, ne, scope) ?? ({ kind: 'pronoun', token: tokens[ne]! } as const)) : subjectEndingAt(tokens, ne - 1, scope);
    const verb = speechWithin(tokens, ne + 1);
    if (verb) {
      result.speech = subject;
      result.act = verb === 'act';
      // "प्रवक्ता ने बताया कि <participant> ने बल दिया कि …": the words are the participant's, at second hand.
      const reported = subject.kind === 'unknown' && verb === 'words' && firstKi > ne ? reportedSpeaker(tokens, firstKi + 1, scope, mask) : null;
      if (reported) {
        result.speech = reported;
        result.reported = true;
      }
      // "X और यहां आए Y ने कहा": both say it.
      if (subject.kind === 'person' && jointBefore(tokens, ne, subject.person, scope)) result.speech = { kind: 'joint' };
    } else {
      result.action = subject;
    }
  }
  if (!result.speech) {
    for (let i = 1; i < limit; i++) {
      if (mask[i]) continue;
      const phrase = phraseAt(tokens, i, accordingTo);
      if (phrase) {
        result.speech = subjectEndingAt(tokens, i - 1, scope);
        result.action = null;
        break;
      }
      if (intransitive.has(tokens[i]!.key) && !result.action) {
        const subject = subjectEndingAt(tokens, i - 1, scope);
        if (subject.kind === 'person' || subject.kind === 'pronoun') {
          result.speech = subject;
          break;
        }
      }
    }
  }
  Object.assign(result, counterpartIn(tokens, scope, mask));
  result.elsewhere ||= thirdLeader(tokens, scope, mask, limit);
  const first = tokens.findIndex((t) => /\p{L}/u.test(t.text));
  const last = lastWord(tokens);
  result.narrative = (first >= 0 && !!phraseAt(tokens, first, openers)) || (last !== undefined && endings.has(last.key));
  return result;
}

/**
 * "<X> से जब … सवाल किया गया तो उन्होंने कहा": the pronoun is the one the
 * sentence names as asked, before anyone of the sentences before it.
 */
function askedBefore(tokens: readonly Token[], pronoun: number, scope: Scope): Subject | null {
  const asked = tokens.slice(0, pronoun).findIndex((t) => questions.has(t.key));
  if (asked < 0) return null;
  for (let j = asked - 1; j >= 1; j--) {
    if (tokens[j]!.key !== SE) continue;
    const subject = subjectEndingAt(tokens, j - 1, scope);
    if (subject.kind === 'person') return subject;
  }
  return null;
}

/** Another participant named before "ने", joined to the subject by "और": "X और … Y ने कहा". */
function jointBefore(tokens: readonly Token[], ne: number, subject: FoundPerson, scope: Scope): boolean {
  return tokens.slice(0, ne).some((t, and) => {
    if (!conjunctions.has(t.key) || t.text === ',') return false;
    const other = subjectEndingAt(tokens, and - 1, scope);
    return other.kind === 'person' && other.person !== subject;
  });
}

/** After "कि": "<participant> ने [words] <speech verb>", the speaker a spokesman reports. */
function reportedSpeaker(tokens: readonly Token[], from: number, scope: Scope, mask: readonly boolean[]): Subject | null {
  const ne = tokens.findIndex((t, i) => i >= from && !mask[i] && t.key === NE);
  if (ne < 0 || speechWithin(tokens, ne + 1) !== 'words') return null;
  const subject = subjectEndingAt(tokens, ne - 1, scope);
  return subject.kind === 'person' ? subject : null;
}

/** The speech verb within reach after "ने", before "कि" or another subject: words, an act, or none. */
function speechWithin(tokens: readonly Token[], from: number): 'words' | 'act' | null {
  for (let j = from; j < tokens.length && j < from + SPEECH_REACH; j++) {
    const t = tokens[j]!;
    if (/^[।|]$/u.test(t.text)) return null;
    if (t.key === KI) return j > from && (phraseEndingAt(tokens, j - 1, speechVerbs) || phraseEndingAt(tokens, j - 1, beforeKi)) ? 'words' : null;
    if (t.key === NE || ergativePronouns.has(t.key)) return null;
    if (phraseAt(tokens, j, speechVerbs)) return 'words';
    if (phraseAt(tokens, j, speechActs)) return 'act';
  }
  return null;
}

/**
 * Who the words ending at `end` name, as a subject: a participant (by name,
 * with the titles, honorifics and country words before it checked against
 * them), a pronoun, both sides, or someone the report does not introduce.
 */
export function subjectEndingAt(tokens: readonly Token[], end: number, scope: Scope): Subject {
  // The words a warning quotes: up to four, from the first after a postposition.
  const window = tokens.slice(Math.max(0, end - 3), end + 1);
  const from = window.findLastIndex((t, i) => i < window.length - 1 && POSTPOSITIONS.has(t.key)) + 1;
  const text = window.slice(from).map((t) => t.text).join(' ');
  const at = tokens[end];
  if (!at) return { kind: 'unknown', text };
  if (pronouns.has(at.key)) return { kind: 'pronoun', token: at };
  // "दोनों पक्षों ने", "दोनों मंत्रियों ने": both sides.
  if (phraseEndingAt(tokens, end, joint) || tokens[end - 1]?.key === BOTH) return { kind: 'joint' };

  const mention = mentionEndingAt(tokens, end, scope.people);
  let person: FoundPerson | null = null;
  let start: number;
  let title: string | null = null;
  if (mention && 'person' in mention) {
    person = mention.person;
    start = mention.start;
  } else if (mention) {
    return { kind: 'ambiguous', text };
  } else {
    const bare = phraseEndingAt(tokens, end, titles);
    if (!bare) return { kind: 'unknown', text };
    title = bare.join(' ');
    start = end - bare.length + 1;
  }
  // Walk back over what may stand before a name: titles, honorifics,
  // "<country> के [अपने] समकक्ष", "<adjective>".
  let country: string | null = null;
  let k = start - 1;
  for (;;) {
    const t = tokens[k];
    if (!t) break;
    if (honorifics.has(t.key) || counterpartWords.has(t.key) || possessives.has(t.key) || t.text === ',') {
      k--;
      continue;
    }
    const titled = phraseEndingAt(tokens, k, titles);
    if (titled) {
      title ??= titled.join(' ');
      k -= titled.length;
      continue;
    }
    const named = OF.has(t.key) ? scope.countryOf(tokens, k - 1) : scope.countryOf(tokens, k);
    if (named && !country) {
      country = named.code;
      k -= named.length + (OF.has(t.key) ? 1 : 0);
      continue;
    }
    break;
  }
  const before = tokens[k];
  if (before && otherReferent.has(before.key)) return { kind: 'unknown', text };
  if (before && conjunctions.has(before.key) && (person || title)) {
    // "X और Y ने": both speak, or a list; either way not one speaker.
    const other = subjectEndingAt(tokens, k - 1, scope);
    if (other.kind === 'person' || other.kind === 'joint') return { kind: 'joint' };
  }
  if (!person) {
    const wanted = titleOf.get(title!);
    const holders = scope.people.filter((p) => p.title.value === wanted && (!country || p.country === country));
    // Both sides hold it: the bare title is the report's own leader, the one named without a country.
    const found = holders.length > 1 && !country ? holders.filter((p) => !p.qualified) : holders;
    if (found.length === 1) person = found[0]!;
    else return holders.length > 1 ? { kind: 'ambiguous', text } : { kind: 'unknown', text };
  }
  if (country && country !== person.country) return { kind: 'unknown', text };
  return { kind: 'person', person, tokens: mention ? tokens.slice(start, end + 1) : [] };
}

/**
 * "X से/के साथ [हुई] <encounter> <के समय|के दौरान|में|करते समय>" or "X से
 * <encounter> की"; X may be someone who is not a participant.
 */
function counterpartIn(tokens: readonly Token[], scope: Scope, quoted: readonly boolean[]): Pick<Clauses, 'counterpart' | 'encounter' | 'elsewhere'> {
  for (let i = 1; i < tokens.length; i++) {
    const w = phraseAt(tokens, i, withWords);
    if (!w) continue;
    for (let gap = 0; gap <= MAX_FILLER; gap++) {
      const e = tokens[i + w.length + gap];
      if (!e || !encounterWords.has(e.key)) continue;
      const next = i + w.length + gap + 1;
      if (!during.some((d) => matchesAt(tokens, next, d)) && !encounterVerbs.has(tokens[next]?.key ?? '')) break;
      const subject = subjectEndingAt(tokens, i - 1, scope);
      if (subject.kind === 'person') return { counterpart: { person: subject.person, tokens: subject.tokens }, encounter: e, elsewhere: false };
      // A meeting with another leader, told outside quotation marks, leaves the meeting the paragraph was in.
      const leader = tokens.slice(Math.max(0, i - 6), i).some((_, k, run) => phraseAt(run, k, titles));
      if (subject.kind === 'unknown' && !quoted[i] && leader) return { counterpart: null, encounter: null, elsewhere: true };
      break;
    }
  }
  return { counterpart: null, encounter: null, elsewhere: false };
}

/** "<country> के <title>" or "<adjective> <title>" of a country no participant is from, in the clause before "कि". */
function thirdLeader(tokens: readonly Token[], scope: Scope, quoted: readonly boolean[], limit: number): boolean {
  const countries = new Set(scope.people.map((p) => p.country));
  for (let i = 1; i < limit; i++) {
    if (quoted[i] || !phraseAt(tokens, i, titles)) continue;
    const named = OF.has(tokens[i - 1]!.key) ? scope.countryOf(tokens, i - 2) : scope.countryOf(tokens, i - 1);
    if (named && !countries.has(named.code)) return true;
  }
  return false;
}

/**
 * Marks tokens inside quotation marks, whose "ने" belongs to the quoted
 * words. Typography varies (“…”, ‘‘…’’, ”…”, "…", '…'): a mark opens when
 * none is open and closes when one is.
 */
function quotedMask(tokens: readonly Token[], quoted: boolean): { mask: boolean[]; open: boolean } {
  let open = quoted;
  const mask = tokens.map((t) => {
    if (!QUOTES.test(t.text)) return open;
    const opens = OPENING.test(t.text) ? true : CLOSING.test(t.text) ? false : !open;
    // A doubled mark (‘‘ or ’’) is one mark.
    if (opens === open) return open;
    open = opens;
    return false;
  });
  return { mask, open };
}

function lastWord(tokens: readonly Token[]): Token | undefined {
  for (let i = tokens.length - 1; i >= 0; i--) if (/\p{L}/u.test(tokens[i]!.text)) return tokens[i];
  return undefined;
}
