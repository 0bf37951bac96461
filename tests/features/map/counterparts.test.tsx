// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { MeetingsMap } from '../../../src/features/map/index.ts';
import { counterpartMark } from '../../../src/features/map/marks.ts';
import type { MapCounterpart } from '../../../src/features/map/types.ts';
import { sizeLeafletContainers } from './leaflet-shims.ts';
import { mapProps, renderMap } from './map-props.ts';

sizeLeafletContainers();

const at = (name: string, lat: number, lon: number) => ({ name, lang: 'en' as const, lat, lon });

const nine: MapCounterpart[] = [
  { code: 'FJ', meetingId: 'fj', name: 'Fiji', capital: at('Suva', -18.14, 178.44) },
  { code: 'BR', meetingId: 'br', name: 'Brazil', capital: at('Brasília', -15.79, -47.88) },
  { code: 'KE', meetingId: 'ke', name: 'Kenya', capital: at('Nairobi', -1.29, 36.82) },
  { code: 'CA', meetingId: 'ca', name: 'Canada', capital: at('Ottawa', 45.42, -75.7) },
  { code: 'RU', meetingId: 'ru', name: 'Russia', capital: at('Moscow', 55.76, 37.62) },
  { code: 'AU', meetingId: 'au', name: 'Australia', capital: at('Canberra', -35.28, 149.13) },
  { code: 'MX', meetingId: 'mx', name: 'Mexico', capital: at('Mexico City', 19.43, -99.13) },
  { code: 'IN', meetingId: 'in', name: 'India', capital: at('New Delhi', 28.61, 77.21) },
  { code: 'ZA', meetingId: 'za', name: 'South Africa', capital: at('Pretoria', -25.75, 28.19) },
];

describe('a report with many countries met', () => {
  it('gives nine countries nine marks that differ by pattern, dash and colour, in the map and in the key', async () => {
    const { container } = await renderMap(<MeetingsMap {...mapProps({ own: { code: 'JP', name: 'Japan', capital: null }, counterparts: nine, hosts: [], journeys: [] })} />);
    const links = screen.getAllByRole('link');
    expect(links.map((link) => link.getAttribute('aria-label'))).toEqual(nine.map((v) => v.name));
    const fills = links.map((link) => link.getAttribute('fill'));
    expect(new Set(fills).size).toBe(9);
    const marks = nine.map((_, i) => counterpartMark(i));
    expect(new Set(marks.map((m) => `${m.ink}|${m.dashArray}|${m.colour}`)).size).toBe(9);
    // The ninth repeats the first one's pattern and dash, but not its colour.
    expect(marks[8]!.colour).not.toBe(marks[0]!.colour);
    for (const [i, link] of links.entries()) {
      expect(link.getAttribute('class')).toContain(`bhent-map__mark--c${marks[i]!.colour}`);
      const id = /^url\(#(.+)\)$/.exec(fills[i] ?? '')?.[1];
      expect(container.querySelector(`pattern[id="${id}"] path`)?.getAttribute('d')).toBe(marks[i]!.ink);
    }
    const legend = container.querySelector<HTMLElement>('.bhent-map__legend')!;
    const swatches = [...legend.querySelectorAll('rect.bhent-map__counterpart')].map((rect) => rect.getAttribute('fill'));
    expect(swatches).toEqual(fills);
    expect(within(legend).getByText('South Africa')).toBeTruthy();
  });

  it('pins the countries a world-wide view would lose, and draws their shapes as well', async () => {
    const { container } = await renderMap(<MeetingsMap {...mapProps({ own: { code: 'JP', name: 'Japan', capital: null }, counterparts: nine, hosts: [], journeys: [] })} />);
    const isPin = (name: string) => /a\d/.test(screen.getByRole('link', { name }).getAttribute('d') ?? '');
    expect(isPin('Fiji')).toBe(true);
    expect(isPin('Brazil')).toBe(false);
    expect(isPin('Kenya')).toBe(false);
    // Fiji's islands are drawn, but only its pin is a tab stop.
    const shapes = [...container.querySelectorAll('path.bhent-map__counterpart')].filter((path) => !path.hasAttribute('role'));
    expect(shapes).toHaveLength(1);
    expect(shapes[0]!.classList.contains('leaflet-interactive')).toBe(false);
  });

  it('lets the first 64 countries met differ', () => {
    const keys = Array.from({ length: 64 }, (_, i) => counterpartMark(i)).map((m) => `${m.ink}|${m.colour}`);
    expect(new Set(keys).size).toBe(64);
  });

  it('draws a journey from each capital to the venue and frames them all', async () => {
    const tokyo = { id: 'tokyo', text: 'Tokyo', lang: 'en' as const, lat: 35.68, lon: 139.69 };
    const journeys = nine.map((c) => ({ code: c.code, from: c.capital!, venue: 'tokyo', meetings: [c.meetingId] }));
    const { container } = await renderMap(<MeetingsMap {...mapProps({ own: { code: 'JP', name: 'Japan', capital: null }, hosts: [], venues: [tokyo], counterparts: nine, journeys })} />);
    expect(container.querySelectorAll('path.bhent-map__route')).toHaveLength(9);
    expect(container.querySelectorAll('path.bhent-map__capital')).toHaveLength(9);
  });
});

describe('what a report does not know', () => {
  const gaps: MapCounterpart[] = [
    { code: 'KG', meetingId: 'kg', name: 'Kyrgyzstan', capital: null },
    { code: 'AZ', meetingId: 'az', name: 'Azerbaijan', capital: at('Baku', 40.41, 49.87) },
  ];

  it('draws no venue and no journeys without a venue, and a capital only where it is known', async () => {
    const { container } = await renderMap(<MeetingsMap {...mapProps({ venues: [], journeys: [], counterparts: gaps })} />);
    expect(screen.getAllByRole('link').map((link) => link.getAttribute('aria-label'))).toEqual(['Kyrgyzstan', 'Azerbaijan']);
    expect(container.querySelectorAll('path.bhent-map__route')).toHaveLength(0);
    expect(container.querySelectorAll('path.bhent-map__venue')).toHaveLength(0);
    expect(container.querySelectorAll('path.bhent-map__capital')).toHaveLength(1);
    const legend = container.querySelector<HTMLElement>('.bhent-map__legend')!;
    const items = within(legend).getAllByRole('listitem').map((item) => item.textContent);
    expect(items).toContain('Capital city');
    expect(items).not.toContain('Venue');
    expect(items).not.toContain('Journey to Tianjin');
  });

  it('draws an own country and a host with no shape, and countries met with no capital, without error', async () => {
    const { container } = await renderMap(<MeetingsMap {...mapProps({ own: { code: 'VA', name: 'Vatican City', capital: null }, hosts: ['VA'], venues: [], journeys: [], counterparts: [gaps[0]!] })} />);
    expect(screen.getByRole('link', { name: 'Kyrgyzstan' })).toBeTruthy();
    expect(container.querySelectorAll('path.bhent-map__capital, path.bhent-map__route')).toHaveLength(0);
  });

  it('pins a country met too small to point at, and one with no shape by its capital; one with neither stays in the key', async () => {
    const small: MapCounterpart[] = [
      { code: 'SG', meetingId: 'sg', name: 'Singapore', capital: at('Singapore', 1.29, 103.85) },
      { code: 'TV', meetingId: 'tv', name: 'Tuvalu', capital: at('Funafuti', -8.52, 179.2) },
      { code: 'ZZ', meetingId: 'zz', name: 'Nowhere', capital: null },
    ];
    const { container } = await renderMap(<MeetingsMap {...mapProps({ counterparts: small, journeys: [] })} />);
    const links = screen.getAllByRole('link');
    expect(links.map((link) => link.getAttribute('aria-label'))).toEqual(['Singapore', 'Tuvalu']);
    // Circle markers: Leaflet draws them as arcs.
    for (const link of links) expect(link.getAttribute('d')).toMatch(/a\d/);
    const legend = container.querySelector<HTMLElement>('.bhent-map__legend')!;
    expect(within(legend).getByText('Nowhere')).toBeTruthy();
  });
});

describe('who hosted, where and how', () => {
  const fiji: MapCounterpart = { code: 'FJ', meetingId: 'fj', name: 'Fiji', capital: at('Suva', -18.14, 178.44) };
  const china = { code: 'CN', name: 'China', capital: at('Beijing', 39.9, 116.41) };

  it('rings the pin of a country met that hosted, too small to see on the map (Fiji’s president welcoming Xi)', async () => {
    const { container } = await renderMap(<MeetingsMap {...mapProps({ own: china, counterparts: [fiji], hosts: ['FJ'], venues: [], journeys: [] })} />);
    const rings = [...container.querySelectorAll('path.bhent-map__hosted')];
    expect(rings).toHaveLength(1);
    // A circle marker: Leaflet draws it as arcs.
    expect(rings[0]!.getAttribute('d')).toMatch(/a\d/);
    const legend = container.querySelector<HTMLElement>('.bhent-map__legend')!;
    expect(within(legend).getAllByRole('listitem').map((item) => item.textContent)).toContain('Host');
  });

  it('draws journeys from both sides to a venue in neither side’s country', async () => {
    const delhi = { id: 'new-delhi', text: 'New Delhi', lang: 'en' as const, lat: 28.61, lon: 77.21 };
    const us: MapCounterpart = { code: 'US', meetingId: 'us', name: 'United States', capital: at('Washington', 38.9, -77.04) };
    const journeys = [
      { code: 'CN', from: china.capital, venue: 'new-delhi', meetings: ['us'] },
      { code: 'US', from: us.capital!, venue: 'new-delhi', meetings: ['us'] },
    ];
    const { container } = await renderMap(<MeetingsMap {...mapProps({ own: china, counterparts: [us], hosts: [], venues: [delhi], journeys })} />);
    expect(container.querySelectorAll('path.bhent-map__route')).toHaveLength(2);
    expect(container.querySelectorAll('path.bhent-map__hosted')).toHaveLength(0);
  });

  it('draws no venue and no journey for a call, and names no host', async () => {
    const israel: MapCounterpart = { code: 'IL', meetingId: 'il', name: 'Israel', capital: null };
    const { container } = await renderMap(<MeetingsMap {...mapProps({ own: china, counterparts: [israel], hosts: [], venues: [], journeys: [] })} />);
    expect(container.querySelectorAll('path.bhent-map__route, path.bhent-map__venue, path.bhent-map__hosted')).toHaveLength(0);
    const items = within(container.querySelector<HTMLElement>('.bhent-map__legend')!).getAllByRole('listitem').map((item) => item.textContent);
    expect(items).not.toContain('Venue');
    expect(items).not.toContain('Host');
  });
});
