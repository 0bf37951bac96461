/**
 * The meeting's own facts, rule by rule, on short reports of our own: who is
 * the protagonist and who the counterparts, who hosted, when and where it
 * was held, and how each fact is footed — the text's words, or unknown.
 */
import { describe, expect, it } from 'vitest';
import type { Article, Fact } from '../../src/schema/article.ts';
import { parseReport } from './helpers.ts';

/** A report filed on `date` (a Friday, 14 March 2025, unless told) with this lead and a statement by each side. */
function report(lead: string, more = '', date = '2025-03-14') {
  const text = `${lead}\n\nमुलाकात में मोदी ने कहा कि दोनों देश मित्र हैं।\n\n${more}`;
  const result = parseReport(text, `tests/${date}-meeting.hi.txt`);
  if (!result.ok) throw new Error(JSON.stringify(result.errors, null, 1));
  return { article: result.article, meeting: result.article.meetings[0]!, warnings: result.warnings.map((w) => w.code) };
}
const words = (article: Article, fact: Fact<string>) => (fact.from === 'text' ? [fact.value, fact.rule, article.source.text.slice(...fact.span)] : [fact.value, fact.from]);

describe('the day a meeting was held', () => {
  const heldOn = (lead: string, date?: string) => {
    const { article, meeting } = report(lead, '', date);
    return words(article, meeting.date);
  };

  it('a day and month, in the report\'s year, or the year before for a day after the report', () => {
    expect(heldOn('प्रधानमंत्री नरेंद्र मोदी ने 12 मार्च को नई दिल्ली में नेपाल के प्रधानमंत्री खड्ग प्रसाद ओली से मुलाकात की।')).toEqual(['2025-03-12', 'day-month', '12 मार्च']);
    expect(heldOn('प्रधानमंत्री नरेंद्र मोदी ने 30 दिसंबर को नेपाल के प्रधानमंत्री खड्ग प्रसाद ओली से मुलाकात की।', '2025-01-02')).toEqual(['2024-12-30', 'day-month', '30 दिसंबर']);
  });

  it('a weekday: the last such day on or before the report\'s date', () => {
    expect(heldOn('प्रधानमंत्री नरेंद्र मोदी ने मंगलवार को नेपाल के प्रधानमंत्री खड्ग प्रसाद ओली से मुलाकात की।')).toEqual(['2025-03-11', 'weekday', 'मंगलवार']);
    expect(heldOn('प्रधानमंत्री नरेंद्र मोदी ने शुक्रवार शाम नेपाल के प्रधानमंत्री खड्ग प्रसाद ओली से मुलाकात की।')).toEqual(['2025-03-14', 'weekday', 'शुक्रवार']);
  });

  it('today, and yesterday only with a verb in the past', () => {
    expect(heldOn('प्रधानमंत्री नरेंद्र मोदी ने आज नेपाल के प्रधानमंत्री खड्ग प्रसाद ओली से मुलाकात की।')).toEqual(['2025-03-14', 'today', 'आज']);
    expect(heldOn('प्रधानमंत्री नरेंद्र मोदी ने कल नेपाल के प्रधानमंत्री खड्ग प्रसाद ओली से मुलाकात की।')).toEqual(['2025-03-13', 'yesterday', 'कल']);
    expect(heldOn('प्रधानमंत्री नरेंद्र मोदी कल नेपाल के प्रधानमंत्री खड्ग प्रसाद ओली से मुलाकात करेंगे।')).toEqual([null, 'unknown']);
  });

  it('a day in a relative clause dates another event: "ओली, जो शुक्रवार को … पहुंचे, ने आज …"', () => {
    expect(heldOn('नेपाल के प्रधानमंत्री खड्ग प्रसाद ओली, जो शुक्रवार को भारत पहुंचे, ने आज प्रधानमंत्री नरेंद्र मोदी से मुलाकात की।', '2025-03-15')).toEqual(['2025-03-15', 'today', 'आज']);
  });

  it('a day told after the meeting\'s verb dates something else', () => {
    expect(heldOn('प्रधानमंत्री नरेंद्र मोदी ने नेपाल के प्रधानमंत्री खड्ग प्रसाद ओली से मुलाकात की जिन्होंने 5 मार्च को पदभार संभाला था।')).toEqual([null, 'unknown']);
  });

  it('no day of the meeting\'s own: the day of a press conference about it is not the meeting\'s', () => {
    expect(heldOn('प्रवक्ता ने सोमवार को हुई प्रेस वार्ता में बताया कि प्रधानमंत्री नरेंद्र मोदी ने नेपाल के प्रधानमंत्री खड्ग प्रसाद ओली से वार्ता की।')).toEqual([null, 'unknown']);
    expect(heldOn('प्रधानमंत्री नरेंद्र मोदी ने नेपाल के प्रधानमंत्री खड्ग प्रसाद ओली से मुलाकात की।')).toEqual([null, 'unknown']);
  });
});

describe('who hosted', () => {
  const hostOf = (lead: string, more = '') => {
    const { article, meeting, warnings } = report(lead, more);
    return { host: words(article, meeting.host), warnings: warnings.filter((w) => w === 'entity/host-conflict') };
  };

  it('the participant of the country the other is said to visit', () => {
    expect(hostOf('प्रधानमंत्री नरेंद्र मोदी ने नेपाल के प्रधानमंत्री खड्ग प्रसाद ओली से मुलाकात की।', 'ओली भारत की तीन दिवसीय राजकीय यात्रा पर हैं।').host).toEqual([
      'narendra-modi',
      'visit',
      'भारत की तीन दिवसीय राजकीय यात्रा पर',
    ]);
    expect(hostOf('भारत यात्रा पर आए नेपाल के प्रधानमंत्री खड्ग प्रसाद ओली ने प्रधानमंत्री नरेंद्र मोदी से मुलाकात की।').host).toEqual(['narendra-modi', 'visit', 'भारत यात्रा पर']);
  });

  it('a visit that names no country is to the venue\'s: "राजकीय यात्रा पर पहुंचे <P>"', () => {
    expect(
      hostOf('नेपाल के प्रधानमंत्री खड्ग प्रसाद ओली ने नई दिल्ली में प्रधानमंत्री नरेंद्र मोदी से मुलाकात की।', 'दो दिवसीय राजकीय यात्रा पर बुधवार को पहुंचे नेपाल के प्रधानमंत्री ने राजघाट पर श्रद्धांजलि दी।').host,
    ).toEqual(['narendra-modi', 'visit', 'दो दिवसीय राजकीय यात्रा पर']);
  });

  it('someone of the other\'s side who came on a visit: "भूटान का शाही परिवार … दौरे पर भारत आया है"', () => {
    expect(
      hostOf('भूटान के राजा जिग्मे खेसर ने बुधवार को प्रधानमंत्री नरेंद्र मोदी से मुलाकात की।', 'बता दें कि भूटान का शाही परिवार चार दिन के दौरे पर भारत आया है।').host,
    ).toEqual(['narendra-modi', 'visit', 'दौरे पर भारत']);
  });

  it('the participant of the place the other arrived at', () => {
    expect(hostOf('प्रधानमंत्री नरेंद्र मोदी ने नेपाल के प्रधानमंत्री खड्ग प्रसाद ओली से मुलाकात की।', 'नेपाल के प्रधानमंत्री गुरुवार शाम काठमांडू से दिल्ली पहुंचे थे।').host).toEqual([
      'narendra-modi',
      'arrival',
      'दिल्ली पहुंचे',
    ]);
  });

  it('the one who welcomes the other, or hosts', () => {
    expect(hostOf('नेपाल के प्रधानमंत्री खड्ग प्रसाद ओली ने प्रधानमंत्री नरेंद्र मोदी से मुलाकात की।', 'ओली ने मोदी का गर्मजोशी से स्वागत किया।').host).toEqual(['khadg-prasad-oli', 'welcome', 'मोदी का गर्मजोशी से स्वागत']);
    expect(hostOf('प्रधानमंत्री नरेंद्र मोदी की मेजबानी में नेपाल के प्रधानमंत्री खड्ग प्रसाद ओली के साथ वार्ता हुई।').host).toEqual(['narendra-modi', 'hosted', 'नरेंद्र मोदी की मेजबानी']);
  });

  it('no one: a visit to a country neither is from', () => {
    expect(hostOf('प्रधानमंत्री नरेंद्र मोदी ने नेपाल के प्रधानमंत्री खड्ग प्रसाद ओली से मुलाकात की।', 'दोनों नेता जापान की यात्रा पर हैं।').host).toEqual([null, 'unknown']);
    expect(hostOf('जापान की यात्रा पर गए प्रधानमंत्री नरेंद्र मोदी ने नेपाल के प्रधानमंत्री खड्ग प्रसाद ओली से मुलाकात की।').host).toEqual([null, 'third-country', 'जापान की यात्रा पर']);
  });

  it('not known: a venue in one side\'s country with no word of a visit; a visit past or to come', () => {
    expect(hostOf('प्रधानमंत्री नरेंद्र मोदी ने नई दिल्ली में नेपाल के प्रधानमंत्री खड्ग प्रसाद ओली से मुलाकात की।').host).toEqual([null, 'unknown']);
    expect(hostOf('प्रधानमंत्री नरेंद्र मोदी ने नेपाल के प्रधानमंत्री खड्ग प्रसाद ओली से मुलाकात की।', 'ओली ने मोदी की पिछली नेपाल यात्रा पर बात की।').host).toEqual([null, 'unknown']);
    expect(hostOf('प्रधानमंत्री नरेंद्र मोदी ने नेपाल के प्रधानमंत्री खड्ग प्रसाद ओली से मुलाकात की।', 'मोदी अगले महीने नेपाल यात्रा पर जाएंगे।').host).toEqual([null, 'unknown']);
  });

  it('not known, with a warning, where the words disagree', () => {
    expect(hostOf('प्रधानमंत्री नरेंद्र मोदी ने नेपाल के प्रधानमंत्री खड्ग प्रसाद ओली से मुलाकात की।', 'ओली भारत की यात्रा पर हैं। ओली ने मोदी का स्वागत किया।')).toEqual({ host: [null, 'unknown'], warnings: ['entity/host-conflict'] });
  });

  it('attending an event in the venue\'s country: its participant hosts', () => {
    expect(hostOf('चीनी राष्ट्रपति शी चिनफिंग ने शांगहाई में सम्मेलन में भाग लेने आए नेपाल के प्रधानमंत्री खड्ग प्रसाद ओली से मुलाकात की।').host).toEqual(['xi-jinping', 'attending', 'भाग लेने']);
  });

  it('no one, on a call, whoever called', () => {
    const { article, meeting } = report('प्रधानमंत्री नरेंद्र मोदी ने नेपाल के प्रधानमंत्री खड्ग प्रसाद ओली को फोन किया और फोन पर बातचीत की।');
    expect(words(article, meeting.host)).toEqual([null, 'call', 'फोन पर']);
    expect(words(article, meeting.venue)).toEqual([null, 'call', 'फोन पर']);
    expect(words(article, meeting.remote!.caller)).toEqual(['narendra-modi', 'caller', 'फोन किया']);
  });
});

describe('where it was held', () => {
  it('"यहां": the dateline\'s place, as the text\'s word', () => {
    const { article, meeting } = report('नई दिल्ली, 14 मार्च (भाषा) प्रधानमंत्री नरेंद्र मोदी ने शुक्रवार को यहां नेपाल के प्रधानमंत्री खड्ग प्रसाद ओली से मुलाकात की।');
    expect(words(article, meeting.venue)).toEqual(['new-delhi', 'here', 'यहां']);
  });

  it.each(['वूहान', 'वुहान'])('a city the gazetteer lacks, from GeoNames\' Devanagari names: %s, named in Hindi as the report spells it', (city) => {
    const { article, meeting } = report(`चीनी राष्ट्रपति शी चिनफिंग ने ${city} में प्रधानमंत्री नरेंद्र मोदी से मुलाकात की।`);
    expect(words(article, meeting.venue)).toEqual(['wuhan', 'place', city]);
    const wuhan = article.places.find((p) => p.id === 'wuhan')!;
    expect(wuhan.name).toEqual({ en: 'Wuhan', hi: city });
    expect([wuhan.lat, wuhan.lon].map(Math.round)).toEqual([31, 114]);
  });

  it('a place the lead gives beside the meeting\'s word: "<place> में बैठक के दौरान"', () => {
    const { article, meeting } = report('प्रधानमंत्री नरेंद्र मोदी ने नेपाल के प्रधानमंत्री खड्ग प्रसाद ओली से मुलाकात की। मोदी ने हैदराबाद हाउस में हुई बैठक के दौरान कहा कि संबंध अटूट हैं।');
    expect(words(article, meeting.venue)).toEqual(['hyderabad-house', 'place', 'हैदराबाद हाउस']);
  });

  it('"<place> की अपनी पहली यात्रा में": the place visited', () => {
    const { article, meeting } = report('नेपाल के प्रधानमंत्री खड्ग प्रसाद ओली ने दिल्ली की अपनी पहली यात्रा में प्रधानमंत्री नरेंद्र मोदी से मुलाकात की।');
    expect(words(article, meeting.venue)).toEqual(['new-delhi', 'place', 'दिल्ली']);
  });

  it('not the dateline\'s place where the text does not say so', () => {
    const { meeting, warnings } = report('नई दिल्ली, 14 मार्च (भाषा) प्रधानमंत्री नरेंद्र मोदी ने शुक्रवार को नेपाल के प्रधानमंत्री खड्ग प्रसाद ओली से मुलाकात की।');
    expect(meeting.venue).toEqual({ value: null, from: 'unknown' });
    expect(warnings).toContain('entity/no-venue');
  });
});

describe('who met whom', () => {
  it('the report\'s own leader, named without a country, is the protagonist even when the other is the subject; the meeting is named after the country met', () => {
    const { article, meeting } = report('नेपाल के प्रधानमंत्री खड्ग प्रसाद ओली ने प्रधानमंत्री नरेंद्र मोदी से मुलाकात की।');
    expect(article.protagonist).toBe('narendra-modi');
    expect([meeting.id, meeting.counterparts]).toEqual(['np', ['khadg-prasad-oli']]);
  });

  it('"X … दौरे पर हैं। उन्होंने … Y और Z से मुलाकात की": X is the protagonist, and Y and Z of one country are one meeting', () => {
    const { article, meeting } = report('चीन के विदेश मंत्री वांग यी तीन दिन के अमेरिका दौरे पर हैं। उन्होंने वाशिंगटन में अमेरिकी राष्ट्रपति जो बाइडेन और विदेश मंत्री एंटनी ब्लिंकन से मुलाकात की।');
    expect([article.protagonist, meeting.id, meeting.counterparts]).toEqual(['wang-yi', 'us', ['joe-biden', 'entani-blinkan']]);
  });

  it('both named with their country: the subject of the meeting\'s sentence', () => {
    const { article, meeting } = report('नेपाल के प्रधानमंत्री खड्ग प्रसाद ओली ने भारत के प्रधानमंत्री नरेंद्र मोदी से मुलाकात की।');
    expect(article.protagonist).toBe('khadg-prasad-oli');
    expect(meeting.id).toBe('in');
  });

  it('a king and a prime minister of one country, met together: one meeting with both', () => {
    const { meeting } = report('प्रधानमंत्री नरेंद्र मोदी ने भूटान नरेश जिग्मे खेसर और भूटान के प्रधानमंत्री शेरिंग तोबगे से मुलाकात की।');
    expect([meeting.id, meeting.counterparts]).toEqual(['bt', ['jigme-khesar', 'shering-tobage']]);
  });

  it('"<country> के राजा X और प्रधानमंत्री Y": Y is of that country too, wherever the report is filed', () => {
    const { meeting } = report('नई दिल्ली, 14 मार्च (भाषा) प्रधानमंत्री नरेंद्र मोदी ने भूटान के राजा जिग्मे खेसर और प्रधानमंत्री शेरिंग तोबगे से मुलाकात की।');
    expect([meeting.id, meeting.counterparts]).toEqual(['bt', ['jigme-khesar', 'shering-tobage']]);
  });

  it('a leader named by office alone in the meeting\'s sentence, and by name later: one person', () => {
    const { article, meeting } = report(
      'नई दिल्ली, 14 मार्च (भाषा) प्रधानमंत्री नरेंद्र मोदी ने शुक्रवार को जापान के प्रधानमंत्री से मुलाकात की।',
      'प्रधानमंत्री ताकाशी इशिमोतो ने कहा कि जापान भारत का भरोसेमंद मित्र है।',
    );
    expect([meeting.id, meeting.counterparts]).toEqual(['jp', ['takashi-ishimoto']]);
    expect(article.sentences.find((s) => s.paragraph === 3)?.speaker).toBe('takashi-ishimoto');
  });

  it('"X से मिले": a meeting told by its verb; a name ends before where its bearer went', () => {
    const { meeting, article } = report('भूटान नरेश जिग्मे खेसर वांगचुक भारत आए और प्रधानमंत्री नरेंद्र मोदी से मिले।');
    expect([meeting.id, meeting.counterparts, meeting.kindWord?.hi]).toEqual(['bt', ['jigme-khesar-vangachuk'], 'मिले']);
    expect(article.people.find((p) => p.role === 'counterpart')?.name.hi).toBe('जिग्मे खेसर वांगचुक');
  });

  it('"दोनों नेता …" introduces no one: नेता alone is no office', () => {
    const { article } = report('प्रधानमंत्री नरेंद्र मोदी ने नेपाल के प्रधानमंत्री खड्ग प्रसाद ओली से मुलाकात की। दोनों नेता लगभग एक ही समय पहुंचे।');
    expect(article.people.map((p) => p.id)).toEqual(['narendra-modi', 'khadg-prasad-oli']);
  });

  it('an English name in brackets after the Hindi one is the same person, not part of the name', () => {
    const { article } = report('विदेश मंत्री एस. जयशंकर (S. Jaishankar) ने नेपाल के विदेश मंत्री अर्जु राणा देउबा से मुलाकात की।');
    expect(article.people.map((p) => [p.id, p.name.hi])).toEqual([
      ['s-jaishankar', 'एस. जयशंकर'],
      ['arju-rana-deuba', 'अर्जु राणा देउबा'],
    ]);
  });

  it('an organisation\'s chair is of the organisation\'s country, not of an unknown country', () => {
    const { article, warnings } = report('प्रधानमंत्री नरेंद्र मोदी ने नेपाल की राष्ट्रीय सभा के अध्यक्ष नारायण दाहाल से मुलाकात की।');
    expect(article.people.find((p) => p.role === 'counterpart')).toMatchObject({ id: 'narayan-dahal', country: 'NP', title: { value: 'chair' } });
    expect(warnings).not.toContain('entity/unknown-country');
  });
});

describe('offices as the report gives them', () => {
  it('a counterpart (समकक्ष) holds the protagonist\'s office, in English as their own country words it', () => {
    const { article } = report('विदेश मंत्री एस. जयशंकर ने चीन के अपने समकक्ष वांग यी से मुलाकात की।');
    expect(article.people.map((p) => [p.id, p.title.value, p.title.office?.en, p.title.from === 'text' && p.title.rule])).toEqual([
      ['s-jaishankar', 'foreign-minister', 'Minister of External Affairs', 'title'],
      ['wang-yi', 'foreign-minister', 'Minister of Foreign Affairs', 'counterpart'],
    ]);
  });

  it('the office written later wins over a counterpart\'s', () => {
    const { article } = report('विदेश मंत्री एस. जयशंकर ने चीन के अपने समकक्ष वांग यी से मुलाकात की।', 'चीन के विदेश मंत्री वांग यी ने कहा कि संबंध सुधर रहे हैं।');
    expect(article.people.find((p) => p.id === 'wang-yi')!.title).toMatchObject({ value: 'foreign-minister', from: 'text', rule: 'title', hi: 'विदेश मंत्री' });
  });

  it('an office\'s English as it was at the report\'s date: France\'s foreign minister before and after 2017', () => {
    const office = (date: string) => report('विदेश मंत्री एस. जयशंकर ने फ्रांस के विदेश मंत्री जां लुक मार्तें से मुलाकात की।', '', date).article.people[1]!.title.office?.en;
    expect([office('2016-03-14'), office('2022-03-14')]).toEqual(['Minister of Foreign Affairs', 'Minister for Europe and Foreign Affairs']);
  });

  it('China\'s prime minister is the Premier of the State Council; India\'s foreign minister the Minister of External Affairs', () => {
    const { article } = report('चीनी प्रधान मंत्री ली छ्यांग ने भारत के विदेश मंत्री एस. जयशंकर से मुलाकात की।');
    expect(article.people.map((p) => p.title.office)).toEqual([
      { hi: 'प्रधान मंत्री', en: 'Premier of the State Council' },
      { hi: 'विदेश मंत्री', en: 'Minister of External Affairs' },
    ]);
  });
});

describe('countries as the press spells them', () => {
  it.each([
    ['इजरायल के प्रधानमंत्री', 'IL'],
    ['इरान के राष्ट्रपति', 'IR'],
    ['आस्ट्रेलिया के प्रधानमंत्री', 'AU'],
    ['युक्रेन के राष्ट्रपति', 'UA'],
    ['बंगलादेश की प्रधानमंत्री', 'BD'],
  ])('"%s …": a spelling the datasets do not have, by vowel length or from the gazetteer', (words, code) => {
    const { meeting } = report(`प्रधानमंत्री नरेंद्र मोदी ने ${words} अली रेज़ा से मुलाकात की।`);
    expect(meeting.country).toBe(code);
  });
});
