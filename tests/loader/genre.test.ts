/**
 * One fictional report per variation of the genre, written in our own words
 * after real reports: for each, who hosts, who visits, and the meeting and
 * speaker of every sentence, narration left unattributed included, with the
 * warnings it must give.
 */
import { describe, expect, it } from 'vitest';
import type { Fact, Meeting } from '../../src/schema/article.ts';
import { parseReport, read, reassemble } from './helpers.ts';

interface Case {
  file: string;
  /** The variations it stands for. */
  shows: string;
  protagonist: string;
  /**
   * "<meeting> <counterparts> host=<id> held=<date> venue=<place>[ <phone|video>]",
   * each fact's value ("-" for none, "?" for not known) and its footing: the
   * rule that read the text, "editor" or "unknown".
   */
  meetings: string[];
  /** Dateline place and agency ids, or null for a report without a dateline. */
  dateline: [string | null, string | null] | null;
  /** "<sentence> <meeting or -> <speaker or ->" for every sentence, in order. */
  sentences: string[];
  /** [code, line] of each warning. */
  warnings: Array<[string, number]>;
}

const CASES: Case[] = [
  {
    file: '2025-03-14-cri-fiji',
    shows: "no dateline (CMG style); राष्ट्राध्यक्ष; \"मुलाकात में X ने कहा\"; a joint sentence; a byline in brackets closing the last paragraph",
    protagonist: 'lyu-chinashan',
    meetings: ["fj semisi-tuiloma host=?:unknown held=2025-03-13:day-month venue=beijing:place"],
    dateline: null,
    sentences: [
      'p1.s1 - -',
      'p2.s1 fj lyu-chinashan',
      'p2.s2 fj lyu-chinashan',
      'p2.s3 fj lyu-chinashan',
      'p3.s1 fj semisi-tuiloma',
      'p3.s2 fj semisi-tuiloma',
      'p4.s1 fj -',
    ],
    warnings: [],
  },
  {
    file: '2025-04-02-delhi-kenya',
    shows: "\"|\" for the danda; the protagonist named without a country (the venue tells it); the host from the visitor's arrival (\"दिल्ली पहुंचे\"); a bare title and an adjective with a title as subjects; a pronoun; quoted words over two sentences; a speech act; narration in the lead and at the end",
    protagonist: 'aravind-sethi',
    meetings: ["ke joseph-kimani host=aravind-sethi:arrival held=2025-04-02:weekday venue=hyderabad-house:place"],
    dateline: ["new-delhi","ians"],
    sentences: [
      'p1.s1 - -',
      'p1.s2 ke -',
      'p2.s1 ke aravind-sethi',
      'p2.s2 ke aravind-sethi',
      'p2.s3 ke aravind-sethi',
      'p3.s1 ke joseph-kimani',
      'p3.s2 ke joseph-kimani',
      'p3.s3 ke joseph-kimani',
      'p4.s1 ke -',
    ],
    warnings: [],
  },
  {
    file: '2025-05-20-johannesburg-brazil',
    shows: "a region in brackets in the dateline; the visitor as subject, and so the protagonist; a venue in the other's country, with no word of a visit, tells no host; जोर दिया with words between ने and the verb; \"X के अनुसार\"; ‘…’ quotes; background (इससे पहले)",
    protagonist: 'markos-almeda',
    meetings: ["za thabo-nkosi host=?:unknown held=2025-05-20:weekday venue=johannesburg:place"],
    dateline: ["johannesburg","pti"],
    sentences: [
      'p1.s1 - -',
      'p2.s1 za markos-almeda',
      'p2.s2 za markos-almeda',
      'p3.s1 za thabo-nkosi',
      'p3.s2 za thabo-nkosi',
      'p4.s1 za -',
    ],
    warnings: [],
  },
  {
    file: '2025-06-09-delhi-three-presidents',
    shows: "a dateline without an agency; a plural title with three names; \"X से भेंट करते समय\", \"X के साथ बातचीत के दौरान\"; घोषणा की, प्रशंसा की; the protagonist speaking in the meeting the paragraph is set in; a weekday resolved against the dateline",
    protagonist: 'sudha-raghavan',
    meetings: ["mx karlos-ruiz host=?:unknown held=2025-06-09:weekday venue=new-delhi:place", "gh kvame-asante host=?:unknown held=2025-06-09:weekday venue=new-delhi:place", "ng ibrahim-belo host=?:unknown held=2025-06-09:weekday venue=new-delhi:place"],
    dateline: ["new-delhi",null],
    sentences: [
      'p1.s1 - -',
      'p2.s1 mx sudha-raghavan',
      'p2.s2 mx karlos-ruiz',
      'p3.s1 gh sudha-raghavan',
      'p3.s2 gh kvame-asante',
      'p4.s1 ng ibrahim-belo',
      'p4.s2 ng sudha-raghavan',
    ],
    warnings: [],
  },
  {
    file: '2025-07-11-berlin-tokyo',
    shows: "\"<place> :\" dateline; adjectives (जर्मन, जापानी); चांसलर; first-person words after a closed quote; \"X बोले कि\"; both leaders as subject",
    protagonist: 'helaga-vebar',
    meetings: ["jp kenji-takahashi host=?:unknown held=?:unknown venue=berlin:place"],
    dateline: ["berlin",null],
    sentences: [
      'p1.s1 - -',
      'p2.s1 jp helaga-vebar',
      'p2.s2 jp helaga-vebar',
      'p3.s1 jp kenji-takahashi',
      'p4.s1 jp -',
    ],
    warnings: [],
  },
  {
    file: '2025-08-21-press-release',
    shows: "a press release's \"<place> : dd.mm.yyyy\" line; श्री and a comma before names; उपराष्ट्रपति; a bare title naming the one participant with it; रेखांकित किया; धन्यवाद दिया; the host from \"X ने Y का स्वागत किया\"",
    protagonist: 'vinod-mehara',
    meetings: ["ar lusiya-pharnandiz host=vinod-mehara:welcome held=2025-08-21:today venue=rashtrapati-bhavan:place"],
    dateline: ["rashtrapati-bhavan",null],
    sentences: [
      'p1.s1 - -',
      'p2.s1 ar vinod-mehara',
      'p2.s2 ar vinod-mehara',
      'p3.s1 ar lusiya-pharnandiz',
    ],
    warnings: [],
  },
  {
    file: '2025-09-30-foreign-ministers',
    shows: "PTI style dateline without a danda; विदेश मंत्री; \"चिली के अपने समकक्ष\"; a tweet; no place in the meeting's sentence: the venue is not known, with a warning; the host from the welcome in the tweet; a spokesperson (not a participant); दोनों मंत्रियों",
    protagonist: 'anil-deshamukh',
    meetings: ["cl rodrigo-paz host=anil-deshamukh:welcome held=2025-09-30:weekday venue=?:unknown"],
    dateline: ["new-delhi","pti"],
    sentences: [
      'p1.s1 - -',
      'p2.s1 cl anil-deshamukh',
      'p2.s2 cl anil-deshamukh',
      'p3.s1 cl -',
      'p4.s1 cl rodrigo-paz',
      'p4.s2 cl -',
    ],
    warnings: [["entity/no-venue",1],["attribution/unknown-speaker",5]],
  },
  {
    file: '2025-10-15-names-with-particles',
    shows: "names with particles and a suffix, mentioned by a part that is not the last word (हमदान बिन राशिद, तोरेस); \"उनके अनुसार\"",
    protagonist: 'hamadan-bin-rashid-al-mansuri',
    meetings: ["ph ramon-tores-juniyar host=?:unknown held=?:unknown venue=abu-dhabi:place"],
    dateline: ["abu-dhabi","ians"],
    sentences: [
      'p1.s1 - -',
      'p2.s1 ph hamadan-bin-rashid-al-mansuri',
      'p2.s2 ph hamadan-bin-rashid-al-mansuri',
      'p3.s1 ph ramon-tores-juniyar',
    ],
    warnings: [],
  },
  {
    file: '2025-11-04-washington-ottawa',
    shows: "words reported in the lead sentence itself; a feminine \"की प्रधानमंत्री\"; उम्मीद जताई; narration in the lead after a statement",
    protagonist: 'devid-milar',
    meetings: ["ca kleyar-bushar host=?:unknown held=2025-11-04:weekday venue=washington:place"],
    dateline: ["washington","ians"],
    sentences: [
      'p1.s1 ca devid-milar',
      'p1.s2 ca -',
      'p2.s1 ca kleyar-bushar',
      'p2.s2 ca kleyar-bushar',
      'p3.s1 ca devid-milar',
    ],
    warnings: [],
  },
  {
    file: '2025-12-01-ulaanbaatar-visit',
    shows: "\"X की Y के साथ मुलाकात हुई\"; पीएम; the protagonist abroad: a venue in the other's country, with no word of a visit, tells no host; a cue-less paragraph of background left unattributed, with a warning",
    protagonist: 'aravind-sethi',
    meetings: ["mn batabayar-ganabold host=?:unknown held=2025-12-01:weekday venue=ulaanbaatar:place"],
    dateline: ["ulaanbaatar","ians"],
    sentences: [
      'p1.s1 - -',
      'p2.s1 mn aravind-sethi',
      'p2.s2 mn aravind-sethi',
      'p3.s1 mn batabayar-ganabold',
      'p3.s2 mn batabayar-ganabold',
      'p4.s1 mn -',
    ],
    warnings: [["attribution/unattributed",7]],
  },
  {
    file: '2025-12-10-phone-call',
    shows: "a call (\"फोन पर बातचीत\"): no venue and no host, and no warning for them; \"<country> के अपने समकक्ष\"; a syndicated report's closing \"… द्वारा प्रकाशित\" is its credit line",
    protagonist: 'nilima-joshi',
    meetings: ["no erik-holaind host=-:call held=2025-12-10:weekday venue=-:call phone"],
    dateline: ["new-delhi","uni"],
    sentences: [
      'p1.s1 - -',
      'p2.s1 no nilima-joshi',
      'p2.s2 no nilima-joshi',
      'p3.s1 no erik-holaind',
    ],
    warnings: [],
  },
];

const footing = (fact: Fact<string>) => `${fact.value ?? (fact.from === 'unknown' ? '?' : '-')}:${fact.from === 'text' ? fact.rule : fact.from}`;
const meetingLine = (m: Meeting) =>
  [m.id, m.counterparts.join(','), `host=${footing(m.host)}`, `held=${footing(m.date)}`, `venue=${footing(m.venue)}`, ...(m.remote ? [m.remote.by] : [])].join(' ');

describe('reports of the genre as newsrooms write them', () => {
  it.each(CASES)('$file: $shows', (c) => {
    const file = `tests/fixtures/genre/${c.file}.hi.txt`;
    const result = parseReport(read(file), file);
    if (!result.ok) throw new Error(JSON.stringify(result.errors, null, 1));
    const a = result.article;
    expect(a.protagonist).toBe(c.protagonist);
    expect(a.meetings.map(meetingLine)).toEqual(c.meetings);
    for (const m of a.meetings) for (const fact of [m.host, m.date, m.venue]) if (fact.from === 'text') expect(a.source.text.slice(...fact.span)).toBe(fact.hi);
    expect(a.dateline && [a.dateline.place, a.dateline.agency]).toEqual(c.dateline);
    expect(a.sentences.map((s) => `${s.id} ${s.meeting ?? '-'} ${s.speaker ?? '-'}`)).toEqual(c.sentences);
    expect(result.warnings.map((w) => [w.code, w.line])).toEqual(c.warnings);
    expect(reassemble(a).text).toBe(a.source.text);
  });
});

describe('a byline in brackets at the end of the last paragraph', () => {
  it('is a paragraph of its own after the statement, which ends with its last sentence', () => {
    const file = 'tests/fixtures/genre/2025-03-14-cri-fiji.hi.txt';
    const result = parseReport(read(file), file);
    if (!result.ok) throw new Error(JSON.stringify(result.errors, null, 1));
    const a = result.article;
    const last = a.paragraphs.at(-1)!;
    const before = a.paragraphs.at(-2)!;
    expect([before.kind, last.kind]).toEqual(['statement', 'byline']);
    expect(last.n).toBe(before.n + 1);
    expect(last.span).toEqual(a.byline!.span);
    expect(before.span[1]).toBe(a.sentences.find((s) => s.id === before.sentences.at(-1))!.span[1]);
    expect(a.byline!.text.hi).toMatch(/^\(.*\)$/u);
  });
});

describe('a call, told in the words newsrooms use, and a call only mentioned', () => {
  const file = 'tests/fixtures/genre/2025-12-10-phone-call.hi.txt';
  const text = read(file);
  const told = 'से फोन पर बातचीत की';
  const withLead = (words: string) => {
    const result = parseReport(text.replace(told, words), file);
    if (!result.ok) throw new Error(JSON.stringify(result.errors, null, 1));
    const meeting = result.article.meetings[0]!;
    return { venue: meeting.venue.value, host: meeting.host.value, remote: meeting.remote?.by ?? null, warnings: result.warnings.map((w) => w.code) };
  };

  it.each([
    ['से टेलीफोन पर बात की', 'phone'],
    ['से फ़ोन पर विस्तार से बातचीत की', 'phone'],
    ['के साथ टेलीफोन वार्ता की', 'phone'],
    ['से वीडियो-कॉन्फ्रेंस के जरिए बैठक की', 'video'],
    ['से विडियो कांफ्रेंस के माध्यम से वार्ता की', 'video'],
    ['के साथ वर्चुअल बैठक की', 'video'],
  ] as const)('"%s" is a %s call: no venue, no host, and nothing to warn of', (words, by) => {
    expect(withLead(words)).toEqual({ venue: null, host: null, remote: by, warnings: [] });
  });

  it.each([
    'से मुलाकात की, जिन्हें उन्होंने पिछले महीने फोन पर आमंत्रित किया था',
    'से मुलाकात की और वर्चुअल मुद्राओं पर चर्चा की',
  ])('"%s" is a visit: the venue is not known (the dateline tells only where it was filed), with its warning', (words) => {
    expect(withLead(words)).toEqual({ venue: null, host: null, remote: null, warnings: ['entity/no-venue'] });
  });
});

describe('what closes a report, kept as printed and never read as a statement', () => {
  const file = 'tests/fixtures/genre/2025-07-11-berlin-tokyo.hi.txt';
  const text = read(file).trimEnd();
  const closed = (closing: string) => {
    const result = parseReport(`${text}\n\n${closing}\n`, file);
    if (!result.ok) throw new Error(JSON.stringify(result.errors, null, 1));
    const a = result.article;
    const statements = a.sentences.filter((s) => s.text.hi.includes(closing.split('\n')[0]!.trim()));
    return { kinds: a.paragraphs.filter((p) => p.span[0] > text.length).map((p) => p.kind), statements: statements.map((s) => s.id), warnings: result.warnings.map((w) => w.code) };
  };

  it.each([
    ['साभार – हिस', ['credit']],
    ['(एजेंसी इनपुट के साथ)', ['credit']],
    ['*****', ['byline']],
    ['-0-', ['byline']],
    ['एसके/एएस', ['byline']],
    ['हिन्दुस्थान समाचार/सुनीत', ['signoff']],
    ['--आईएएनएस\n\n*****', ['signoff']],
  ] as const)('"%s" is furniture: %j', (closing, kinds) => {
    expect(closed(closing)).toEqual({ kinds, statements: [], warnings: [] });
  });
});
