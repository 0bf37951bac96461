// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { SEED_REPORT, renderRoute } from './render-route.tsx';

describe('the original report page', () => {
  it('shows every sentence as published with its English, linked to its meeting and speaker', async () => {
    renderRoute(`/en/reports/${SEED_REPORT}/article/#p5.s1`);
    expect((await screen.findByRole('heading', { level: 1 })).textContent).toBe('The original report');
    const sentence = document.getElementById('p5.s1')!;
    expect(within(sentence).getByText(/^अलीयेव ने बताया कि/).getAttribute('lang')).toBe('hi');
    expect(within(sentence).getByText(/^Aliyev said that/).getAttribute('lang')).toBe('en');
    const link = within(sentence).getByRole('link', { name: 'Ilham Aliyev · meeting with Azerbaijan' });
    expect(link.getAttribute('href')).toBe(`/en/reports/${SEED_REPORT}/meetings/az/`);
    // The linked sentence takes focus once the page has mounted.
    await waitFor(() => expect(document.activeElement).toBe(sentence));
    expect(screen.getByText('(साभार- चाइना मीडिय ग्रुप, पेइचिंग)').getAttribute('lang')).toBe('hi');
    expect(screen.getByText('बीजिंग, 31 अगस्त (आईएएनएस)।').getAttribute('lang')).toBe('hi');
  });

  it('in Hindi, names each speaker briefly and each country as the report spells it', async () => {
    renderRoute(`/hi/reports/${SEED_REPORT}/article/`);
    await screen.findByRole('heading', { level: 1 });
    const attribution = (id: string) => within(document.getElementById(id)!).getByRole('link');
    expect(attribution('p2.s1').textContent).toBe('शी चिनफिंग · किर्गिस्तान के साथ मुलाकात');
    expect(attribution('p3.s1').textContent).toBe('सादिर जापारोव · किर्गिस्तान के साथ मुलाकात');
    expect(attribution('p5.s1').textContent).toBe('इल्हाम अलीयेव · अजरबैजान के साथ मुलाकात');
    expect(attribution('p5.s1').getAttribute('href')).toBe(`/hi/reports/${SEED_REPORT}/meetings/az/`);
  });
});
