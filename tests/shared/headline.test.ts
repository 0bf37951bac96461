import { describe, expect, it } from 'vitest';
import tianjin from 'virtual:bhent/article/2025-08-31-xi-tianjin-meetings';
import g20 from 'virtual:bhent/article/2023-09-11-cri-liqiang-biden-g20';
import type { PersonRef, ReportSummary } from '../../src/schema/site.ts';
import { reportHeadline } from '../../src/shared/headline.ts';
import { createI18n } from '../../src/shared/i18n.ts';
import { resources } from '../../src/shared/locales.ts';
import { summaryOf } from '../../src/shared/summary.ts';

const i18n = createI18n(undefined, resources);
const en = i18n.getFixedT('en', 'common');
const hi = i18n.getFixedT('hi', 'common');
const built = (report: ReportSummary) => ({ ...report, headline: null });

describe('a headline built from a report’s data', () => {
  it('names the report’s own leader, whom they met, and the place every meeting was held', () => {
    expect(reportHeadline(built(summaryOf(tianjin)), 'en', en)).toBe('Xi Jinping meets the leaders of Kyrgyzstan, Azerbaijan and Belarus in Tianjin');
    expect(reportHeadline(built(summaryOf(tianjin)), 'hi', hi)).toBe('शी चिनफिंग की थ्येनचिन में किर्गिस्तान, अजरबैजान, और बेलारूस के नेताओं से मुलाकात');
  });

  it('in Hindi, gives the one met the office the report gives them; in English their name', () => {
    expect(reportHeadline(built(summaryOf(g20)), 'hi', hi)).toBe('ली छ्यांग की नई दिल्ली में अमेरिका के राष्ट्रपति जो बाइडेन से मुलाकात');
    expect(reportHeadline(built(summaryOf(g20)), 'en', en)).toBe('Li Qiang meets Joe Biden in New Delhi');
  });

  it('in English, names a leader known only in Hindi by the office their country uses, else as its leader: never in two scripts', () => {
    const summary = summaryOf(g20);
    const hindiOnly = (person: PersonRef, office: PersonRef['office']): PersonRef => ({ ...person, name: { hi: person.name.hi }, office });
    const report = built({
      ...summary,
      protagonist: hindiOnly(summary.protagonist, summary.protagonist.office),
      meetings: summary.meetings.map((m) => ({ ...m, counterparts: m.counterparts.map((p) => hindiOnly(p, null)) })),
    });
    expect(reportHeadline(report, 'en', en)).toBe('The Premier of the State Council of China meets the leader of the United States in New Delhi');
  });

  it('names every counterpart of a meeting with more than one', () => {
    const summary = summaryOf(g20);
    const harris: PersonRef = { id: 'kamala-harris', name: { hi: 'कमला हैरिस', en: 'Kamala Harris' }, office: { hi: 'उपराष्ट्रपति', en: 'Vice President' }, country: 'US' };
    const report = built({ ...summary, meetings: summary.meetings.map((m) => ({ ...m, counterparts: [...m.counterparts, harris] })) });
    expect(reportHeadline(report, 'en', en)).toBe('Li Qiang meets Joe Biden and Kamala Harris in New Delhi');
    expect(reportHeadline(report, 'hi', hi)).toBe('ली छ्यांग की नई दिल्ली में अमेरिका के राष्ट्रपति जो बाइडेन और अमेरिका के उपराष्ट्रपति कमला हैरिस से मुलाकात');
  });
});
