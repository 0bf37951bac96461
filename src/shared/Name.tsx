import type { Lang } from './lang.ts';
import { useLang } from './use-lang.ts';

/** A name that may be in another language than the page's: then in a span with its own `lang`. */
export function Name({ name }: { name: { text: string; lang: Lang } }) {
  const page = useLang();
  return name.lang === page ? name.text : <span lang={name.lang}>{name.text}</span>;
}
