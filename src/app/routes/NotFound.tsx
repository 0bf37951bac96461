import { Link } from 'react-router';
import type { Lang } from '../../shared/lang.ts';
import { paths } from '../../shared/paths.ts';
import { useT } from '../../shared/use-lang.ts';
import { DocumentTitle } from '../../shared/head.tsx';

/** A friendly not-found message in the current language, with a way back. */
export function NotFound({ lang }: { lang: Lang }) {
  const t = useT(lang);
  return (
    <section className="message-page" aria-labelledby="not-found-heading" lang={lang}>
      <DocumentTitle title={t('title.notFound')} />
      <h1 id="not-found-heading" tabIndex={-1}>{t('notFound.heading')}</h1>
      <p>{t('notFound.body')}</p>
      <p>
        <Link to={paths.home(lang)}>{t('notFound.home')}</Link>
      </p>
    </section>
  );
}
