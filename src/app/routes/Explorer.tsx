import { useEffect } from 'react';
import { useHref, useParams } from 'react-router';
import { indexArticle } from '../../features/article/lookup.ts';
import { CountryList } from '../../features/meetings/CountryList.tsx';
import { MeetingCard, meetingHeadingId } from '../../features/meetings/MeetingCard.tsx';
import { Bilingual } from '../../shared/Bilingual.tsx';
import { useDisplayMode } from '../../shared/display-mode.ts';
import { DisplayModeControl } from '../../shared/DisplayModeControl.tsx';
import { formatList } from '../../shared/intl.ts';
import { prefersReducedMotion } from '../../shared/motion.ts';
import { articleCountryName, shortName } from '../../shared/names.ts';
import { useLang, useT } from '../../shared/use-lang.ts';
import { MapSlot } from '../MapSlot.tsx';
import { useReport } from './route-data.ts';
import { reportHeadline } from '../../shared/headline.ts';
import { summaryOf } from '../../shared/summary.ts';
import { dataPaths, paths } from '../../shared/paths.ts';
import { DocumentTitle } from '../../shared/head.tsx';
import { When } from '../../shared/When.tsx';

/** A report's overview: headline, lead, map and the meeting cards; `meetings/:meeting` selects one. */
export function Explorer() {
  const article = useReport();
  const lang = useLang();
  const t = useT();
  const mode = useDisplayMode();
  const index = indexArticle(article);
  const { meeting } = useParams();
  const selected = meeting && index.meeting(meeting) ? meeting : null;
  const selectedMeeting = selected ? index.meeting(selected) : undefined;
  const lead = article.sentences.filter((s) => s.paragraph === 1);
  const leadHref = useHref(paths.article(lang, article.id, lead[0]?.id));
  const summary = summaryOf(article);
  const headline = reportHeadline(summary, lang, t);
  const translated = summary.translated;
  const title = selectedMeeting
    ? t('title.meeting', { country: articleCountryName(article, selectedMeeting.country, lang), counterparts: formatList(selectedMeeting.counterparts.map((id) => shortName(index.person(id), lang)), lang) })
    : t('title.overview', { headline });

  useEffect(
    function bringSelectedCardIntoView() {
      if (!selected) return;
      const heading = document.getElementById(meetingHeadingId(selected));
      heading?.focus({ preventScroll: true });
      heading?.closest('article')?.scrollIntoView({ behavior: prefersReducedMotion() ? 'auto' : 'smooth', block: 'start' });
    },
    [selected],
  );

  return (
    <>
      <DocumentTitle title={title} />
      <section className="hero" aria-labelledby="headline">
        <h1 id="headline" tabIndex={-1}>
          {headline}
        </h1>
        <p className="hero-meta">
          <When held={null} reported={article.date} lang={lang} />
        </p>
        {article.summary && (
          <p className="hero-summary">
            {article.summary[lang]} <span className="editorial-note">{t('overview.editorial')}</span>
          </p>
        )}
        {!translated && lang === 'en' && (
          <p className="notice" role="note">
            {t('report.hindiOnly')}
          </p>
        )}
        <p className="download">
          <a href={`${import.meta.env.BASE_URL}${dataPaths.report(article.id)}`} download>
            {t('report.download')}
          </a>
        </p>
      </section>
      <div className="explorer">
        <section className="map-panel" aria-labelledby="countries-heading">
          <MapSlot article={article} lang={lang} selected={selected} />
          <h2 id="countries-heading" className="panel-heading">
            {t('overview.countriesHeading')}
          </h2>
          <CountryList article={article} lang={lang} selected={selected} labelledBy="countries-heading" />
        </section>
        <section className="meetings" aria-labelledby="meetings-heading">
          <div className="meetings-toolbar">
            <h2 id="meetings-heading" className="panel-heading">
              {t('overview.meetingsHeading', { count: article.meetings.length })}
            </h2>
            {translated && <DisplayModeControl />}
          </div>
          <figure className="lead">
            <figcaption className="lead-caption">{t('overview.lead')}</figcaption>
            <blockquote className="lead-text" cite={leadHref}>
              {lead.map((s) => (
                <Bilingual key={s.id} text={s.text} mode={mode} as="p" />
              ))}
            </blockquote>
          </figure>
          {article.meetings.map((meeting) => (
            <MeetingCard key={meeting.id} index={index} meeting={meeting} lang={lang} mode={mode} selected={meeting.id === selected} />
          ))}
        </section>
      </div>
    </>
  );
}
