// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Marked } from '../../src/shared/Marked.tsx';

// A template function as `t` gives one: the values put in where `{{…}}` stands.
const said = (template: string) => (values: Record<string, string>) => template.replace(/\{\{(\w+)\}\}/g, (_, key: string) => values[key]!);

describe('an interface string with marked parts', () => {
  it('draws the marked part with the given element, in its own language, and the rest as text', () => {
    const { container } = render(
      <p>
        <Marked template={said('<name>{{name}}</name> · {{country}} के साथ मुलाकात')} values={{ name: 'Sadyr Japarov', country: 'किर्गिस्तान' }} marks={{ name: <span lang="en" /> }} />
      </p>,
    );
    expect(container.querySelector('p')?.textContent).toBe('Sadyr Japarov · किर्गिस्तान के साथ मुलाकात');
    expect(screen.getByText('Sadyr Japarov').getAttribute('lang')).toBe('en');
  });

  it('shows a value that looks like markup as written, never as markup', () => {
    const { container } = render(
      <p>
        <Marked template={said('<name>{{name}}</name> said')} values={{ name: '<b>Bold</b> <name>x</name> <img src=x onerror=alert(1)>' }} marks={{ name: <span lang="en" /> }} />
      </p>,
    );
    expect(container.querySelector('p')?.textContent).toBe('<b>Bold</b> <name>x</name> <img src=x onerror=alert(1)> said');
    expect(container.querySelectorAll('b, img, name')).toHaveLength(0);
    expect(container.querySelectorAll('span')).toHaveLength(1);
  });

  it('keeps the text of a mark it has no element for', () => {
    const { container } = render(
      <p>
        <Marked template={said('<em>{{name}}</em> said')} values={{ name: 'Ilham Aliyev' }} marks={{}} />
      </p>,
    );
    expect(container.querySelector('p')?.textContent).toBe('Ilham Aliyev said');
    expect(container.querySelectorAll('em, span')).toHaveLength(0);
  });
});
