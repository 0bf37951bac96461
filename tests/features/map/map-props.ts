import { render, waitFor } from '@testing-library/react';
import type { ReactElement } from 'react';
import { expect, vi } from 'vitest';
import { worldTopology } from '../../../src/build/basemap.ts';
import { decodeBasemap } from '../../../src/features/map/decode.ts';
import type { MeetingsMapProps } from '../../../src/features/map/index.ts';

/** The basemap as the map chunk has it: the shipped topology, decoded. */
export const basemap = decodeBasemap(worldTopology());

export const counterparts: MeetingsMapProps['counterparts'] = [
  { code: 'KG', meetingId: 'kg', name: 'Kyrgyzstan', capital: { name: 'Bishkek', lang: 'en', lat: 42.87, lon: 74.59 } },
  { code: 'AZ', meetingId: 'az', name: 'Azerbaijan', capital: { name: 'Baku', lang: 'en', lat: 40.41, lon: 49.87 } },
  { code: 'BY', meetingId: 'by', name: 'Belarus', capital: { name: 'Minsk', lang: 'en', lat: 53.9, lon: 27.57 } },
];

/** The journeys to Tianjin: from each capital of a country met; Beijing's is in the venue's own country, and the map leaves it out. */
export const journeys: MeetingsMapProps['journeys'] = [
  { code: 'CN', from: { lat: 39.9, lon: 116.41 }, venue: 'tianjin', meetings: ['kg', 'az', 'by'] },
  { code: 'KG', from: { lat: 42.87, lon: 74.59 }, venue: 'tianjin', meetings: ['kg'] },
  { code: 'AZ', from: { lat: 40.41, lon: 49.87 }, venue: 'tianjin', meetings: ['az'] },
  { code: 'BY', from: { lat: 53.9, lon: 27.57 }, venue: 'tianjin', meetings: ['by'] },
];

/** The same map as a Hindi page shows it: the names as the report spells them. */
export const hindi: Partial<MeetingsMapProps> = {
  lang: 'hi',
  own: { code: 'CN', name: 'चीन', capital: { name: 'बीजिंग', lang: 'hi', lat: 39.9, lon: 116.41 } },
  venues: [{ id: 'tianjin', text: 'थ्येनचिन', lang: 'hi', lat: 39.13, lon: 117.2 }],
  counterparts: [
    { code: 'KG', meetingId: 'kg', name: 'किर्गिस्तान', capital: { name: 'बिश्केक', lang: 'hi', lat: 42.87, lon: 74.59 } },
    { code: 'AZ', meetingId: 'az', name: 'अजरबैजान', capital: { name: 'बाकू', lang: 'hi', lat: 40.41, lon: 49.87 } },
    { code: 'BY', meetingId: 'by', name: 'बेलारूस', capital: { name: 'मिन्स्क', lang: 'hi', lat: 53.9, lon: 27.57 } },
  ],
};

export const labels: MeetingsMapProps['labels'] = {
  region: 'Map of the meetings',
  legendTitle: 'Legend',
  legendCounterparts: 'Presidents’ countries',
  legendOwn: 'Xi’s country',
  legendHost: 'Host',
  legendVenue: 'Venue',
  legendRoute: 'Journey to Tianjin',
  legendCapital: 'Capital city',
  credit: 'Natural Earth',
};

/** The map as the page shows the three meetings Xi hosted in Tianjin, with `overrides`. */
export function mapProps(overrides: Partial<MeetingsMapProps> = {}): MeetingsMapProps {
  return {
    lang: 'en',
    basemap,
    own: { code: 'CN', name: 'China', capital: { name: 'Beijing', lang: 'en', lat: 39.9, lon: 116.41 } },
    counterparts,
    hosts: ['CN'],
    venues: [{ id: 'tianjin', text: 'Tianjin', lang: 'en', lat: 39.13, lon: 117.2 }],
    journeys,
    selected: null,
    hrefFor: (id) => `/meetings/${id}`,
    onSelect: vi.fn(),
    labels,
    ...overrides,
  };
}

/**
 * Waits until the map is drawn in full. It draws in stages, a task each (the
 * countries that take input, then routes and the venue, then the land in
 * four pieces): once the last piece of land is there, everything is.
 */
export async function drawn(container: HTMLElement): Promise<void> {
  await waitFor(() => expect(container.querySelectorAll('path.bhent-map__land')).toHaveLength(4));
}

/** Renders a map and waits until it is drawn in full. */
export async function renderMap(ui: ReactElement): Promise<ReturnType<typeof render>> {
  const result = render(ui);
  await drawn(result.container);
  return result;
}
