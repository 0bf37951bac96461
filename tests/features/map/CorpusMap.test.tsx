// @vitest-environment jsdom
import { fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import L from 'leaflet';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CorpusMap, type CorpusMapProps } from '../../../src/features/map/index.ts';
import { formatBin, meetingBins } from '../../../src/features/map/bins.ts';
import { sizeLeafletContainers } from './leaflet-shims.ts';
import { basemap, renderMap } from './map-props.ts';

sizeLeafletContainers();

afterEach(() => {
  vi.restoreAllMocks();
});

const english: CorpusMapProps['labels'] = {
  region: 'Map of every country met',
  credit: 'Natural Earth',
  legendTitle: 'Meetings',
  countryMeetings: (name, n) => `${name}: ${n} ${n === 1 ? 'meeting' : 'meetings'}`,
};

const countries: CorpusMapProps['countries'] = [
  { code: 'CN', name: 'China', meetings: 12, href: '/en/countries/cn/' },
  { code: 'RU', name: 'Russia', meetings: 3, href: '/en/countries/ru/' },
  { code: 'FJ', name: 'Fiji', meetings: 1, href: '/en/countries/fj/' },
  { code: 'SG', name: 'Singapore', meetings: 2, href: '/en/countries/sg/' },
  { code: 'BR', name: 'Brazil', meetings: 5, href: '/en/countries/br/' },
];

function props(overrides: Partial<CorpusMapProps> = {}): CorpusMapProps {
  return { lang: 'en', basemap, countries, onSelect: vi.fn(), labels: english, ...overrides };
}

describe('CorpusMap', () => {
  it('names each country with its number of meetings, as a link, in the tooltip too', async () => {
    const { container } = await renderMap(<CorpusMap {...props()} />);
    expect(screen.getAllByRole('link').map((link) => link.getAttribute('aria-label'))).toEqual([
      'China: 12 meetings',
      'Russia: 3 meetings',
      'Fiji: 1 meeting',
      'Singapore: 2 meetings',
      'Brazil: 5 meetings',
    ]);
    fireEvent.focus(screen.getByRole('link', { name: 'Fiji: 1 meeting' }));
    expect(container.querySelector('.bhent-map__tooltip')?.textContent).toBe('Fiji: 1 meeting');
    expect(screen.getByRole('region', { name: 'Map of every country met' })).toBeTruthy();
  });

  it('opens a country on click, Enter and Space', async () => {
    const onSelect = vi.fn();
    const user = userEvent.setup();
    await renderMap(<CorpusMap {...props({ onSelect })} />);
    fireEvent.click(screen.getByRole('link', { name: 'China: 12 meetings' }));
    expect(onSelect).toHaveBeenLastCalledWith('CN');
    screen.getByRole('link', { name: 'Fiji: 1 meeting' }).focus();
    await user.keyboard('{Enter}');
    expect(onSelect).toHaveBeenLastCalledWith('FJ');
    expect(fireEvent.keyDown(screen.getByRole('link', { name: 'Singapore: 2 meetings' }), { key: ' ' })).toBe(false);
    expect(onSelect).toHaveBeenLastCalledWith('SG');
    expect(onSelect).toHaveBeenCalledTimes(3);
  });

  it('shades by meetings, with a key of the ranges, and leaves every other country as background', async () => {
    const { container } = await renderMap(<CorpusMap {...props()} />);
    const shade = (name: string) => /bhent-map__bin--(\d)/.exec(screen.getByRole('link', { name }).getAttribute('class') ?? '')?.[1];
    expect(shade('Fiji: 1 meeting')).toBe('0');
    expect(shade('China: 12 meetings')).toBe('4');
    expect(Number(shade('Russia: 3 meetings'))).toBeLessThan(Number(shade('Brazil: 5 meetings')));
    const legend = container.querySelector<HTMLElement>('.bhent-map__legend')!;
    expect(within(legend).getAllByRole('listitem').map((item) => item.textContent)).toEqual(['1', '2', '3', '4–6', '7–12']);
    const land = [...container.querySelectorAll('path.bhent-map__land')];
    expect(land).toHaveLength(4);
    expect(land.some((path) => path.hasAttribute('tabindex'))).toBe(false);
  });

  it('frames the countries the short way round the antimeridian', async () => {
    const fit = vi.spyOn(L.Map.prototype, 'fitBounds');
    const pacific = [
      { code: 'FJ', name: 'Fiji', meetings: 1, href: '/fj' },
      { code: 'NZ', name: 'New Zealand', meetings: 2, href: '/nz' },
      { code: 'WS', name: 'Samoa', meetings: 1, href: '/ws' },
    ];
    await renderMap(<CorpusMap {...props({ countries: pacific })} />);
    const bounds = L.latLngBounds(fit.mock.lastCall?.[0] as L.LatLngBoundsLiteral);
    expect(bounds.getEast() - bounds.getWest()).toBeLessThan(40);
  });

  it('writes the ranges with the page language’s numbers', () => {
    expect(meetingBins(1500).map((bin) => formatBin(bin, 'en')).at(-1)).toBe('347–1,500');
    expect(formatBin({ from: 100000, to: 200000, shade: 4 }, 'hi')).toBe(`${new Intl.NumberFormat('hi').format(100000)}–${new Intl.NumberFormat('hi').format(200000)}`);
  });
});
