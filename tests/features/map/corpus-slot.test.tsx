// @vitest-environment jsdom
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router';
import { describe, expect, it } from 'vitest';
import { CorpusMapSlot } from '../../../src/app/CorpusMapSlot.tsx';
import { createI18n } from '../../../src/shared/i18n.ts';
import { resources } from '../../../src/shared/locales.ts';
import type { Lang } from '../../../src/shared/lang.ts';
import { sizeLeafletContainers } from './leaflet-shims.ts';

sizeLeafletContainers();

// The first test to load the map chunk builds the basemap; under a full parallel run that takes a while.
const LOADED = { timeout: 15_000 };

const countries = [
  { code: 'CN', name: 'China', meetings: 7 },
  { code: 'KG', name: 'Kyrgyzstan', meetings: 1 },
];

function Where() {
  return <p>at {useLocation().pathname}</p>;
}

function renderSlot(lang: Lang, list = countries) {
  return render(
    <I18nextProvider i18n={createI18n(lang, resources)}>
      <MemoryRouter initialEntries={[`/${lang}/`]}>
        <Routes>
          <Route path="/:lang/*" element={<><CorpusMapSlot lang={lang} countries={list} /><Where /></>} />
        </Routes>
      </MemoryRouter>
    </I18nextProvider>,
  );
}

describe('CorpusMapSlot', () => {
  it('shows the key with the text, then the map; a country opens its page', { timeout: 20_000 }, async () => {
    const { container } = renderSlot('en');
    expect(container.querySelector('.map-frame')).not.toBeNull();
    expect(screen.getByText('Meetings')).toBeTruthy();
    const china = await screen.findByRole('link', { name: 'China: 7 meetings' }, LOADED);
    expect(screen.getByRole('link', { name: 'Kyrgyzstan: 1 meeting' })).toBeTruthy();
    fireEvent.keyDown(china, { key: 'Enter' });
    await waitFor(() => expect(screen.getByText('at /en/countries/cn/')).toBeTruthy());
    expect(container.querySelector('.leaflet-control-attribution')?.textContent).toBe('Country shapes: Natural Earth; boundaries are illustrative');
  });

  it('says it in Hindi on a Hindi page', async () => {
    const { container } = renderSlot('hi', [{ code: 'CN', name: 'चीन', meetings: 7 }]);
    expect(await screen.findByRole('link', { name: 'चीन: 7 मुलाकातें' }, LOADED)).toBeTruthy();
    expect(container.querySelector('.leaflet-control-attribution')?.textContent).toContain('सीमाएँ सांकेतिक हैं');
  });
});
