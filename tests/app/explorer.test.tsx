// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { SEED_REPORT, renderRoute } from './render-route.tsx';

const REPORT = `/reports/${SEED_REPORT}`;

// The map has its own tests; here it stands aside so the page's text is what is checked.
vi.mock('../../src/app/map-chunk.tsx', () => ({ default: () => <p>map</p> }));

describe('the meetings page', () => {
  it('shows each meeting card with its statements grouped by speaker, each sentence with its lang', async () => {
    renderRoute(`/en${REPORT}/meetings/kg/`);
    const card = await screen.findByRole('article', { name: 'Kyrgyzstan' });
    expect(within(card).getByRole('heading', { level: 3 }).textContent).toBe('Kyrgyzstan');
    expect(within(card).getByRole('link', { name: 'Kyrgyzstan' }).getAttribute('aria-current')).toBe('page');
    expect(within(card).getByText('Selected meeting').parentElement?.textContent).toBe('Meeting · मुलाकातSelected meeting');
    expect(within(card).getByText('मुलाकात').getAttribute('lang')).toBe('hi');
    // Who met, each with the office the report gives and the full name; the host is a fact of its own, not run into it.
    const participants = within(card).getByRole('list', { name: 'Participants' });
    expect(within(participants).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['Xi Jinping, President', 'Sadyr Nurgojoevich Japarov, President']);
    expect(within(card).getAllByRole('term').map((term) => term.textContent)).toEqual(['Host', 'Held', 'Venue']);
    // Each fact with its footing: the report's words, or, for the day it was held, which the report does not give, when it was filed.
    expect(within(card).getAllByRole('definition').map((value) => value.textContent)).toEqual([
      'Xi Jinping in the report: “भाग लेने”',
      'Not stated in the report Reported on 31 August 2025',
      'Tianjin in the report: “थ्येनचिन”',
    ]);
    expect(within(card).getByText('Reported on 31 August 2025').getAttribute('datetime')).toBe('2025-08-31');
    expect(within(card).getByRole('link', { name: '“थ्येनचिन”' }).getAttribute('href')).toBe(`/en${REPORT}/article/#p1.s1`);

    const groups = within(card).getAllByRole('region');
    expect(groups.map((g) => within(g).getByRole('heading').textContent)).toEqual(['Xi Jinping said', 'Sadyr Japarov said']);
    const japarov = within(groups[1]!).getAllByRole('listitem');
    expect(japarov).toHaveLength(3);
    const hindi = within(japarov[0]!).getByText('जोपारोव ने कहा कि चीन किर्गिस्तान का अच्छा पड़ोसी और अच्छा दोस्त है।');
    const english = within(japarov[0]!).getByText('Japarov said that China is a good neighbour and a good friend of Kyrgyzstan.');
    expect(hindi.getAttribute('lang')).toBe('hi');
    expect(english.getAttribute('lang')).toBe('en');
  });

  it('lists all three meetings, and links each country', async () => {
    renderRoute(`/en${REPORT}/`);
    await screen.findByRole('heading', { level: 1 });
    expect(screen.getAllByRole('article').map((a) => a.getAttribute('aria-labelledby'))).toEqual(['meeting-kg', 'meeting-az', 'meeting-by']);
    const list = screen.getByRole('list', { name: 'Countries met' });
    expect(within(list).getAllByRole('link').map((a) => a.getAttribute('href'))).toEqual(['kg', 'az', 'by'].map((m) => `/en${REPORT}/meetings/${m}/`));
  });

  it('switches the interface language and keeps the page', async () => {
    const user = userEvent.setup();
    const { router } = renderRoute(`/en${REPORT}/meetings/az/`);
    await screen.findByRole('article', { name: 'Azerbaijan' });
    expect(screen.getByRole('link', { name: 'Meetings' }).getAttribute('aria-current')).toBe('page');
    await user.click(screen.getByRole('link', { name: 'हिन्दी' }));
    const card = await screen.findByRole('article', { name: 'अजरबैजान' });
    expect(card.closest('[lang]')?.getAttribute('lang')).toBe('hi');
    expect(router.state.location.pathname).toBe(`/hi${REPORT}/meetings/az/`);
    expect(screen.getByRole('link', { name: 'मुलाकातें' }).getAttribute('aria-current')).toBe('page');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('शी चिनफिंग ने थ्येनचिन में किर्गिस्तान, अजरबैजान और बेलारूस के राष्ट्रपतियों से भेंट की');
    // The document's language and the remembered choice follow the render, in an effect.
    await waitFor(() => expect(document.documentElement.lang).toBe('hi'));
    expect(localStorage.getItem('bhent.lang')).toBe('hi');
  });

  it('shows statements in Hindi, English or both, and remembers the choice', async () => {
    const user = userEvent.setup();
    renderRoute(`/en${REPORT}/meetings/by/`);
    const card = await screen.findByRole('article', { name: 'Belarus' });
    const english = 'Belarus is ready to deepen cooperation with China in various fields.';
    const hindi = 'बेलारूस चीन के साथ विभिन्न क्षेत्रों का सहयोग गहराने को तैयार है।';
    expect(within(card).getByText(english).getAttribute('lang')).toBe('en');
    expect(within(card).getByText(hindi).getAttribute('lang')).toBe('hi');

    await user.click(screen.getByRole('radio', { name: 'Hindi' }));
    expect(screen.getByRole<HTMLInputElement>('radio', { name: 'Hindi' }).checked).toBe(true);
    expect(within(card).queryByText(english)).toBeNull();
    expect(within(card).getByText(hindi).getAttribute('lang')).toBe('hi');

    await user.click(screen.getByRole('radio', { name: 'English' }));
    expect(within(card).getByText(english).getAttribute('lang')).toBe('en');
    expect(within(card).queryByText(hindi)).toBeNull();
    expect(localStorage.getItem('bhent.display')).toBe('en');
  });

  it('in Hindi, spells each country as the report does and names people briefly in headings and lists', async () => {
    renderRoute(`/hi${REPORT}/meetings/kg/`);
    const card = await screen.findByRole('article', { name: 'किर्गिस्तान' });
    const spellings = ['किर्गिस्तान', 'अजरबैजान', 'बेलारूस'];
    const list = screen.getByRole('list', { name: 'जिन देशों से मुलाकात हुई' });
    expect(within(list).getAllByRole('link').map((link) => link.textContent)).toEqual(['किर्गिस्तान सादिर जापारोव', 'अजरबैजान इल्हाम अलीयेव', 'बेलारूस लुकाशंको']);
    expect(screen.getAllByRole('heading', { level: 3 }).map((heading) => heading.textContent)).toEqual(spellings);
    expect(screen.getByText('संकेत').parentElement?.textContent).toContain(spellings.join(''));
    expect(within(within(card).getByRole('list', { name: 'भाग लेने वाले' })).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['राष्ट्रपति शी चिनफिंग', 'राष्ट्रपति सादिर नर्गोज़ोएविच जापारोव']);
    expect(within(card).getAllByRole('heading', { level: 4 }).map((heading) => heading.textContent)).toEqual(['शी चिनफिंग ने कहा', 'सादिर जापारोव ने कहा']);
    await waitFor(() => expect(document.title).toBe('किर्गिस्तान: सादिर जापारोव · भेंट'));
    // The platform's own spellings never appear beside the report's.
    const platform = new Intl.DisplayNames(['hi-IN'], { type: 'region' });
    for (const code of ['KG', 'AZ']) expect(document.body.textContent).not.toContain(platform.of(code));
  });

  it('moves focus to the selected card heading', async () => {
    renderRoute(`/en${REPORT}/meetings/by/`);
    const heading = await screen.findByRole('heading', { name: 'Belarus', level: 3 });
    // Focus moves in an effect, once the card is on the page.
    await waitFor(() => expect(document.activeElement).toBe(heading));
  });
});

describe('routes that lead nowhere', () => {
  it('a meeting that does not exist is not found, in the page language, with a way home', async () => {
    renderRoute(`/en${REPORT}/meetings/zz`);
    expect((await screen.findByRole('heading', { level: 1 })).textContent).toBe('Page not found');
    expect(screen.getByRole('link', { name: 'Go to the reports' }).getAttribute('href')).toBe('/en/');
    const hindi = screen.getByRole('link', { name: 'हिन्दी' });
    expect(hindi.getAttribute('href')).toBe(`/hi${REPORT}/meetings/zz`);
    expect(hindi.getAttribute('lang')).toBe('hi');
  });

  it('an unknown path under a language', async () => {
    renderRoute('/hi/nothing/here');
    expect((await screen.findByRole('heading', { level: 1 })).textContent).toBe('पेज नहीं मिला');
  });

  it("an unknown language is not found, in the browser's first of Hindi and English", async () => {
    vi.spyOn(navigator, 'languages', 'get').mockReturnValue(['fr-FR', 'hi-IN', 'en-US']);
    renderRoute('/fr/');
    expect((await screen.findByRole('heading', { level: 1 })).textContent).toBe('पेज नहीं मिला');
    expect(screen.getByRole('link', { name: 'समाचारों पर जाएँ' }).getAttribute('href')).toBe('/hi/');
  });

  it('an address the site once had leads on to where its page is now', async () => {
    const { router } = renderRoute('/en/meetings/kg/');
    await screen.findByRole('article', { name: 'Kyrgyzstan' });
    expect(router.state.location.pathname).toBe(`/en${REPORT}/meetings/kg/`);
  });

  it("/ goes to the remembered language, before the browser's", async () => {
    vi.spyOn(navigator, 'languages', 'get').mockReturnValue(['hi-IN']);
    localStorage.setItem('bhent.lang', 'en');
    const { router } = renderRoute('/');
    await screen.findByRole('heading', { level: 1 });
    expect(router.state.location.pathname).toBe('/en/');
  });
});
