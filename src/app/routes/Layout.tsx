import { useEffect } from 'react';
import { Link, Outlet, useLocation, useMatch } from 'react-router';
import { useDocumentTitle } from '../../shared/head.tsx';
import { LANGS, rememberLang } from '../../shared/lang.ts';
import { inLang, paths } from '../../shared/paths.ts';
import { useLang, useT } from '../../shared/use-lang.ts';
import { useReportIfAny } from './route-data.ts';

const LANG_NAMES = { hi: 'हिन्दी', en: 'English' } as const;

/** Header, language switch and footer around every page of one language. */
export function Layout() {
  const lang = useLang();
  const t = useT();
  const location = useLocation();
  const report = useReportIfAny();
  const onHome = useMatch('/:lang') !== null;
  const onArticle = useMatch('/:lang/reports/:report/article') !== null;
  const title = useDocumentTitle();
  // Screen readers hear where a navigation led; the first page load they read anyway.
  const announcement = location.key === 'default' ? '' : title;

  useEffect(
    function keepFocusAfterNavigation() {
      if (location.key === 'default') return;
      // When the link that was followed went away with the old page, start
      // from the new page's heading rather than from the top of the document.
      const frame = requestAnimationFrame(() => {
        const active = document.activeElement;
        if (active && active !== document.body && active.isConnected) return;
        document.querySelector<HTMLElement>('main h1')?.focus();
      });
      return () => cancelAnimationFrame(frame);
    },
    [location.key],
  );

  useEffect(
    function followLanguage() {
      document.documentElement.lang = lang;
      rememberLang(lang);
    },
    [lang],
  );

  return (
    <div className="page" lang={lang}>
      <a className="skip-link" href="#main">
        {t('site.skip')}
      </a>
      <header className="site-header">
        <Link to={paths.home(lang)} className="brand">
          <span className="brand-name" lang="hi">भेंट</span>
          <span className="brand-latin" lang="en">Bhent</span>
        </Link>
        <nav className="site-nav" aria-label={t('site.nav')}>
          <Link to={paths.home(lang)} aria-current={onHome ? 'page' : undefined}>
            {t('site.reports')}
          </Link>
          {report && (
            <>
              <Link to={paths.report(lang, report.id)} aria-current={onArticle ? undefined : 'page'}>
                {t('site.overview')}
              </Link>
              <Link to={paths.article(lang, report.id)} aria-current={onArticle ? 'page' : undefined}>
                {t('site.article')}
              </Link>
            </>
          )}
        </nav>
        <nav className="lang-switch" aria-label={t('site.language')}>
          {LANGS.map((code) => (
            <Link
              key={code}
              to={{ pathname: inLang(location.pathname, code), search: location.search, hash: location.hash }}
              lang={code}
              hrefLang={code}
              aria-current={code === lang ? 'true' : undefined}
            >
              {LANG_NAMES[code]}
            </Link>
          ))}
        </nav>
      </header>
      <p className="visually-hidden" role="status" aria-live="polite" aria-atomic="true">
        {announcement}
      </p>
      <main id="main" tabIndex={-1}>
        <Outlet />
      </main>
      <footer className="site-footer">
        <p>{t('footer.source')}</p>
        <p>{t('footer.map')}</p>
      </footer>
    </div>
  );
}
