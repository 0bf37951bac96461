import { useEffect } from 'react';
import { Link, NavLink, Outlet, useLocation } from 'react-router';
import { LANGS, rememberLang } from '../../shared/lang.ts';
import { inLang, paths } from '../../shared/paths.ts';
import { useLang, useT } from '../../shared/use-lang.ts';

const LANG_NAMES = { hi: 'हिन्दी', en: 'English' } as const;

/** Header, language switch and footer around every page of one language. */
export function Layout() {
  const lang = useLang();
  const t = useT();
  const location = useLocation();

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
        <Link to={paths.overview(lang)} className="brand">
          <span className="brand-name" lang="hi">भेंट</span>
          <span className="brand-latin" lang="en">Bhent</span>
        </Link>
        <nav className="site-nav" aria-label={t('site.nav')}>
          <NavLink to={paths.overview(lang)} end={false} className={({ isActive }) => (isActive && !location.pathname.endsWith('/article') ? 'active' : undefined)}>
            {t('site.overview')}
          </NavLink>
          <NavLink to={paths.article(lang)}>{t('site.article')}</NavLink>
        </nav>
        <nav className="lang-switch" aria-label={t('site.language')}>
          {LANGS.map((code) => (
            <Link
              key={code}
              to={{ pathname: inLang(location.pathname, code), hash: location.hash }}
              lang={code}
              hrefLang={code}
              aria-current={code === lang ? 'true' : undefined}
            >
              {LANG_NAMES[code]}
            </Link>
          ))}
        </nav>
      </header>
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
