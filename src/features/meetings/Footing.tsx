import { Link } from 'react-router';
import type { Span } from '../../schema/article.ts';
import type { Lang } from '../../shared/lang.ts';
import { Marked } from '../../shared/Marked.tsx';
import { paths } from '../../shared/paths.ts';
import { useT } from '../../shared/use-lang.ts';
import type { ArticleIndex } from '../article/lookup.ts';

/** Where a fact comes from (a Fact of the schema, or the words that tell a call). */
export type FootingOf = { from: 'text'; span: Span; hi: string } | { from: 'editor'; why: string } | { from: 'unknown' };

/**
 * A fact's footing, as the card shows it beside the fact: the report's own
 * words, linked to the sentence that holds them; or an editor's decision,
 * its reason a click away (written in English). An unknown fact has none:
 * its value says so.
 */
export function Footing({ footing, index, lang }: { footing: FootingOf; index: ArticleIndex; lang: Lang }) {
  const t = useT(lang);
  if (footing.from === 'text') {
    const sentence = index.sentenceAt(footing.span);
    return (
      <span className="footing">
        <Marked template={(p) => t('fact.inReport', p)} values={{ words: footing.hi }} marks={{ words: <Link to={paths.article(lang, index.article.id, sentence?.id)} lang="hi" /> }} />
      </span>
    );
  }
  if (footing.from === 'editor') {
    return (
      <details className="footing footing-editor">
        <summary>{t('fact.editor')}</summary>
        <p lang="en">{footing.why}</p>
      </details>
    );
  }
  return null;
}
