import type { ReactNode } from 'react';
import type { Fact, Meeting } from '../../schema/article.ts';
import { formatDate } from '../../shared/intl.ts';
import type { Lang } from '../../shared/lang.ts';
import { Name } from '../../shared/Name.tsx';
import { personName, placeName } from '../../shared/names.ts';
import { useT } from '../../shared/use-lang.ts';
import { When } from '../../shared/When.tsx';
import type { ArticleIndex } from '../article/lookup.ts';
import { Footing, type FootingOf } from './Footing.tsx';

type T = ReturnType<typeof useT>;

/** What a fact without a value says: not in the report, none by an editor's decision, or none by the text's own words. */
function nothing(fact: Fact<unknown>, t: T, editorSays: 'fact.noneKnown' | 'fact.notKnown'): string {
  if (fact.from === 'unknown') return t('fact.unknown');
  return fact.from === 'editor' ? t(editorSays) : t('fact.none');
}

/** No host, said as the text says it: a call, or a meeting in neither side's country. */
function noHost(host: Fact<string>, t: T): string {
  if (host.from === 'text' && host.rule === 'call') return t('fact.hostCall');
  if (host.from === 'text' && host.rule === 'third-country') return t('fact.hostThirdCountry');
  return nothing(host, t, 'fact.noneKnown');
}

/**
 * A meeting's facts, each with its footing: who hosted, when and where it
 * was held, and for a call how the leaders spoke and who called. Only what
 * the data holds: a host is named only where the text or an editor
 * establishes one; a day not given reads as such, beside the day the report
 * was filed.
 */
export function MeetingFacts({ index, meeting, lang }: { index: ArticleIndex; meeting: Meeting; lang: Lang }) {
  const t = useT(lang);
  const { host, date, venue, remote } = meeting;
  const place = venue.value === null ? null : placeName(index.place(venue.value), lang);
  return (
    <dl className="meeting-facts">
      <Row term={t('meeting.host')} footing={host} index={index} lang={lang}>
        {host.value === null ? noHost(host, t) : <Name name={personName(index.person(host.value), lang)} />}
      </Row>
      <Row
        term={t('meeting.held')}
        footing={date}
        index={index}
        lang={lang}
        after={date.value === null && <When held={null} reported={index.article.date} lang={lang} />}
      >
        {date.value === null ? nothing(date, t, 'fact.notKnown') : <time dateTime={date.value}>{formatDate(date.value, lang)}</time>}
      </Row>
      {/* A call has no venue: how the leaders spoke stands in its place. */}
      {!remote && (
        <Row term={t('meeting.venue')} footing={venue} index={index} lang={lang}>
          {place ? <span lang={place.lang}>{place.text}</span> : nothing(venue, t, 'fact.noneKnown')}
        </Row>
      )}
      {remote && (
        <Row term={t('meeting.remote')} footing={{ from: 'text', span: remote.span, hi: remote.hi }} index={index} lang={lang}>
          {t(remote.by === 'phone' ? 'meeting.remotePhone' : 'meeting.remoteVideo')}
        </Row>
      )}
      {remote?.caller.value && (
        <Row term={t('meeting.caller')} footing={remote.caller} index={index} lang={lang}>
          <Name name={personName(index.person(remote.caller.value), lang)} />
        </Row>
      )}
    </dl>
  );
}

function Row({ term, footing, index, lang, after, children }: { term: string; footing: FootingOf; index: ArticleIndex; lang: Lang; after?: ReactNode; children: ReactNode }) {
  return (
    <div>
      <dt>{term}</dt>
      <dd>
        <span className="fact-value">{children}</span>
        {after && <> <span className="fact-note">{after}</span></>}
        {footing.from !== 'unknown' && <> <Footing footing={footing} index={index} lang={lang} /></>}
      </dd>
    </div>
  );
}
