import { useEffect } from 'react';
import { Link, useLocation } from 'react-router';
import { ArticleView } from '../../features/article/ArticleView.tsx';
import { useDisplayMode } from '../../shared/display-mode.ts';
import { DisplayModeControl } from '../../shared/DisplayModeControl.tsx';
import { paths } from '../../shared/paths.ts';
import { useLang, useT } from '../../shared/use-lang.ts';
import { useReport } from './route-data.ts';
import { DocumentTitle } from '../../shared/head.tsx';
import { When } from '../../shared/When.tsx';

/** `/:lang/reports/:report/article/`: the original report with its translation, sentence by sentence. */
export function ArticlePage() {
  const article = useReport();
  const translated = article.source.translation !== undefined;
  const lang = useLang();
  const t = useT();
  const mode = useDisplayMode();
  const { hash } = useLocation();

  useEffect(
    function showLinkedSentence() {
      const target = hash ? document.getElementById(decodeURIComponent(hash.slice(1))) : null;
      if (!target) return;
      target.focus({ preventScroll: true });
      target.scrollIntoView({ block: 'center' });
    },
    [hash],
  );

  return (
    <>
      <DocumentTitle title={t('title.article')} />
      <section className="article-page" aria-labelledby="article-heading">
        <h1 id="article-heading" tabIndex={-1}>{t('article.heading')}</h1>
        <p className="hero-meta">
          <When held={null} reported={article.date} lang={lang} />
        </p>
        <p className="article-intro">{t('article.intro')}</p>
        {translated ? (
          <DisplayModeControl />
        ) : (
          lang === 'en' && (
            <p className="notice" role="note">
              {t('report.hindiOnly')}
            </p>
          )
        )}
        <ArticleView article={article} lang={lang} mode={mode} />
        <p>
          <Link to={paths.report(lang, article.id)}>{t('article.back')}</Link>
        </p>
      </section>
    </>
  );
}
