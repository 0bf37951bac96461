import { useEffect } from 'react';
import { Link, isRouteErrorResponse, useParams, useRouteError } from 'react-router';
import { isLang, preferredLang, type Lang } from '../../shared/lang.ts';
import { paths } from '../../shared/paths.ts';
import { useT } from '../../shared/use-lang.ts';
import { NotFound } from './NotFound.tsx';
import { DocumentTitle } from '../../shared/head.tsx';

/** The language of a page whose URL may not name one. */
function usePageLang(): Lang {
  const { lang } = useParams();
  return isLang(lang) ? lang : preferredLang();
}

/** Not-found and error pages standing on their own, outside the layout. */
export function StandaloneNotFound() {
  const lang = usePageLang();
  useDocumentLang(lang);
  return (
    <main id="main" className="page standalone" lang={lang}>
      <NotFound lang={lang} />
    </main>
  );
}

/** A route's error: not found for 404s, else a message; never a blank screen. */
export function RouteError({ standalone = false }: { standalone?: boolean }) {
  const error = useRouteError();
  const lang = usePageLang();
  const t = useT(lang);
  useDocumentLang(lang);
  const content =
    isRouteErrorResponse(error) && error.status === 404 ? (
      <NotFound lang={lang} />
    ) : (
      <section className="message-page" role="alert" aria-labelledby="error-heading" lang={lang}>
        <DocumentTitle title={t('title.error')} />
        <h1 id="error-heading" tabIndex={-1}>{t('error.heading')}</h1>
        <p>{t('error.body')}</p>
        <p>
          <Link to={paths.home(lang)} reloadDocument>
            {t('error.home')}
          </Link>
        </p>
      </section>
    );
  return standalone ? (
    <main id="main" className="page standalone" lang={lang}>
      {content}
    </main>
  ) : (
    content
  );
}

function useDocumentLang(lang: Lang) {
  useEffect(
    function followLanguage() {
      document.documentElement.lang = lang;
    },
    [lang],
  );
}
