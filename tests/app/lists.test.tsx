// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderRoute } from './render-route.tsx';

// The maps have their own tests; here they stand aside so the pages' text is what is checked.
vi.mock('../../src/app/map-chunk.tsx', () => ({ default: () => <p>map</p> }));
vi.mock('../../src/app/corpus-map-chunk.tsx', () => ({ default: () => <p>map</p> }));

const TOKYO = '2016-08-25-cri-wangyi-kishida-tokyo';
const DELHI = '2022-03-25-ibc24-bhasha-jaishankar-wangyi';

describe('the front page', () => {
  it('finds a person on either side of a meeting: Wang Yi as the report’s own leader, and as the one met', async () => {
    renderRoute('/en/?person=wang-yi');
    const list = await screen.findByRole('list', { name: '2 reports match' });
    const cards = within(list).getAllByRole('article');
    expect(cards.map((card) => card.getAttribute('aria-labelledby'))).toEqual([`report-${DELHI}`, `report-${TOKYO}`]);
    // Each card names the report's own leader, then whom they met.
    const leader = (card: HTMLElement) => within(card).getAllByRole('definition')[0]!.textContent;
    expect(cards.map(leader)).toEqual(['S. Jaishankar · India', 'Wang Yi · China']);
    expect(within(cards[1]!).getByRole('link', { name: 'Japan · Fumio Kishida' }).getAttribute('href')).toBe(`/en/reports/${TOKYO}/meetings/jp/`);
  });

  it('finds a country on either side', async () => {
    renderRoute('/en/?country=jp');
    const list = await screen.findByRole('list', { name: '1 report matches' });
    expect(within(list).getByRole('link', { name: 'Japan · Fumio Kishida' })).toBeTruthy();
  });
});

describe('a country’s page', () => {
  it('says when each meeting was held, else when it was reported, the country’s side, and that it hosted only where the report says who hosted', async () => {
    renderRoute('/en/countries/cn/');
    await screen.findByRole('heading', { level: 1, name: 'Meetings with China' });
    // An entry's first line, found by the link to its meeting.
    const line = (href: string) => {
      const link = screen.getAllByRole('link').find((a) => a.getAttribute('href') === href)!;
      return link.closest('li')!.querySelector('p')!.textContent;
    };
    expect(line(`/en/reports/${TOKYO}/meetings/jp/`)).toBe('Held on 24 August 2016 · the report’s own side');
    expect(line('/en/reports/2016-09-06-cri-xi-merkel-hangzhou/meetings/de/')).toBe('Held on 5 September 2016 · the report’s own side, as host');
    expect(line('/en/reports/2014-11-21-cri-xi-fiji-president/meetings/fj/')).toBe('Held on 21 November 2014 · the report’s own side, visiting');
    expect(line(`/en/reports/${DELHI}/meetings/cn/`)).toBe('Held on 25 March 2022 · the side met, visiting');
    expect(line('/en/reports/2023-09-11-cri-liqiang-biden-g20/meetings/us/')).toBe('Reported on 11 September 2023 · the report’s own side');
    expect(line('/en/reports/2025-08-31-xi-tianjin-meetings/meetings/kg/')).toBe('Reported on 31 August 2025 · the report’s own side, as host');
  });

  it('names whom the country met, or who met it', async () => {
    renderRoute('/hi/countries/jp/');
    await screen.findByRole('heading', { level: 1, name: 'जापान के साथ मुलाकातें' });
    const link = screen.getByRole('link', { name: 'चीन · वांग यी' });
    expect(link.getAttribute('href')).toBe(`/hi/reports/${TOKYO}/meetings/jp/`);
    expect(link.closest('li')!.querySelector('p')!.textContent).toBe('मुलाकात 24 अगस्त 2016 को हुई · जिस पक्ष से मुलाकात हुई');
  });
});

describe('a person’s page', () => {
  it('gives the office each report gives, in the English of the person’s country, and the newest in the heading', async () => {
    renderRoute('/en/people/s-jaishankar/');
    await screen.findByRole('heading', { level: 1, name: 'S. Jaishankar' });
    expect(screen.getByRole('heading', { level: 1 }).nextElementSibling?.textContent).toMatch(/^Minister of External Affairs · India · /);
    const reports = screen.getAllByRole('article');
    expect(reports.length).toBeGreaterThan(1);
    for (const report of reports) expect(report.querySelector('p')!.textContent).toMatch(/^\d+ \w+ \d{4} · Minister of External Affairs$/);
  });

  it('in Hindi, as the report writes it', async () => {
    renderRoute('/hi/people/li-qiang/');
    await screen.findByRole('heading', { level: 1, name: 'ली छ्यांग' });
    expect(screen.getByRole('heading', { level: 1 }).nextElementSibling?.textContent).toMatch(/^प्रधान मंत्री · चीन · /);
  });
});

describe('an address a meeting once had', () => {
  it('leads on to where it is now: Wang Yi’s meeting with Kishida is named after Japan', async () => {
    const { router } = renderRoute(`/en/reports/${TOKYO}/meetings/cn/`);
    await screen.findByRole('article', { name: 'Japan' });
    expect(router.state.location.pathname).toBe(`/en/reports/${TOKYO}/meetings/jp/`);
  });
});
