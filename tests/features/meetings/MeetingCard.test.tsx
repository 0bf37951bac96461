// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import seed from 'virtual:bhent/article/2025-08-31-xi-tianjin-meetings';
import call from 'virtual:bhent/article/2024-12-18-ibc24-bhasha-jaishankar-saar-phone';
import { ArticleView } from '../../../src/features/article/ArticleView.tsx';
import { indexArticle } from '../../../src/features/article/lookup.ts';
import { MeetingCard } from '../../../src/features/meetings/MeetingCard.tsx';
import type { Article } from '../../../src/schema/article.ts';
import { createI18n } from '../../../src/shared/i18n.ts';
import { reportHeadline } from '../../../src/shared/headline.ts';
import { resources } from '../../../src/shared/locales.ts';
import { summaryOf } from '../../../src/shared/summary.ts';

/**
 * The seed as a report would be if no rule could tell who says p4.s2: the
 * loader keeps its meeting and leaves its speaker null.
 */
function withUnattributed(article: Article): Article {
  const sentences = article.sentences.map((s) => (s.id === 'p4.s2' ? { ...s, speaker: null } : s));
  const meetings = article.meetings.map((m) =>
    m.id !== 'az'
      ? m
      : {
          ...m,
          statements: [
            { speaker: 'xi-jinping', sentences: ['p4.s1'] },
            { speaker: null, sentences: ['p4.s2'] },
            { speaker: 'ilham-aliyev', sentences: ['p5.s1', 'p5.s2'] },
          ],
        },
  );
  return { ...article, sentences, meetings };
}

const wrap = (ui: React.ReactNode) => (
  <I18nextProvider i18n={createI18n(undefined, resources)}>
    <MemoryRouter>{ui}</MemoryRouter>
  </I18nextProvider>
);

describe('a sentence no rule attributes', () => {
  const article = withUnattributed(seed);
  const index = indexArticle(article);
  const meeting = index.meeting('az')!;

  it('stands in its meeting\'s card under "not attributed", never under a speaker', () => {
    render(wrap(<MeetingCard index={index} meeting={meeting} lang="en" mode="both" selected={false} />));
    const groups = screen.getAllByRole('region');
    expect(groups.map((g) => within(g).getByRole('heading').textContent)).toEqual(['Xi Jinping said', 'Ilham Aliyev said', 'Not attributed to a speaker']);
    const xi = within(groups[0]!).getAllByRole('listitem').map((li) => li.textContent);
    expect(xi.join(' ')).not.toContain('चीन अजरबैजान के साथ समृद्ध');
    const unattributed = within(groups[2]!).getByText(/^चीन अजरबैजान के साथ समृद्ध सहयोग/);
    expect(unattributed.getAttribute('lang')).toBe('hi');
  });

  it('reads as narration in the original report: no speaker, no link', () => {
    render(wrap(<ArticleView article={article} lang="hi" mode="hi" />));
    const sentence = document.getElementById('p4.s2')!;
    expect(within(sentence).queryByRole('link')).toBeNull();
    expect(within(document.getElementById('p4.s1')!).getByRole('link').textContent).toBe('शी चिनफिंग · अजरबैजान के साथ मुलाकात');
  });
});

describe('a call, not a visit', () => {
  const index = indexArticle(call);
  const meeting = index.meeting('il')!;

  it.each([
    ['en', 'By telephone'],
    ['hi', 'फोन पर'],
  ] as const)('says how the leaders spoke, and names no venue (%s)', (lang, how) => {
    render(wrap(<MeetingCard index={index} meeting={meeting} lang={lang} mode="both" selected={false} />));
    const facts = screen.getAllByRole('term').map((dt) => [dt.textContent, dt.nextElementSibling?.textContent]);
    expect(facts).toContainEqual([lang === 'en' ? 'Held' : 'माध्यम', how]);
    expect(facts.map(([term]) => term)).not.toContain(lang === 'en' ? 'Venue' : 'स्थान');
  });

  it('is headlined as a call when the report has no headline of its own', () => {
    const i18n = createI18n(undefined, resources);
    const report = { ...summaryOf(call), headline: null };
    expect(reportHeadline(report, 'en', i18n.getFixedT('en', 'common'))).toBe('S. Jaishankar speaks with Gideon Sa\'ar by telephone');
    expect(reportHeadline(report, 'hi', i18n.getFixedT('hi', 'common'))).toBe('एस जयशंकर की इजराइल के विदेश मंत्री गिदोन सार से फोन पर बातचीत');
  });
});
