import { memo } from 'react';
import { Link } from 'react-router';
import type { Meeting } from '../../schema/article.ts';
import { Bilingual } from '../../shared/Bilingual.tsx';
import type { DisplayMode } from '../../shared/display-mode.ts';
import type { Lang } from '../../shared/lang.ts';
import { Marked } from '../../shared/Marked.tsx';
import { articleCountryName, personName } from '../../shared/names.ts';
import { paths } from '../../shared/paths.ts';
import { useT } from '../../shared/use-lang.ts';
import { statementsBySpeaker, type ArticleIndex } from '../article/lookup.ts';
import { counterpartMark } from '../map/marks.ts';
import { MeetingFacts } from './MeetingFacts.tsx';
import { Participants } from './Participants.tsx';

interface MeetingCardProps {
  index: ArticleIndex;
  meeting: Meeting;
  lang: Lang;
  mode: DisplayMode;
  selected: boolean;
}

export const meetingHeadingId = (meeting: string) => `meeting-${meeting}`;

/**
 * One meeting: what kind, who met, who hosted, when and where (each fact
 * with its footing), and what each side said.
 * When another meeting is chosen, only the cards whose selection changes draw again.
 */
export const MeetingCard = memo(function MeetingCard({ index, meeting, lang, mode, selected }: MeetingCardProps) {
  const t = useT(lang);
  const country = articleCountryName(index.article, meeting.country, lang);
  const headingId = meetingHeadingId(meeting.id);
  const groups = statementsBySpeaker(meeting);
  const firstSentence = groups[0]?.sentences[0];

  return (
    <article className="meeting-card" aria-labelledby={headingId} data-mark={counterpartMark(index.article.meetings.indexOf(meeting)).colour} data-selected={selected || undefined}>
      <header className="meeting-card-header">
        <p className="meeting-kind">
          <span className="meeting-kind-label">{t(`kind.${meeting.kind}`)}</span>
          {lang === 'en' && meeting.kindWord && (
            <>
              {' · '}
              <span lang="hi">{meeting.kindWord.hi}</span>
            </>
          )}
          {selected && <span className="badge">{t('meeting.selected')}</span>}
        </p>
        <h3 id={headingId} tabIndex={-1} className="meeting-country">
          <Link to={paths.meeting(lang, index.article.id, meeting.id)} aria-current={selected ? 'page' : undefined}>
            {country}
          </Link>
        </h3>
        <Participants index={index} people={[meeting.protagonist, ...meeting.counterparts].map(index.person)} lang={lang} />
        <MeetingFacts index={index} meeting={meeting} lang={lang} />
      </header>
      {groups.map((group) => {
        // What no rule attributes is shown as the report's own narration, under no one's name.
        const speaker = group.speaker === null ? null : index.person(group.speaker);
        const groupId = `${meeting.id}-${speaker?.id ?? 'unattributed'}`;
        return (
          <section key={groupId} className="statement" data-role={speaker?.role ?? 'unattributed'} aria-labelledby={groupId}>
            <h4 id={groupId} className="statement-speaker">
              {speaker ? <Said name={personName(speaker, lang, true)} lang={lang} /> : t('meeting.notAttributed')}
            </h4>
            <ol className="statement-sentences">
              {group.sentences.map((id) => (
                <li key={id} className="statement-sentence">
                  <Bilingual text={index.sentence(id).text} mode={mode} />
                </li>
              ))}
            </ol>
          </section>
        );
      })}
      {firstSentence && (
        <p className="meeting-more">
          <Link to={paths.article(lang, index.article.id, firstSentence)}>{t('meeting.inArticle')}</Link>
        </p>
      )}
    </article>
  );
});

/** "<name> said", the name in its own language. */
function Said({ name, lang }: { name: { text: string; lang: Lang }; lang: Lang }) {
  const t = useT(lang);
  return <Marked template={(p) => t('meeting.said', p)} values={{ name: name.text }} marks={{ name: <span lang={name.lang} /> }} />;
}
