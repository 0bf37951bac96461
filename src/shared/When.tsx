import { formatDate } from './intl.ts';
import type { Lang } from './lang.ts';
import { useT } from './use-lang.ts';

/**
 * "Held on <day>" where the report gives the day a meeting was held, else
 * "Reported on <the report's date>": the day a report was filed is never
 * shown as the day of its meetings. The phrase is the `<time>`'s text, its
 * date the machine-readable `dateTime`.
 */
export function When({ held, reported, lang }: { held: string | null; reported: string; lang: Lang }) {
  const t = useT(lang);
  const date = held ?? reported;
  return <time dateTime={date}>{t(held ? 'when.held' : 'when.reported', { date: formatDate(date, lang) })}</time>;
}
