import { Link } from 'react-router';
import type { Article } from '../../schema/article.ts';
import { Bilingual } from '../../shared/Bilingual.tsx';
import type { DisplayMode } from '../../shared/display-mode.ts';
import type { Lang } from '../../shared/lang.ts';
import { articleCountryName, shortName } from '../../shared/names.ts';
import { paths } from '../../shared/paths.ts';
import { useT } from '../../shared/use-lang.ts';
import { indexArticle } from './lookup.ts';

interface ArticleViewProps {
  article: Article;
  lang: Lang;
  mode: DisplayMode;
}

/** The report as published, sentence by sentence, each linked to its meeting and speaker. */
export function ArticleView({ article, lang, mode }: ArticleViewProps) {
  const t = useT(lang);
  const index = indexArticle(article);
  return (
    <div className="article-view">
      {article.paragraphs.map((paragraph) => {
        if (paragraph.kind === 'credit' && article.credit) {
          return (
            <p key={paragraph.n} className="article-credit">
              <Bilingual text={article.credit.text} mode={mode} />
            </p>
          );
        }
        if (paragraph.kind === 'signoff' && article.signoff) {
          return (
            <p key={paragraph.n} className="article-signoff">
              <Bilingual text={article.signoff.text} mode={mode} />
            </p>
          );
        }
        return (
          <div key={paragraph.n} className="article-paragraph" data-kind={paragraph.kind}>
            {paragraph.kind === 'lead' && (
              <p className="article-dateline">
                <Bilingual text={article.dateline.text} mode={mode} />
              </p>
            )}
            {paragraph.sentences.map((id) => {
              const sentence = index.sentence(id);
              const speaker = sentence.speaker ? index.person(sentence.speaker) : null;
              const meeting = sentence.meeting ? index.meeting(sentence.meeting) : undefined;
              return (
                <p key={id} id={id} className="article-sentence" tabIndex={-1}>
                  <Bilingual text={sentence.text} mode={mode} />
                  {speaker && meeting && (
                    <Link className="article-attribution" to={paths.meeting(lang, meeting.id)}>
                      {t('article.said', { name: shortName(speaker, lang), country: articleCountryName(article, meeting.country, lang) })}
                    </Link>
                  )}
                </p>
              );
            })}
          </div>
        );
      })}
    </div>
  );
}
