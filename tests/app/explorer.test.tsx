// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderRoute } from './render-route.tsx';

// The map has its own tests; here it stands aside so the page's text is what is checked.
vi.mock('../../src/app/map-chunk.tsx', () => ({ default: () => <p>map</p> }));

describe('the meetings page', () => {
  it('shows each meeting card with its statements grouped by speaker, each sentence with its lang', async () => {
    renderRoute('/en/meetings/kg/');
    const card = await screen.findByRole('article', { name: 'Kyrgyzstan' });
    expect(within(card).getByText('Selected meeting')).toBeTruthy();
    expect(within(card).getByText(/President Sadyr Nurgojoevich Japarov/)).toBeTruthy();
    expect(within(card).getByText('Meeting')).toBeTruthy();
    expect(within(card).getByText('मुलाकात').getAttribute('lang')).toBe('hi');
    expect(within(card).getByText('31 August 2025')).toBeTruthy();

    const groups = within(card).getAllByRole('region');
    expect(groups.map((g) => within(g).getByRole('heading').textContent)).toEqual(['Xi Jinping said', 'Sadyr Nurgojoevich Japarov said']);
    const japarov = within(groups[1]!).getAllByRole('listitem');
    expect(japarov).toHaveLength(3);
    const hindi = within(japarov[0]!).getByText('जोपारोव ने कहा कि चीन किर्गिस्तान का अच्छा पड़ोसी और अच्छा दोस्त है।');
    const english = within(japarov[0]!).getByText('Japarov said that China is a good neighbour and a good friend of Kyrgyzstan.');
    expect(hindi.getAttribute('lang')).toBe('hi');
    expect(english.getAttribute('lang')).toBe('en');
  });

  it('lists all three meetings, and links each country', async () => {
    renderRoute('/en/');
    await screen.findByRole('heading', { level: 1 });
    expect(screen.getAllByRole('article').map((a) => a.getAttribute('aria-labelledby'))).toEqual(['meeting-kg', 'meeting-az', 'meeting-by']);
    const list = screen.getByRole('list', { name: 'Visiting countries' });
    expect(within(list).getAllByRole('link').map((a) => a.getAttribute('href'))).toEqual(['/en/meetings/kg/', '/en/meetings/az/', '/en/meetings/by/']);
  });

  it('switches the interface language and keeps the page', async () => {
    const user = userEvent.setup();
    const { router } = renderRoute('/en/meetings/az/');
    await screen.findByRole('article', { name: 'Azerbaijan' });
    expect(screen.getByRole('link', { name: 'Meetings' })).toBeTruthy();
    await user.click(screen.getByRole('link', { name: 'हिन्दी' }));
    expect(await screen.findByRole('article', { name: 'अज़रबैजान' })).toBeTruthy();
    expect(router.state.location.pathname).toBe('/hi/meetings/az/');
    expect(screen.getByRole('link', { name: 'मुलाकातें' })).toBeTruthy();
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('शी चिनफिंग ने थ्येनचिन में किर्गिस्तान, अजरबैजान और बेलारूस के राष्ट्रपतियों से भेंट की');
    expect(document.documentElement.lang).toBe('hi');
    expect(localStorage.getItem('bhent.lang')).toBe('hi');
  });

  it('shows statements in Hindi, English or both, and remembers the choice', async () => {
    const user = userEvent.setup();
    renderRoute('/en/meetings/by/');
    const card = await screen.findByRole('article', { name: 'Belarus' });
    const english = 'Belarus is ready to deepen cooperation with China in various fields.';
    const hindi = 'बेलारूस चीन के साथ विभिन्न क्षेत्रों का सहयोग गहराने को तैयार है।';
    expect(within(card).getByText(english)).toBeTruthy();
    expect(within(card).getByText(hindi)).toBeTruthy();

    await user.click(screen.getByRole('radio', { name: 'Hindi' }));
    expect(within(card).queryByText(english)).toBeNull();
    expect(within(card).getByText(hindi)).toBeTruthy();

    await user.click(screen.getByRole('radio', { name: 'English' }));
    expect(within(card).getByText(english)).toBeTruthy();
    expect(within(card).queryByText(hindi)).toBeNull();
    expect(localStorage.getItem('bhent.display')).toBe('en');
  });

  it('moves focus to the selected card heading', async () => {
    renderRoute('/en/meetings/by/');
    const heading = await screen.findByRole('heading', { name: 'Belarus', level: 3 });
    expect(document.activeElement).toBe(heading);
  });
});

describe('routes that lead nowhere', () => {
  it('a meeting that does not exist is not found, in the page language, with a way home', async () => {
    renderRoute('/en/meetings/zz');
    expect(await screen.findByRole('heading', { name: 'Page not found' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Go to the meetings' }).getAttribute('href')).toBe('/en/');
    expect(screen.getByRole('link', { name: 'हिन्दी' })).toBeTruthy();
  });

  it('an unknown path under a language', async () => {
    renderRoute('/hi/nothing/here');
    expect(await screen.findByRole('heading', { name: 'पेज नहीं मिला' })).toBeTruthy();
  });

  it("an unknown language is not found, in the browser's first of Hindi and English", async () => {
    vi.spyOn(navigator, 'languages', 'get').mockReturnValue(['fr-FR', 'hi-IN', 'en-US']);
    renderRoute('/fr/');
    expect(await screen.findByRole('heading', { name: 'पेज नहीं मिला' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'मुलाकातों पर जाएँ' }).getAttribute('href')).toBe('/hi/');
  });

  it("/ goes to the remembered language, before the browser's", async () => {
    vi.spyOn(navigator, 'languages', 'get').mockReturnValue(['hi-IN']);
    localStorage.setItem('bhent.lang', 'en');
    const { router } = renderRoute('/');
    await screen.findByRole('heading', { level: 1 });
    expect(router.state.location.pathname).toBe('/en/');
  });
});
