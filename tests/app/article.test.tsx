// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderRoute } from './render-route.tsx';

describe('the original report page', () => {
  it('shows every sentence as published with its English, linked to its meeting and speaker', async () => {
    renderRoute('/en/article#p5.s1');
    expect(await screen.findByRole('heading', { level: 1, name: 'The original report' })).toBeTruthy();
    const sentence = document.getElementById('p5.s1')!;
    expect(within(sentence).getByText(/^अलीयेव ने बताया कि/).getAttribute('lang')).toBe('hi');
    expect(within(sentence).getByText(/^Aliyev said that/).getAttribute('lang')).toBe('en');
    const link = within(sentence).getByRole('link', { name: 'Ilham Aliyev · meeting with Azerbaijan' });
    expect(link.getAttribute('href')).toBe('/en/meetings/az/');
    expect(document.activeElement).toBe(sentence);
    expect(screen.getByText('(साभार- चाइना मीडिय ग्रुप, पेइचिंग)')).toBeTruthy();
    expect(screen.getByText('बीजिंग, 31 अगस्त (आईएएनएस)।')).toBeTruthy();
  });
});
