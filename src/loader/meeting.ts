/**
 * The meeting's own facts, each with its footing: where it was held, when,
 * whether by phone or video and who called, and who hosted — each only as
 * far as the text (or an editor, with a reason) establishes it. The step
 * runs after the people are known and before attribution; nothing here is
 * inferred from who is named first or who is the subject.
 *
 * Read from the meeting's clause (the sentence that tells the encounter,
 * after any "… ने बताया कि"): the venue ("<place> में", "यहां" for the
 * dateline's place), the day (dates.ts), a call ("फोन पर बातचीत"). Read from
 * the whole report: a participant said to be visiting a country ("<country>
 * की यात्रा पर", "दौरे पर", "<place> पहुंचे"), welcomed ("X ने Y का स्वागत
 * किया"), hosting ("की मेजबानी में"), or attending an event in the venue's
 * country: the participant of that country hosts. A call, or a venue in
 * neither side's country, has no host. Rules that disagree decide nothing.
 */
import type { Fact, Span } from '../schema/article.ts';
import { subjectEndingAt, type Scope } from './clauses.ts';
import { dayIn } from './dates.ts';
import type { Dateline } from './dateline.ts';
import { errorsIn, type LoaderError } from './errors.ts';
import { entryAt, entryEndingAt, keyOffsets, type Decision, type GazetteerIndex, type KnownPlace } from './gazetteer.ts';
import { fold } from './normalize.ts';
import { introductions } from './participants.ts';
import type { FoundPerson } from './people.ts';
import { matchesAt, phraseAt, phrases, type Token } from './tokens.ts';
import {
  ABOUT_WORDS,
  ARRIVAL_VERBS,
  ATTENDING_WORDS,
  COMING_VERBS,
  DURING_WORDS,
  ENCOUNTER_VERBS,
  ENCOUNTER_WORDS,
  FUTURE_VERBS,
  HERE,
  HOSTING_WORDS,
  MEETING_VERBS,
  REMOTE_WORDS,
  SEPARATELY,
  TAKING_PART,
  VISIT_NOUNS,
  VISIT_QUALIFIERS,
  WELCOME_WORDS,
} from './vocabulary.ts';

type Remote = { by: 'phone' | 'video'; span: Span; hi: string };

/** What the meeting's sentence tells of its setting, read before the people (a leader named without a country is of the venue's). */
export interface Setting {
  /** The index, among all sentences, of the meeting's sentence, where its participants are named. */
  sentence: number;
  /** The meeting's clause: the sentence that tells the encounter, after any "… ने बताया कि". */
  clause: Token[];
  /** The clause up to the encounter's verb: where the day it was held is told (a day after it dates something else). */
  dayClause: Token[];
  place: { place: KnownPlace | null; country: string | null; span: Span; tokens: readonly Token[]; end: number } | null;
  /** "यहां": the dateline's place. */
  here: Span | null;
  remote: Remote | null;
  encounter: { kind: (typeof ENCOUNTER_WORDS)[number][1]; span: Span; hi: string } | null;
  /** The country a leader named without one is taken to be of: the venue's, else the dateline's. */
  presumed: string | null;
}

export interface MeetingFacts {
  id: string;
  country: string;
  protagonist: FoundPerson;
  counterparts: FoundPerson[];
  host: Fact<string>;
  date: Fact<string>;
  venue: Fact<string>;
  remote: (Remote & { caller: Fact<string> }) | null;
}

const encounterKind = new Map(ENCOUNTER_WORDS.map(([w, k]) => [fold(w), k]));
const encounterVerbs = new Set(ENCOUNTER_VERBS.map(fold));
const meetingVerbs = new Set(MEETING_VERBS.map(fold));
const SE = fold('से');
const during = phrases(DURING_WORDS);
const WITH_AT = new Set(['से', 'साथ'].map(fold));
const KI = fold('कि');
const NE = fold('ने');
const remoteWords = phrases(REMOTE_WORDS.map(([p]) => p));
const remoteBy = new Map(REMOTE_WORDS.map(([p, by]) => [p.split(' ').map(fold).join(' '), by]));
// Words between the call and the encounter's word: "फोन पर [विस्तार से] बातचीत", "वीडियो कॉन्फ्रेंस [के माध्यम से] बैठक".
const REMOTE_REACH = 4;
const talkWords = new Set(['बात', 'बातें', 'कॉल'].map(fold));
const here = new Set(HERE.map(fold));
const visitNouns = new Set(VISIT_NOUNS.map(fold));
const visitQualifiers = new Set(VISIT_QUALIFIERS.map(fold));
const arrivals = new Set(ARRIVAL_VERBS.map(fold));
const futures = new Set(FUTURE_VERBS.map(fold));
const welcome = new Set(WELCOME_WORDS.map(fold));
const hosting = new Set(HOSTING_WORDS.map(fold));
const attending = phrases(ATTENDING_WORDS);
const takingPart = phrases(TAKING_PART);
const separately = new Set(SEPARATELY.map(fold));
const OF = new Set(['के', 'की', 'का'].map(fold));
const PAR = fold('पर');
const IN = new Set(['में', 'स्थित'].map(fold));
// "भारत यात्रा पर आये <P>": how far after the visit its visitor may be named.
const VISITOR_REACH = 8;
const CALL_VERBS = phrases(['फोन किया', 'फोन कर', 'कॉल किया', 'फोन करके', 'टेलीफोन किया']);

const span = (tokens: readonly Token[], from: number, to: number): Span => [tokens[from]!.start, tokens[to]!.end];

/** The sentence that tells the encounter, and what its clause says of place, manner and words. */
export function readSetting(sentences: readonly Token[][], leadCount: number, dateline: Dateline | null, gz: GazetteerIndex, bothSides: (s: Token[]) => boolean): Setting {
  const lead = sentences.slice(0, leadCount);
  // The lead's first sentence that tells an encounter; else the lead's first,
  // when it names both sides; else the first of the report that sets words in
  // a meeting ("X के साथ बातचीत के दौरान").
  const inLead = lead.findIndex((s) => encounterOf(s) !== null);
  const later = sentences.findIndex((s) => encounterOf(s) !== null || duringEncounter(s));
  // A first sentence that names both sides is the meeting's, whatever the lead tells after it.
  const main = bothSides(sentences[0] ?? []) ? 0 : inLead >= 0 ? inLead : later < 0 ? 0 : later;
  // The facts of the meeting are in the sentence that tells it: the main one, or the first after it that does.
  const tells = (s: Token[]) => encounterOf(s) !== null || duringEncounter(s);
  const told = tells(sentences[main] ?? []) ? main : sentences.findIndex((s, i) => i > main && tells(s));
  const sentence = told >= 0 ? told : main;
  const { clause, verb } = clauseOf(sentences[sentence] ?? []);
  // Else the lead may set the meeting in its place: "ग्रेट हॉल ऑफ पीपुल में बैठक के दौरान शी ने कहा".
  const place =
    placeIn(clause, gz) ??
    lead.map((s) => placeOfEncounter(s, gz)).find((p) => p !== null) ??
    // "यात्रा के दौरान … मुलाकात की", the visit told before: "सोची की यात्रा की".
    (duringVisit(clause) ? (lead.map((s) => visitedPlace(s, gz)).find((p) => p !== null) ?? null) : null);
  const datelinePlace = dateline?.place ? gz.place(dateline.place) : undefined;
  const hereAt = clause.findIndex((t) => here.has(t.key));
  return {
    sentence: main,
    clause,
    dayClause: clause.slice(0, verb + 1),
    place,
    here: hereAt >= 0 && datelinePlace ? [clause[hereAt]!.start, clause[hereAt]!.end] : null,
    remote: remoteOf(clause),
    encounter: encounterOf(sentences[main] ?? []) ?? encounterOf(clause),
    presumed: place?.country ?? datelinePlace?.country ?? null,
  };
}

/** The clause of a sentence that tells the encounter (after the last "कि" before its word), and where in it its verb is. */
function clauseOf(tokens: Token[]): { clause: Token[]; verb: number } {
  const at = tokens.findIndex((t, k) => encounterAt(tokens, k) || (encounterKind.has(t.key) && during.some((d) => matchesAt(tokens, k + 1, d))));
  const end = at >= 0 ? at : tokens.length;
  let from = 0;
  for (let k = 0; k < end; k++) if (tokens[k]!.key === KI) from = k + 1;
  return { clause: tokens.slice(from), verb: at >= 0 ? at + 2 - from : tokens.length - from };
}

export interface MeetingInput {
  sentences: readonly Token[][];
  setting: Setting;
  protagonist: FoundPerson;
  counterparts: readonly FoundPerson[];
  dateline: Dateline | null;
  /** The report's date: a weekday or "आज" is resolved against it. */
  date: string;
  /** The editor's decisions for this report, and every decision of the gazetteer (to locate an error at one). */
  decisions: readonly Decision[];
  gazetteerDecisions: readonly Decision[];
  gz: GazetteerIndex;
  scope: Omit<Scope, 'people'>;
  text: string;
  file: string;
  gazetteerFile: string;
  gazetteerText: string;
}

/** One meeting per counterparts' country, each fact with its footing. */
export function decideMeetings(input: MeetingInput): { meetings: MeetingFacts[]; errors: LoaderError[]; warnings: LoaderError[] } {
  const { setting, protagonist, counterparts, gz, text } = input;
  const at = errorsIn(input.file, text);
  const atGazetteer = errorsIn(input.gazetteerFile, input.gazetteerText);
  const errors: LoaderError[] = [];
  const warnings: LoaderError[] = [];
  const countries = [...new Set(counterparts.map((c) => c.country))];
  const people = [protagonist, ...counterparts];
  const scope: Scope = { ...input.scope, people };
  const attend = attendingIn(setting.clause);
  const hostCues = [...hostCuesIn(input.sentences, scope, gz), ...(attend ? [attend] : [])];
  const valueAt = keyOffsets(input.gazetteerText, 'value');

  const meetings = countries.map((country): MeetingFacts => {
    const id = country.toLowerCase();
    const theirs = counterparts.filter((c) => c.country === country);
    const participants = [protagonist, ...theirs];
    const decision = (fact: Decision['fact']) => input.decisions.find((d) => d.fact === fact && (d.meeting === undefined || d.meeting === id));

    const venueDecision = decision('venue');
    const venue: Fact<string> = venueDecision
      ? { value: venueDecision.value, from: 'editor', why: venueDecision.why }
      : setting.remote
        ? { value: null, from: 'text', span: setting.remote.span, hi: setting.remote.hi, rule: 'call' }
        : setting.place?.place
          ? { value: setting.place.place.id, from: 'text', span: setting.place.span, hi: text.slice(...setting.place.span), rule: 'place' }
          : setting.here && input.dateline?.place
            ? { value: input.dateline.place, from: 'text', span: setting.here, hi: text.slice(...setting.here), rule: 'here' }
            : { value: null, from: 'unknown' };
    const venuePlace = venue.value ? gz.place(venue.value) : undefined;
    // A country without a place ("जापान में") still tells where, for who hosted.
    const venueCountry = venuePlace?.country ?? (venue.from === 'unknown' ? (setting.place?.country ?? null) : null);

    const dateDecision = decision('date');
    const day = dayIn(setting.dayClause, input.date, setting.clause);
    const date: Fact<string> = dateDecision
      ? { value: dateDecision.value, from: 'editor', why: dateDecision.why }
      : day
        ? { value: day.date, from: 'text', span: day.span, hi: text.slice(...day.span), rule: day.rule }
        : { value: null, from: 'unknown' };

    const hostDecision = decision('host');
    let host: Fact<string>;
    if (hostDecision) {
      if (hostDecision.value !== null && !participants.some((p) => p.id === hostDecision.value)) {
        errors.push(atGazetteer(valueAt[input.gazetteerDecisions.indexOf(hostDecision)] ?? 0, 'gazetteer/invalid', `the host of ${id} in ${input.file}, "${hostDecision.value}", is not one of its participants (${participants.map((p) => p.id).join(', ')})`));
      }
      host = { value: hostDecision.value, from: 'editor', why: hostDecision.why };
    } else if (setting.remote) {
      host = { value: null, from: 'text', span: setting.remote.span, hi: setting.remote.hi, rule: 'call' };
    } else {
      host = hostOf(participants, hostCues, venue, venueCountry, text, (offset, message) => warnings.push(at(offset, 'entity/host-conflict', message)));
    }
    return {
      id,
      country,
      protagonist,
      counterparts: theirs,
      host,
      date,
      venue,
      remote: setting.remote && { ...setting.remote, caller: callerOf(setting.clause, scope, participants, text) },
    };
  });
  return { meetings, errors, warnings };
}

/** What the report says of someone visiting, welcomed or hosting: each a participant and a country. */
interface HostCue {
  rule: 'visit' | 'arrival' | 'welcome' | 'hosted' | 'attending';
  span: Span;
  /** The participant who came, or null where only the host is named. */
  guest: FoundPerson | null;
  /** The country of whoever came (a participant, or someone of their side). */
  guestCountry?: string;
  /** The participant who hosts, where named. */
  host: FoundPerson | null;
  /** The country visited, or the host's. */
  country: string | null;
}

function hostCuesIn(sentences: readonly Token[][], scope: Scope, gz: GazetteerIndex): HostCue[] {
  const cues: HostCue[] = [];
  for (const tokens of sentences) {
    for (let k = 0; k < tokens.length; k++) {
      const t = tokens[k]!;
      if (visitNouns.has(t.key)) {
        const cue = visitAt(tokens, k, scope, gz);
        if (cue) cues.push(cue);
      } else if (arrivals.has(t.key)) {
        const cue = arrivalAt(tokens, k, scope, gz);
        if (cue) cues.push(cue);
      } else if (welcome.has(t.key)) {
        const cue = welcomeAt(tokens, k, scope, gz);
        if (cue) cues.push(cue);
      } else if (hosting.has(t.key)) {
        const cue = hostingAt(tokens, k, scope, gz);
        if (cue) cues.push(cue);
      }
    }
  }
  return cues;
}

/** Start of the clause that holds token `k`: after the last "कि" before it. */
function clauseStart(tokens: readonly Token[], k: number): number {
  for (let j = k - 1; j >= 0; j--) if (tokens[j]!.key === KI) return j + 1;
  return 0;
}

/** The participant named by the words nearest before `k` in its clause. */
function participantBefore(tokens: readonly Token[], k: number, scope: Scope): FoundPerson | null {
  for (let j = k - 1; j >= clauseStart(tokens, k); j--) {
    const subject = subjectEndingAt(tokens, j, scope);
    if (subject.kind === 'person') return subject.person;
  }
  return null;
}

/** A country or a place ending at `end`: its country. */
function countryEndingAt(tokens: readonly Token[], end: number, gz: GazetteerIndex): { code: string; start: number } | null {
  const country = entryEndingAt(tokens, end, gz.countries);
  if (country) return { code: country.value.code, start: end - country.words.length + 1 };
  const place = entryEndingAt(tokens, end, gz.places);
  if (place) return { code: place.value.country, start: end - place.words.length + 1 };
  return null;
}

/**
 * "<P> … <country> [की|के] [राजकीय] यात्रा/दौरे पर" or "<country> यात्रा पर आए
 * <P>": P visits the country, now (not "गत", not "आएंगे"). "राजकीय यात्रा पर
 * पहुंचे <P>", naming no country, is a visit to where the meeting is.
 */
function visitAt(tokens: readonly Token[], k: number, scope: Scope, gz: GazetteerIndex): HostCue | null {
  // "यात्रा पर", "यात्रा के दौरान", or the visit as a deed: "सोची की यात्रा की और …".
  const deed = tokens[k + 1]?.key === KI_VERB && (!/\p{L}/u.test(tokens[k + 2]?.text ?? '.') || DEED_AFTER.has(tokens[k + 2]?.key ?? ''));
  const on = tokens[k + 1]?.key === PAR || during.some((d) => d[0] === fold('के') && matchesAt(tokens, k + 1, d)) || deed;
  if (!on) return null;
  let j = k - 1;
  while (j >= 0 && (visitQualifiers.has(tokens[j]!.key) || /^[\p{N}]+-?\p{L}*$/u.test(tokens[j]!.text))) {
    if (PAST_OR_NEXT.has(tokens[j]!.key)) return null;
    j--;
  }
  if (OF.has(tokens[j]?.key ?? '')) j--;
  // "अमेरिका की राजधानी की यात्रा": the capital of a country, in that country.
  if (capitalWords.has(tokens[j]?.key ?? '') && OF.has(tokens[j - 1]?.key ?? '')) j -= 2;
  // "<country> की यात्रा पर", or "दौरे पर <country> आई" with the country after.
  const after = entryAt(tokens, k + 2, gz.countries);
  const arrived = after && coming.has(tokens[k + 2 + after.words.length]?.key ?? '') ? { code: after.value.code, start: k + 2 } : null;
  const visited = countryEndingAt(tokens, j, gz) ?? arrived;
  if (visited && PAST_OR_NEXT.has(tokens[visited.start - 1]?.key ?? '')) return null;
  // Naming no country, it is a visit only where someone is said to come on it: "यात्रा पर [बुधवार को] पहुंचे <P>".
  if (!visited && !tokens.slice(k + 2, k + 2 + VISITOR_REACH).some((t) => coming.has(t.key))) return null;
  // "X की यात्रा पर" where X is a person or anything else: not a country.
  if (!visited && j === k - 2 && OF.has(tokens[k - 1]?.key ?? '')) return null;
  // "यात्रा पर आएंगे" is no visit now; "यात्रा पर बात की", "यात्रा पर … टिप्पणी" speak about one.
  if (tokens.slice(k + 2, k + 2 + ABOUT_REACH).some((t) => futures.has(t.key) || about.has(t.key))) return null;
  // "यात्रा पर आये <P>", else "<P> … <country> की यात्रा पर".
  let guest: FoundPerson | null = null;
  for (let n = k + 2; n < Math.min(tokens.length, k + 2 + VISITOR_REACH) && !guest; n++) {
    if (tokens[n]!.key === NE || tokens[n]!.key === KI) break;
    const subject = subjectEndingAt(tokens, n, scope);
    if (subject.kind === 'person' && OF.has(tokens[n + 1]?.key ?? '') === false) guest = subject.person;
  }
  const from = visited && visited !== arrived ? visited.start : j + 1;
  guest ??= participantBefore(tokens, from, scope);
  // "भूटान की रॉयल फैमिली … दौरे पर भारत आई": someone of a participant's country came.
  const guestCountry = guest?.country ?? countryOfSubject(tokens, from, gz);
  if (!guestCountry) return null;
  const words = arrived ? span(tokens, k, arrived.start + after!.words.length - 1) : span(tokens, from, k + 1);
  return { rule: 'visit', span: words, guest, guestCountry, host: null, country: visited?.code ?? null };
}
const about = new Set(ABOUT_WORDS.map(fold));
const capitalWords = new Set(['राजधानी'].map(fold));
const KI_VERB = fold('की');
const DEED_AFTER = new Set(['और', 'थी', 'है', 'तथा', 'एवं'].map(fold));
const coming = new Set([...ARRIVAL_VERBS, ...COMING_VERBS].map(fold));
// How far after "यात्रा पर" a word may show that the visit is spoken about.
const ABOUT_REACH = 6;
const PAST_OR_NEXT = new Set(['गत', 'पिछली', 'पिछले', 'पूर्व', 'आगामी', 'अगली', 'अगले', 'भावी', 'प्रस्तावित'].map(fold));

/** "<country> की/के …" or "<adjective> …" opening the clause before `end`: the country of someone who is no participant. */
function countryOfSubject(tokens: readonly Token[], end: number, gz: GazetteerIndex): string | null {
  for (let j = clauseStart(tokens, end); j < end; j++) {
    const country = entryAt(tokens, j, gz.countries);
    if (country && OF.has(tokens[j + country.words.length]?.key ?? '')) return country.value.code;
    const adjective = entryAt(tokens, j, gz.demonyms);
    if (adjective) return adjective.value.code;
  }
  return null;
}

/** "<P> … <place> पहुंचे": P came to the place's country. */
function arrivalAt(tokens: readonly Token[], k: number, scope: Scope, gz: GazetteerIndex): HostCue | null {
  const place = countryEndingAt(tokens, k - 1, gz);
  if (!place) return null;
  const guest = participantBefore(tokens, place.start, scope);
  return guest ? { rule: 'arrival', span: span(tokens, place.start, k), guest, guestCountry: guest.country, host: null, country: place.code } : null;
}

/**
 * "<A> ने <B> का [गर्मजोशी से] स्वागत किया": A welcomes B. "<A> ने <B> के
 * स्वागत में …": A, or A's country where A is no participant, welcomes B.
 */
function welcomeAt(tokens: readonly Token[], k: number, scope: Scope, gz: GazetteerIndex): HostCue | null {
  let j = k - 1;
  // Words of manner between "का" and स्वागत: "गर्मजोशी से", "भव्य".
  for (let n = 0; n < 3 && j >= 0 && !OF.has(tokens[j]!.key); n++) j--;
  if (!OF.has(tokens[j]?.key ?? '')) return null;
  const guestSubject = subjectEndingAt(tokens, j - 1, scope);
  if (guestSubject.kind !== 'person') return null;
  const guest = guestSubject.person;
  const ne = tokens.slice(clauseStart(tokens, k), j).findLastIndex((t) => t.key === NE) + clauseStart(tokens, k);
  if (ne < clauseStart(tokens, k)) return null;
  const hostSubject = subjectEndingAt(tokens, ne - 1, scope);
  const words: Span = [guestSubject.tokens[0]?.start ?? tokens[j - 1]!.start, tokens[k]!.end];
  if (hostSubject.kind === 'person') return { rule: 'welcome', span: words, guest, host: hostSubject.person, country: hostSubject.person.country };
  // Someone of the host's country who is not a participant: "फिजी के प्रधानमंत्री … ने शी चिनफिंग के स्वागत में".
  const welcomer = introductions(tokens.slice(clauseStart(tokens, k), ne + 1), gz, () => {}).intros.at(-1);
  const code = welcomer?.after === NE ? (welcomer.country?.code ?? welcomer.listed?.country ?? null) : null;
  return code ? { rule: 'welcome', span: words, guest, host: null, country: code } : null;
}

/** "<A> की मेजबानी में", "<A> ने … मेजबानी की": A (a participant, or a country) hosts. */
function hostingAt(tokens: readonly Token[], k: number, scope: Scope, gz: GazetteerIndex): HostCue | null {
  // "X ने Y की मेजबानी की": X hosted Y; "Y की मेजबानी में": Y hosted.
  const hosted = !IN.has(tokens[k + 1]?.key ?? '') && tokens.slice(clauseStart(tokens, k), k).some((t) => t.key === NE);
  if (OF.has(tokens[k - 1]?.key ?? '') && !hosted) {
    const subject = subjectEndingAt(tokens, k - 2, scope);
    if (subject.kind === 'person') return { rule: 'hosted', span: [subject.tokens[0]?.start ?? tokens[k - 2]!.start, tokens[k]!.end], guest: null, host: subject.person, country: subject.person.country };
    const country = countryEndingAt(tokens, k - 2, gz);
    if (country) return { rule: 'hosted', span: span(tokens, country.start, k), guest: null, host: null, country: country.code };
    return null;
  }
  const ne = tokens.slice(clauseStart(tokens, k), k).findLastIndex((t) => t.key === NE);
  if (ne < 0) return null;
  const at = clauseStart(tokens, k) + ne;
  const subject = subjectEndingAt(tokens, at - 1, scope);
  return subject.kind === 'person' ? { rule: 'hosted', span: span(tokens, at - 1, k), guest: null, host: subject.person, country: subject.person.country } : null;
}

/**
 * Who hosted one meeting, from the report's cues: the participant of the
 * country visited, of the welcomer or of the host named; the participant of
 * the venue's country when the other attends an event there. A venue in
 * neither side's country: none. Cues that disagree: not known, with a warning.
 */
function hostOf(
  participants: readonly FoundPerson[],
  cues: readonly HostCue[],
  venue: Fact<string>,
  venueCountry: string | null,
  text: string,
  warn: (offset: number, message: string) => void,
): Fact<string> {
  const found: Array<{ host: FoundPerson | null; cue: HostCue }> = [];
  for (const told of cues) {
    // A visit that names no country is to the venue's.
    const cue = told.country === null && told.rule === 'visit' ? { ...told, country: venueCountry } : told;
    if (cue.country === null && cue.rule === 'visit') continue;
    if (cue.guest && !participants.includes(cue.guest)) continue;
    if (cue.host && !participants.includes(cue.host)) continue;
    if (cue.guestCountry && (cue.country === cue.guestCountry || !participants.some((p) => p.country === cue.guestCountry))) continue;
    const of = participants.filter((p) => p.country === cue.country && p !== cue.guest);
    const host = cue.host ?? (of.length === 1 ? of[0]! : null);
    // A visit to a country none of them is from: they met abroad, and no one of them hosted.
    if (!host && of.length === 0 && cue.guestCountry && (cue.rule === 'visit' || cue.rule === 'arrival')) found.push({ host: null, cue });
    else if (host) found.push({ host, cue });
  }
  // Attending an event in the venue's country: "थ्येनचिन में … में भाग लेने वाले …".
  const inVenueCountry = participants.filter((p) => p.country === venueCountry);
  if (venueCountry && inVenueCountry.length === 1 && participants.some((p) => p.country !== venueCountry)) {
    const attend = cues.find((c) => c.rule === 'attending');
    if (attend) found.push({ host: inVenueCountry[0]!, cue: attend });
  }
  const hosts = new Set(found.map((f) => f.host?.id ?? null));
  if (hosts.size > 1) {
    const said = found.map((f) => `"${text.slice(...f.cue.span)}"`).join(', ');
    warn(found[0]!.cue.span[0], `the report's words disagree on who hosted (${said}); the host is left unknown (a decision in the gazetteer can settle it)`);
    return { value: null, from: 'unknown' };
  }
  const first = found[0];
  if (first) return { value: first.host?.id ?? null, from: 'text', span: first.cue.span, hi: text.slice(...first.cue.span), rule: first.host ? first.cue.rule : 'third-country' };
  if (venueCountry && inVenueCountry.length === 0 && venue.value !== null) {
    if (venue.from === 'text') return { value: null, from: 'text', span: venue.span, hi: venue.hi, rule: 'third-country' };
    if (venue.from === 'editor') return { value: null, from: 'editor', why: `The venue, an editor's decision, is in neither participant's country: no one of them hosted. (${venue.why})` };
  }
  return { value: null, from: 'unknown' };
}

/** "<A> ने <B> को फोन किया": who called, only where the text says. */
function callerOf(clause: readonly Token[], scope: Scope, participants: readonly FoundPerson[], text: string): Fact<string> {
  for (let k = 0; k < clause.length; k++) {
    const verb = phraseAt(clause, k, CALL_VERBS);
    if (!verb || clause[k - 1]?.key !== fold('को')) continue;
    const ne = clause.slice(0, k).findLastIndex((t) => t.key === NE);
    if (ne < 0) continue;
    const subject = subjectEndingAt(clause, ne - 1, scope);
    if (subject.kind === 'person' && participants.includes(subject.person)) {
      const words: Span = [clause[k]!.start, clause[k + verb.length - 1]!.end];
      return { value: subject.person.id, from: 'text', span: words, hi: text.slice(...words), rule: 'caller' };
    }
  }
  return { value: null, from: 'unknown' };
}

/** The first "<place> में" (or "<place> स्थित …") of the clause; a country there tells only the country. */
function placeIn(tokens: readonly Token[], gz: GazetteerIndex): Setting['place'] {
  for (let k = 0; k < tokens.length; k++) {
    // "<place> की [अपनी पहली] यात्रा में/के दौरान": the meeting is where the visit is.
    const visit = placeVisited(tokens, k, gz);
    if (visit) return visit;
    if (!IN.has(tokens[k + 1]?.key ?? '')) continue;
    const place = entryEndingAt(tokens, k, gz.places);
    if (place) return { place: place.value, country: place.value.country, span: span(tokens, k - place.words.length + 1, k), tokens, end: k };
    const country = entryEndingAt(tokens, k, gz.countries);
    if (country) return { place: null, country: country.value.code, span: span(tokens, k - country.words.length + 1, k), tokens, end: k };
  }
  return null;
}

/** "यात्रा के दौरान", "यात्रा में": the clause sets the meeting in a visit. */
function duringVisit(tokens: readonly Token[]): boolean {
  return tokens.some((t, k) => visitNouns.has(t.key) && (IN.has(tokens[k + 1]?.key ?? '') || during.some((d) => matchesAt(tokens, k + 1, d))));
}

/** The place of a visit the sentence tells: "<place> की यात्रा की/पर". */
function visitedPlace(tokens: readonly Token[], gz: GazetteerIndex): Setting['place'] {
  for (let k = 0; k < tokens.length; k++) {
    if (!visitNouns.has(tokens[k]!.key) || !OF.has(tokens[k - 1]?.key ?? '')) continue;
    const place = entryEndingAt(tokens, k - 2, gz.places);
    if (place) return { place: place.value, country: place.value.country, span: span(tokens, k - 1 - place.words.length, k - 2), tokens, end: k - 2 };
  }
  return null;
}

/** "<place> की [अपनी] [पहली] यात्रा में / के दौरान", the place ending at `k`. */
function placeVisited(tokens: readonly Token[], k: number, gz: GazetteerIndex): Setting['place'] {
  if (!OF.has(tokens[k + 1]?.key ?? '')) return null;
  let j = k + 2;
  while (visitQualifiers.has(tokens[j]?.key ?? '') || OWN.has(tokens[j]?.key ?? '')) j++;
  if (!visitNouns.has(tokens[j]?.key ?? '') || !(IN.has(tokens[j + 1]?.key ?? '') || during.some((d) => matchesAt(tokens, j + 1, d)))) return null;
  const place = entryEndingAt(tokens, k, gz.places);
  return place ? { place: place.value, country: place.value.country, span: span(tokens, k - place.words.length + 1, k), tokens, end: k } : null;
}
const OWN = new Set(['अपनी', 'अपने', 'उनकी', 'उनके'].map(fold));

/** "<place> में [हुई] <encounter> के दौरान/में": the place of the meeting told beside its word. */
function placeOfEncounter(tokens: readonly Token[], gz: GazetteerIndex): Setting['place'] {
  for (let k = 0; k < tokens.length; k++) {
    if (!encounterKind.has(tokens[k]!.key) || !during.some((d) => matchesAt(tokens, k + 1, d))) continue;
    const at = HELD.has(tokens[k - 1]?.key ?? '') ? k - 1 : k;
    if (!IN.has(tokens[at - 1]?.key ?? '')) continue;
    const place = entryEndingAt(tokens, at - 2, gz.places);
    if (place) return { place: place.value, country: place.value.country, span: span(tokens, at - 1 - place.words.length, at - 2), tokens, end: at - 2 };
  }
  return null;
}
const HELD = new Set(['हुई', 'हुए', 'हुआ', 'आयोजित'].map(fold));

/** "…में [अलग-अलग तौर पर] <occasion> में भाग लेने वाले…" */
export function occasionOf(setting: Setting): Span | null {
  if (!setting.place) return null;
  const { tokens } = setting.place;
  let i = setting.place.end + 2;
  while (separately.has(tokens[i]?.key ?? '')) i++;
  for (let j = i + 1; j < tokens.length; j++) {
    if (/[।|]/u.test(tokens[j]!.text)) return null;
    if (takingPart.some((w) => matchesAt(tokens, j, w))) return [tokens[i]!.start, tokens[j - 1]!.end];
  }
  return null;
}

/** "X से/के साथ <encounter> के दौरान/में/के समय": a sentence set in a meeting. */
export function duringEncounter(tokens: readonly Token[]): boolean {
  return tokens.some((t, k) => encounterKind.has(t.key) && WITH_AT.has(tokens[k - 1]?.key ?? '') && during.some((d) => matchesAt(tokens, k + 1, d)));
}

/**
 * "फोन पर बातचीत की", "वीडियो कॉन्फ्रेंस के जरिए बैठक": the encounter was a
 * call. The words count only just before the encounter's own word (or बात),
 * so that a call mentioned in passing ("जिन्हें फोन पर आमंत्रित किया था",
 * "वर्चुअल करेंसी पर चर्चा") leaves a visit a visit.
 */
function remoteOf(tokens: readonly Token[]): Remote | null {
  for (let i = 0; i < tokens.length; i++) {
    const words = phraseAt(tokens, i, remoteWords);
    if (!words) continue;
    const end = i + words.length;
    const talk = tokens.slice(end - 1, end + REMOTE_REACH).some((t) => encounterKind.has(t.key) || talkWords.has(t.key));
    if (!talk) continue;
    const s = span(tokens, i, end - 1);
    return { by: remoteBy.get(words.join(' '))!, span: s, hi: tokens.slice(i, end).map((t) => t.text).join(' ') };
  }
  return null;
}

/** "<X> से भेंट की", "मुलाकात हुई", "<X> से मिले": an encounter told at token `k`. */
function encounterAt(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]!;
  if (meetingVerbs.has(t.key)) return tokens[k - 1]?.key === SE;
  return encounterKind.has(t.key) && (encounterVerbs.has(tokens[k + 1]?.key ?? '') || encounterVerbs.has(tokens[k + 2]?.key ?? ''));
}

/** The sentence's own verb of encounter: "<visitors> से भेंट की", "मुलाकात हुई", "मोदी से मिले". */
export function encounterOf(tokens: readonly Token[]): Setting['encounter'] {
  const i = tokens.findIndex((_, k) => encounterAt(tokens, k));
  const t = tokens[i];
  return t ? { kind: encounterKind.get(t.key) ?? 'mulaqat', span: [t.start, t.end], hi: t.text } : null;
}

/** "… में भाग लेने वाले", "उपस्थित": a participant attends an event where the meeting is. */
export function attendingIn(clause: readonly Token[]): HostCue | null {
  for (let k = 0; k < clause.length; k++) {
    const words = phraseAt(clause, k, attending);
    if (words) return { rule: 'attending', span: span(clause, k, k + words.length - 1), guest: null, host: null, country: null };
  }
  return null;
}

