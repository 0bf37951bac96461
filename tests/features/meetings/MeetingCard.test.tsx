// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import seed from 'virtual:bhent/article/2025-08-31-xi-tianjin-meetings';
import call from 'virtual:bhent/article/2024-12-18-ibc24-bhasha-jaishankar-saar-phone';
import fiji from 'virtual:bhent/article/2014-11-21-cri-xi-fiji-president';
import tokyo from 'virtual:bhent/article/2016-08-25-cri-wangyi-kishida-tokyo';
import g20 from 'virtual:bhent/article/2023-09-11-cri-liqiang-biden-g20';
import { ArticleView } from '../../../src/features/article/ArticleView.tsx';
import { indexArticle } from '../../../src/features/article/lookup.ts';
import { MeetingCard } from '../../../src/features/meetings/MeetingCard.tsx';
import type { Article } from '../../../src/schema/article.ts';
import { createI18n } from '../../../src/shared/i18n.ts';
import { reportHeadline } from '../../../src/shared/headline.ts';
import type { Lang } from '../../../src/shared/lang.ts';
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

/** One meeting's card, as its report's page shows it in `lang`. */
function renderCard(article: Article, meetingId: string, lang: Lang) {
  const index = indexArticle(article);
  render(wrap(<MeetingCard index={index} meeting={index.meeting(meetingId)!} lang={lang} mode="both" selected={false} />));
  return screen.getByRole('article');
}

/** A fact of the card, by its name: what it says, and the report's words it stands on, where it stands on them. */
function fact(card: HTMLElement, term: string) {
  const name = within(card).getAllByRole('term').find((dt) => dt.textContent === term);
  const value = name?.nextElementSibling as HTMLElement | undefined;
  if (!value) throw new Error(`the card states no "${term}"`);
  return { value, text: value.textContent, words: within(value).queryByRole('link') };
}

const participants = (card: HTMLElement) =>
  within(within(card).getByRole('list', { name: /Participants|भाग लेने वाले/ }))
    .getAllByRole('listitem')
    .map((li) => li.textContent);

describe('a meeting card states each fact with its footing', () => {
  it('Wang Yi and Kishida: held on 24 August 2016 in Tokyo, as the report’s words say, and no host stated', () => {
    const card = renderCard(tokyo, 'jp', 'en');
    expect(participants(card)).toEqual(['Wang Yi, Minister of Foreign Affairs', 'Fumio Kishida, Minister for Foreign Affairs']);
    const held = fact(card, 'Held');
    expect(within(held.value).getByText('24 August 2016').getAttribute('datetime')).toBe('2016-08-24');
    expect(held.words?.textContent).toBe('“24 अगस्त”');
    expect(held.words?.getAttribute('lang')).toBe('hi');
    expect(held.words?.getAttribute('href')).toBe(`/en/reports/${tokyo.id}/article/#p1.s1`);
    const venue = fact(card, 'Venue');
    expect(venue.text).toBe('Tokyo in the report: “तोक्यो”');
    expect(venue.words?.getAttribute('href')).toBe(`/en/reports/${tokyo.id}/article/#p1.s1`);
    // No one is named as host where the report does not say who hosted.
    const host = fact(card, 'Host');
    expect(host.text).toBe('Not stated in the report');
    expect(host.words).toBeNull();
    expect(card.textContent).not.toMatch(/Fumio Kishida(?!, Minister)/);
  });

  it('in Hindi, gives each office as the report writes it, before the name', () => {
    const card = renderCard(tokyo, 'jp', 'hi');
    expect(participants(card)).toEqual(['विदेश मंत्री वांग यी', 'विदेश मंत्री किसिदा फुमिओ']);
    expect(fact(card, 'तारीख').text).toBe('24 अगस्त 2016 समाचार में: “24 अगस्त”');
    expect(fact(card, 'मेजबान').text).toBe('समाचार में नहीं बताया गया');
  });

  it('Li Qiang and Biden: the day is not stated, and the card says when the report was filed instead', () => {
    const card = renderCard(g20, 'us', 'en');
    expect(participants(card)).toEqual(['Li Qiang, Premier of the State Council', 'Joe Biden, President']);
    const held = fact(card, 'Held');
    expect(held.text).toBe('Not stated in the report Reported on 11 September 2023');
    expect(within(held.value).getByText('Reported on 11 September 2023').getAttribute('datetime')).toBe('2023-09-11');
    expect(held.words).toBeNull();
  });

  it('says so in Hindi too', () => {
    const card = renderCard(g20, 'us', 'hi');
    expect(fact(card, 'तारीख').text).toBe('समाचार में नहीं बताया गया समाचार 11 सितंबर 2023 को प्रकाशित हुआ');
  });

  it('gives an editor’s decision with its reason, in English, a click away', async () => {
    const user = userEvent.setup();
    const card = renderCard(g20, 'us', 'hi');
    const venue = fact(card, 'स्थान');
    expect(within(venue.value).getByText('नई दिल्ली')).toBeTruthy();
    const decision = within(venue.value).getByRole('group');
    expect(within(decision).getByText('संपादक का निर्णय').tagName).toBe('SUMMARY');
    const why = within(decision).getByText(/^The report sets the talks in the hall of the G20 summit/);
    expect(why.getAttribute('lang')).toBe('en');
    expect(decision.hasAttribute('open')).toBe(false);
    await user.click(within(decision).getByText('संपादक का निर्णय'));
    expect(decision.hasAttribute('open')).toBe(true);
    // The editor settled that no one of them hosted: said as none known, with the reason.
    const host = fact(card, 'मेजबान');
    expect(host.value.textContent).toMatch(/^कोई ज्ञात नहीं संपादक का निर्णय/);
    expect(within(host.value).getByText(/no one of them hosted/).getAttribute('lang')).toBe('en');
  });

  it('Xi and Fiji’s president: names the host, Fiji’s president, with the words that establish it', () => {
    const card = renderCard(fiji, 'fj', 'en');
    const host = fact(card, 'Host');
    expect(host.text).toBe('Epeli Nailatikau in the report: “शी चिनफिंग के स्वागत”');
    expect(host.words?.getAttribute('href')).toBe(`/en/reports/${fiji.id}/article/#p4.s1`);
    expect(fact(card, 'Held').words?.textContent).toBe('“21 नवम्बर”');
    expect(fact(card, 'Venue').value.textContent).toMatch(/^None known Editor’s decision/);
  });

  it('says an office came from an editor, with the reason, where the report gives none', () => {
    const why = 'The report names Kishida without his office; he was Minister for Foreign Affairs on 25 August 2016.';
    const people = tokyo.people.map((p) => (p.id === 'fumio-kishida' ? { ...p, title: { value: 'foreign-minister' as const, office: p.title.office, from: 'editor' as const, why } } : p));
    const card = renderCard({ ...tokyo, people }, 'jp', 'en');
    const kishida = within(card).getAllByRole('listitem').find((li) => li.textContent?.startsWith('Fumio Kishida'))!;
    expect(within(kishida).getByText('Editor’s decision').tagName).toBe('SUMMARY');
    expect(within(kishida).getByText(why).getAttribute('lang')).toBe('en');
    const wang = within(card).getAllByRole('listitem').find((li) => li.textContent?.startsWith('Wang Yi'))!;
    expect(within(wang).queryByRole('group')).toBeNull();
  });

  it('never reads a report’s words or an editor’s reason as markup', () => {
    const people = tokyo.people.map((p) => (p.id === 'fumio-kishida' ? { ...p, title: { value: null, office: { hi: '<b>मंत्री</b>', en: '<img src=x onerror=alert(1)>' }, from: 'editor' as const, why: '<script>alert(1)</script>' } } : p));
    const meetings = tokyo.meetings.map((m) => ({ ...m, date: { ...m.date, hi: '<i>24 अगस्त</i>' } as typeof m.date }));
    const card = renderCard({ ...tokyo, people, meetings }, 'jp', 'en');
    expect(card.querySelectorAll('b, i, img, script')).toHaveLength(0);
    expect(within(card).getByText('<script>alert(1)</script>')).toBeTruthy();
    expect(fact(card, 'Held').words?.textContent).toBe('“<i>24 अगस्त</i>”');
  });
});

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
  it.each([
    ['en', 'How', 'By telephone in the report: “फोन पर”', 'Host', 'None (a call) in the report: “फोन पर”', 'Venue'],
    ['hi', 'माध्यम', 'फोन पर समाचार में: “फोन पर”', 'मेजबान', 'कोई नहीं (दूर से बातचीत) समाचार में: “फोन पर”', 'स्थान'],
  ] as const)('says how the leaders spoke, that no one hosted, and names no venue (%s)', (lang, how, spoke, host, none, venue) => {
    const card = renderCard(call, 'il', lang);
    expect(fact(card, how).text).toBe(spoke);
    expect(fact(card, how).words?.getAttribute('href')).toBe(`/${lang}/reports/${call.id}/article/#p1.s1`);
    expect(fact(card, host).text).toBe(none);
    expect(within(card).getAllByRole('term').map((term) => term.textContent)).not.toContain(venue);
    // The report does not say who called: the card names no caller.
    expect(within(card).getAllByRole('term')).toHaveLength(3);
  });

  it('names who called where the report says', () => {
    const meetings = call.meetings.map((m) => ({ ...m, remote: { ...m.remote!, caller: { value: 'gideon-saar', from: 'text' as const, span: [0, 10] as [number, number], hi: 'गिदोन सार', rule: 'caller' as const } } }));
    const card = renderCard({ ...call, meetings }, 'il', 'en');
    expect(fact(card, 'Called by').value.textContent).toMatch(/^Gideon Sa'ar in the report: “गिदोन सार”/);
  });

  it('is headlined as a call when the report has no headline of its own', () => {
    const i18n = createI18n(undefined, resources);
    const report = { ...summaryOf(call), headline: null };
    expect(reportHeadline(report, 'en', i18n.getFixedT('en', 'common'))).toBe('S. Jaishankar speaks with Gideon Sa\'ar by telephone');
    expect(reportHeadline(report, 'hi', i18n.getFixedT('hi', 'common'))).toBe('एस जयशंकर की इजराइल के विदेश मंत्री गिदोन सार से फोन पर बातचीत');
  });
});
