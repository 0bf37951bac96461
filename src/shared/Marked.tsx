import { cloneElement, type ReactElement, type ReactNode } from 'react';

/**
 * An interface string whose marked parts (`<name>{{name}}</name> said`) are
 * drawn by elements of the caller's (`marks: { name: <span lang="hi" /> }`).
 * The values are put in after the marks are read, as text: a name that
 * contains `<` or a mark of its own is shown as written, never read as markup.
 */
export function Marked<K extends string>({ template, values, marks }: { template: (placeholders: Record<K, string>) => string; values: Record<K, string>; marks: Record<string, ReactElement<{ children?: ReactNode }>> }) {
  const names = Object.keys(values) as K[];
  // Private-use characters stand for the values while the marks are read.
  const placeholders = Object.fromEntries(names.map((name, i) => [name, `\uE000${i}\uE001`])) as Record<K, string>;
  const fill = (text: string) => text.replace(/\uE000(\d+)\uE001/g, (_, i: string) => values[names[Number(i)]!]!);
  const parts: ReactNode[] = [];
  const pattern = /<([a-z][a-z0-9]*)>([^<]*)<\/\1>/g;
  const text = template(placeholders);
  let at = 0;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    if (match.index > at) parts.push(fill(text.slice(at, match.index)));
    const mark = marks[match[1]!];
    parts.push(mark ? cloneElement(mark, { key: parts.length }, fill(match[2]!)) : fill(match[2]!));
    at = pattern.lastIndex;
  }
  if (at < text.length) parts.push(fill(text.slice(at)));
  return <>{parts}</>;
}
