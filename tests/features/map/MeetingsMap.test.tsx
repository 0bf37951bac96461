// @vitest-environment jsdom
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { StrictMode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MeetingsMap } from '../../../src/features/map/index.ts';
import { sizeLeafletContainers } from './leaflet-shims.ts';
import { hindi, labels, mapProps, renderMap } from './map-props.ts';

sizeLeafletContainers();

const props = mapProps;

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('MeetingsMap', () => {
  it('makes each country met a named, focusable link', async () => {
    await renderMap(<MeetingsMap {...props()} />);
    for (const name of ['Kyrgyzstan', 'Azerbaijan', 'Belarus']) {
      const shape = screen.getByRole('link', { name });
      expect(shape.tagName).toBe('path');
      expect(shape.getAttribute('tabindex')).toBe('0');
    }
  });

  it('survives StrictMode remounting its layers', async () => {
    const onSelect = vi.fn();
    await renderMap(
      <StrictMode>
        <MeetingsMap {...props({ onSelect })} />
      </StrictMode>,
    );
    expect(screen.getAllByRole('link')).toHaveLength(3);
    const belarus = screen.getByRole('link', { name: 'Belarus' });
    expect(belarus.isConnected).toBe(true);
    fireEvent.keyDown(belarus, { key: 'Enter' });
    expect(onSelect.mock.calls).toEqual([['by']]);
  });

  it('names the countries met as it is told, in the language it is told', async () => {
    const { container } = await renderMap(<MeetingsMap {...props(hindi)} />);
    const links = screen.getAllByRole('link');
    expect(links.map((link) => link.getAttribute('aria-label'))).toEqual(['किर्गिस्तान', 'अजरबैजान', 'बेलारूस']);
    expect(links.every((link) => link.closest('[lang]')?.getAttribute('lang') === 'hi')).toBe(true);
    const labelsText = [...container.querySelectorAll('.bhent-map__label')].map((label) => label.textContent);
    expect(labelsText).toEqual(expect.arrayContaining(['चीन', 'थ्येनचिन']));
  });

  it('keeps every other country out of the tab order', async () => {
    const { container } = await renderMap(<MeetingsMap {...props()} />);
    const paths = [...container.querySelectorAll('path')].filter((path) => !path.closest('.bhent-map__patterns, .bhent-map__legend'));
    const stops = paths.filter((path) => path.hasAttribute('tabindex'));
    expect(stops.map((path) => path.getAttribute('aria-label'))).toEqual(['Kyrgyzstan', 'Azerbaijan', 'Belarus']);
    const land = container.querySelectorAll('path.bhent-map__land, path.bhent-map__own, path.bhent-map__hosted');
    expect(land.length).toBe(paths.length - 3 - 3 - 3 - 1);
    // All the other countries share four paths: one outline per country part in view.
    const landPaths = [...container.querySelectorAll('path.bhent-map__land')];
    expect(landPaths).toHaveLength(4);
    const outlines = landPaths.flatMap((path) => (path.getAttribute('d') ?? '').match(/M/g) ?? []);
    expect(outlines.length).toBeGreaterThan(30);
    for (const path of land) {
      expect(path.hasAttribute('role')).toBe(false);
      expect(path.classList.contains('leaflet-interactive')).toBe(false);
    }
    expect(screen.getAllByRole('link')).toHaveLength(3);
  });

  it('selects a country met on click, Enter and Space, and Space does not scroll', async () => {
    const onSelect = vi.fn();
    const user = userEvent.setup();
    await renderMap(<MeetingsMap {...props({ onSelect })} />);

    // fireEvent rather than user.click: Leaflet copies the event with for…in, and
    // user-event's PointerEvent polyfill keeps clientX where for…in cannot see it.
    fireEvent.click(screen.getByRole('link', { name: 'Kyrgyzstan' }));
    expect(onSelect).toHaveBeenLastCalledWith('kg');

    screen.getByRole('link', { name: 'Azerbaijan' }).focus();
    await user.keyboard('{Enter}');
    expect(onSelect).toHaveBeenLastCalledWith('az');

    const belarus = screen.getByRole('link', { name: 'Belarus' });
    expect(fireEvent.keyDown(belarus, { key: ' ', code: 'Space' })).toBe(false);
    expect(onSelect).toHaveBeenLastCalledWith('by');

    expect(fireEvent.keyDown(belarus, { key: 'a' })).toBe(true);
    expect(onSelect).toHaveBeenCalledTimes(3);
  });

  it('opens the country’s link in a new tab on Ctrl/Cmd-activation instead of selecting', async () => {
    const onSelect = vi.fn();
    const open = vi.spyOn(window, 'open').mockReturnValue(null);
    await renderMap(<MeetingsMap {...props({ onSelect })} />);
    fireEvent.click(screen.getByRole('link', { name: 'Kyrgyzstan' }), { ctrlKey: true });
    fireEvent.keyDown(screen.getByRole('link', { name: 'Belarus' }), { key: 'Enter', metaKey: true });
    expect(open.mock.calls).toEqual([
      ['/meetings/kg', '_blank', 'noopener'],
      ['/meetings/by', '_blank', 'noopener'],
    ]);
    expect(onSelect).not.toHaveBeenCalled();
  });

  it('reaches the countries met with Tab and shows their name in a tooltip on focus', async () => {
    const user = userEvent.setup();
    const { container } = await renderMap(<MeetingsMap {...props()} />);
    await user.tab(); // the map itself
    await user.tab();
    expect(document.activeElement).toBe(screen.getByRole('link', { name: 'Kyrgyzstan' }));
    const tooltip = container.querySelector('.bhent-map__tooltip');
    expect(tooltip?.textContent).toContain('Kyrgyzstan');
    expect(tooltip?.textContent).toContain('Bishkek');
    expect(tooltip?.innerHTML).not.toContain('<script');
  });

  it('switches every name to Hindi in place when lang changes', async () => {
    const { container, rerender } = await renderMap(<MeetingsMap {...props()} />);
    const kyrgyzstan = screen.getByRole('link', { name: 'Kyrgyzstan' });
    const belarus = screen.getByRole('link', { name: 'Belarus' });
    fireEvent.focus(kyrgyzstan);
    expect(container.querySelector('.bhent-map__tooltip')?.textContent).toContain('Kyrgyzstan');

    rerender(<MeetingsMap {...props(hindi)} />);
    // Same element: the path was relabelled, not remounted.
    expect(screen.getByRole('link', { name: 'किर्गिस्तान' })).toBe(kyrgyzstan);
    expect(screen.getByRole('link', { name: 'बेलारूस' })).toBe(belarus);
    expect(container.querySelector('.bhent-map__tooltip')?.textContent).toContain('किर्गिस्तान');
    expect(container.querySelector('.bhent-map__tooltip')?.textContent).toContain('बिश्केक');
    const labelsText = [...container.querySelectorAll('.bhent-map__label')].map((label) => label.textContent);
    expect(labelsText).toEqual(expect.arrayContaining(['चीन', 'थ्येनचिन']));
    // The permanent labels repeat the key and the text; assistive tech skips them.
    for (const label of container.querySelectorAll('.bhent-map__label')) expect(label.getAttribute('aria-hidden')).toBe('true');
    const legend = container.querySelector<HTMLElement>('.bhent-map__legend')!;
    expect(within(legend).getAllByRole('listitem').map((item) => item.textContent)).toEqual(expect.arrayContaining(['किर्गिस्तान', 'अजरबैजान', 'बेलारूस']));
    expect(container.querySelector('.bhent-map')?.getAttribute('lang')).toBe('hi');
  });

  it('marks the selected country as current', async () => {
    const { rerender } = await renderMap(<MeetingsMap {...props({ selected: 'az' })} />);
    expect(screen.getByRole('link', { name: 'Azerbaijan' }).getAttribute('aria-current')).toBe('true');
    expect(screen.getByRole('link', { name: 'Belarus' }).hasAttribute('aria-current')).toBe(false);
    rerender(<MeetingsMap {...props({ selected: null })} />);
    expect(screen.getByRole('link', { name: 'Azerbaijan' }).hasAttribute('aria-current')).toBe(false);
  });

  it('labels the map, credits Natural Earth and loads nothing from the network', async () => {
    const { container } = await renderMap(<MeetingsMap {...props()} />);
    const region = screen.getByRole('region', { name: 'Map of the meetings' });
    expect(region.classList.contains('leaflet-container')).toBe(true);
    const attribution = container.querySelector('.leaflet-control-attribution');
    expect(attribution?.textContent).toBe('Natural Earth');
    expect(container.querySelector('a[href*="leafletjs"]')).toBeNull();
    expect(container.querySelectorAll('img, .leaflet-tile, iframe, script')).toHaveLength(0);
  });

  it('treats the credit as text', async () => {
    const { container } = await renderMap(<MeetingsMap {...props({ labels: { ...labels, credit: '<img src=x onerror=alert(1)> & co' } })} />);
    const attribution = container.querySelector('.leaflet-control-attribution');
    expect(attribution?.textContent).toBe('<img src=x onerror=alert(1)> & co');
    expect(attribution?.querySelector('img')).toBeNull();
  });

  it('draws a legend from the labels with a swatch per country met', async () => {
    const { container } = await renderMap(<MeetingsMap {...props()} />);
    const legend = container.querySelector<HTMLElement>('.bhent-map__legend')!;
    expect(legend.querySelector('.bhent-map__legend-title')?.textContent).toBe('Legend');
    const items = within(legend).getAllByRole('listitem').map((item) => item.textContent);
    expect(items).toEqual(['Presidents’ countriesKyrgyzstanAzerbaijanBelarus', 'Kyrgyzstan', 'Azerbaijan', 'Belarus', 'Xi’s country', 'Host', 'Venue', 'Journey to Tianjin']);
    const fills = [...legend.querySelectorAll('rect.bhent-map__counterpart')].map((rect) => rect.getAttribute('fill'));
    expect(new Set(fills).size).toBe(3);
    for (const fill of fills) {
      const id = /^url\(#(.+)\)$/.exec(fill ?? '')?.[1];
      expect(container.querySelector(`pattern[id="${id}"]`)).not.toBeNull();
    }
    const shapeFills = screen.getAllByRole('link').map((path) => path.getAttribute('fill'));
    expect(shapeFills).toEqual(fills);
  });

  it('draws a journey from the capital of each country met to the venue, none within the venue’s own country, and the venue', async () => {
    const { container } = await renderMap(<MeetingsMap {...props()} />);
    // Bishkek, Baku and Minsk to Tianjin; Beijing is in China, where they met.
    expect(container.querySelectorAll('path.bhent-map__route')).toHaveLength(3);
    expect(container.querySelectorAll('path.bhent-map__capital')).toHaveLength(3);
    expect(container.querySelectorAll('path.bhent-map__venue')).toHaveLength(1);
  });

  it('marks the host’s country, beneath the countries, only where a host is established', async () => {
    const { container } = await renderMap(<MeetingsMap {...props()} />);
    const band = container.querySelectorAll('path.bhent-map__hosted');
    expect(band).toHaveLength(1);
    expect(band[0]!.closest('.leaflet-pane')?.classList.contains('leaflet-bhent-hosts-pane')).toBe(true);
    expect(band[0]!.classList.contains('leaflet-interactive')).toBe(false);
    cleanup();
    const unknown = await renderMap(<MeetingsMap {...props({ hosts: [] })} />);
    expect(unknown.container.querySelectorAll('.bhent-map__hosted')).toHaveLength(0);
    const legend = unknown.container.querySelector<HTMLElement>('.bhent-map__legend')!;
    expect(within(legend).getAllByRole('listitem').map((item) => item.textContent)).not.toContain('Host');
    expect(within(legend).getAllByRole('listitem').map((item) => item.textContent)).toContain('Xi’s country');
  });
});
