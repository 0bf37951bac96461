import { useEffect } from 'react';
import { Link, useLocation } from 'react-router';
import { ArticleView } from '../../features/article/ArticleView.tsx';
import { useDisplayMode } from '../../shared/display-mode.ts';
import { DisplayModeControl } from '../../shared/DisplayModeControl.tsx';
import { formatDate } from '../../shared/intl.ts';
import { paths } from '../../shared/paths.ts';
import { useLang, useT } from '../../shared/use-lang.ts';
import { useArticle } from './use-article.ts';
import { DocumentTitle } from '../../shared/head.tsx';

/** `/:lang/article`: the original report with its translation, sentence by sentence. */
export function ArticlePage() {
  const article = useArticle();
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
          <time dateTime={article.date}>{formatDate(article.date, lang)}</time>
        </p>
        <p className="article-intro">{t('article.intro')}</p>
        <DisplayModeControl />
        <ArticleView article={article} lang={lang} mode={mode} />
        <p>
          <Link to={paths.home(lang)}>{t('article.back')}</Link>
        </p>
      </section>
    </>
  );
}
