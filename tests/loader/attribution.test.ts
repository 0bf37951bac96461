/**
 * Who says a sentence, where the report words it at second hand or names the
 * speaker only as the one asked; and sentences told as narration that carry
 * the marks of someone's words are never passed over in silence.
 */
import { describe, expect, it } from 'vitest';
import { parseReport } from './helpers.ts';

function who(body: string) {
  const lead = 'नई दिल्ली, 14 मार्च (भाषा) प्रधानमंत्री नरेंद्र मोदी ने शुक्रवार को यहां अमेरिकी राष्ट्रपति डोनाल्ड ट्रंप से मुलाकात की।';
  const result = parseReport(`${lead}\n\n${body}\n`, 'tests/2025-03-14-attribution.hi.txt');
  if (!result.ok) throw new Error(JSON.stringify(result.errors, null, 1));
  return {
    speakers: result.article.sentences.filter((s) => s.paragraph >= 2).map((s) => s.speaker),
    warnings: result.warnings.map((w) => [w.code, w.line]),
  };
}

describe('a speaker the sentence itself names', () => {
  it('"X से जब … सवाल किया गया तो उन्होंने कहा": the one asked, not the subject before', () => {
    expect(who('मोदी ने कहा कि दोनों देश मित्र हैं। अमेरिकी राष्ट्रपति डोनाल्ड ट्रंप से जब व्यापार पर सवाल किया गया तो उन्होंने कहा कि बातचीत जारी है।').speakers).toEqual([
      'narendra-modi',
      'donald-trump',
    ]);
  });

  it('"प्रवक्ता ने बताया कि X ने बल दिया कि …": X\'s words, as the spokesman reports them', () => {
    expect(who('विदेश मंत्रालय के प्रवक्ता ने बताया कि ट्रंप ने बल दिया कि व्यापार संतुलित होना चाहिए।').speakers).toEqual(['donald-trump']);
  });

  it('"यह जानकारी दी" points back to words before it and says nothing itself; "ने जानकारी दी कि …" reports words', () => {
    expect(who('ट्रंप ने बैठक के बाद यह जानकारी दी।').speakers).toEqual([null]);
    expect(who('ट्रंप ने जानकारी दी कि दोनों देश एक समझौते पर काम कर रहे हैं।').speakers).toEqual(['donald-trump']);
  });
});

describe('both sides, or someone else, speaking', () => {
  it('"X और यहां आए Y ने कहा": both at once, so no one\'s words alone', () => {
    expect(who('मोदी और यहां की यात्रा पर आए अमेरिकी राष्ट्रपति डोनाल्ड ट्रंप ने कहा कि संबंध मजबूत हैं।').speakers).toEqual([null]);
  });

  it('"उन्होंने" after a spokesman told a participant\'s words is the spokesman: no one of the meeting', () => {
    const { speakers } = who('व्हाइट हाउस के प्रवक्ता ने कहा कि ट्रंप ने बताया कि व्यापार बढ़ेगा।\n\nउन्होंने कहा कि अगली बैठक जल्द होगी।');
    expect(speakers).toEqual(['donald-trump', null]);
  });
});

describe('the meeting of a sentence', () => {
  it('the protagonist speaking of one counterpart by name speaks in that counterpart\'s meeting', () => {
    const lead = 'बाली। विदेश मंत्री एस. जयशंकर ने शुक्रवार को यहां रूस के विदेश मंत्री सर्गेई लावरोव और फ्रांस की विदेश मंत्री कैथरीन कोलोना से अलग-अलग बातचीत की।';
    const body = 'जयशंकर ने ट्वीट किया कि उन्होंने लावरोव के साथ यूक्रेन पर विस्तार से बात की।';
    const result = parseReport(`${lead}\n\n${body}\n`, 'tests/2022-07-08-bali.hi.txt');
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.article.sentences.find((s) => s.id === 'p2.s1')).toMatchObject({ meeting: 'ru', speaker: 's-jaishankar' });
    expect(result.warnings.map((w) => w.code)).not.toContain('attribution/undecided-meeting');
  });
});

describe('narration with the marks of speech', () => {
  it('is shown as not attributed, with a located warning', () => {
    const { speakers, warnings } = who('मोदी ने कहा कि भारत तैयार है। इस पर ‘‘नई शुरुआत’’ जैसे शब्द कहे गए थे।');
    expect(speakers).toEqual(['narendra-modi', null]);
    expect(warnings).toEqual([['attribution/unattributed', 3]]);
  });

  it('plain narration is not warned about', () => {
    const { speakers, warnings } = who('मोदी ने कहा कि भारत तैयार है। बैठक एक घंटे तक चली थी।');
    expect(speakers).toEqual(['narendra-modi', null]);
    expect(warnings).toEqual([]);
  });
});
