import { Link } from 'react-router';
import type { Article } from '../../schema/article.ts';
import { Bilingual } from '../../shared/Bilingual.tsx';
import type { DisplayMode } from '../../shared/display-mode.ts';
import type { Lang } from '../../shared/lang.ts';
import { Marked } from '../../shared/Marked.tsx';
import { Name } from '../../shared/Name.tsx';
import { articleCountryName, personName } from '../../shared/names.ts';
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
        const closing = { credit: article.credit, byline: article.byline, signoff: article.signoff }[paragraph.kind as string];
        if (closing) {
          return (
            <p key={paragraph.n} className={`article-${paragraph.kind}`}>
              <Bilingual text={closing.text} mode={mode} />
            </p>
          );
        }
        return (
          <div key={paragraph.n} className="article-paragraph" data-kind={paragraph.kind}>
            {paragraph.kind === 'lead' && article.dateline && (
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
                    <Link className="article-attribution" to={paths.meeting(lang, article.id, meeting.id)}>
                      <Marked
                        template={(p) => t('article.said', p)}
                        values={{ name: personName(speaker, lang, true).text, country: articleCountryName(article, meeting.country, lang) }}
                        marks={{ name: <span lang={personName(speaker, lang, true).lang} /> }}
                      />
                    </Link>
                  )}
                  {speaker && !meeting && (
                    <span className="article-attribution">
                      <Name name={personName(speaker, lang, true)} />
                    </span>
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
