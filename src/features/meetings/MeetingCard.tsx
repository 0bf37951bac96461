import { memo } from 'react';
import { Link } from 'react-router';
import type { Meeting } from '../../schema/article.ts';
import { Bilingual } from '../../shared/Bilingual.tsx';
import type { DisplayMode } from '../../shared/display-mode.ts';
import { formatDate } from '../../shared/intl.ts';
import type { Lang } from '../../shared/lang.ts';
import { Marked } from '../../shared/Marked.tsx';
import { Name } from '../../shared/Name.tsx';
import { articleCountryName, personName, placeName } from '../../shared/names.ts';
import { paths } from '../../shared/paths.ts';
import { useT } from '../../shared/use-lang.ts';
import { statementsBySpeaker, type ArticleIndex } from '../article/lookup.ts';
import { visitorMark } from '../map/marks.ts';

interface MeetingCardProps {
  index: ArticleIndex;
  meeting: Meeting;
  lang: Lang;
  mode: DisplayMode;
  selected: boolean;
}

export const meetingHeadingId = (meeting: string) => `meeting-${meeting}`;

/**
 * One meeting: who, what kind, when and where, and what each side said.
 * When another meeting is chosen, only the cards whose selection changes draw again.
 */
export const MeetingCard = memo(function MeetingCard({ index, meeting, lang, mode, selected }: MeetingCardProps) {
  const t = useT(lang);
  const visitor = index.person(meeting.visitor);
  const host = index.person(meeting.host);
  const venue = meeting.venue ? placeName(index.place(meeting.venue), lang) : null;
  const country = articleCountryName(index.article, meeting.country, lang);
  const headingId = meetingHeadingId(meeting.id);
  const groups = statementsBySpeaker(meeting);
  const firstSentence = groups[0]?.sentences[0];

  return (
    <article className="meeting-card" aria-labelledby={headingId} data-mark={visitorMark(index.article.meetings.indexOf(meeting)).colour} data-selected={selected || undefined}>
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
        <p className="meeting-visitor">
          {t(`titles.${visitor.title}`)} <Name name={personName(visitor, lang)} />
        </p>
        <dl className="meeting-facts">
          <div>
            <dt>{t('meeting.host')}</dt>
            <dd>
              <Name name={personName(host, lang)} />
            </dd>
          </div>
          <div>
            <dt>{t('meeting.date')}</dt>
            <dd>
              <time dateTime={meeting.date}>{formatDate(meeting.date, lang)}</time>
            </dd>
          </div>
          {venue && (
            <div>
              <dt>{t('meeting.venue')}</dt>
              <dd lang={venue.lang}>{venue.text}</dd>
            </div>
          )}
          {meeting.remote && (
            <div>
              <dt>{t('meeting.remote')}</dt>
              <dd>{t(meeting.remote.by === 'phone' ? 'meeting.remotePhone' : 'meeting.remoteVideo')}</dd>
            </div>
          )}
        </dl>
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
