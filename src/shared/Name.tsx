import type { Lang } from './lang.ts';
import { personName } from './names.ts';
import { useLang } from './use-lang.ts';

/** A name that may be in another language than the page's: then in a span with its own `lang`. */
export function Name({ name }: { name: { text: string; lang: Lang } }) {
  const page = useLang();
  return name.lang === page ? name.text : <span lang={name.lang}>{name.text}</span>;
}

/** People as headings and lists name them, one after another: "X, Y", each name briefly and in its own language. */
export function ShortNames({ people }: { people: ReadonlyArray<{ id: string; name: { hi: string; en?: string } }> }) {
  const page = useLang();
  return people.flatMap((person, i) => [i > 0 && ', ', <Name key={person.id} name={personName(person, page, true)} />]);
}
