import type { TFunction } from 'i18next';
import type { CorpusMapLabels } from '../features/map/index.ts';

/** The corpus map's words; apart from the report map's (map-labels.ts), so the front page's first visit carries only its own. */
export function corpusMapLabels(t: TFunction<'common'>): CorpusMapLabels {
  return {
    region: t('map.corpusRegion'),
    legendTitle: t('map.corpusLegendTitle'),
    countryMeetings: (name, count) => t('map.countryMeetings', { name, count }),
    credit: t('map.credit'),
    zoomIn: t('map.zoomIn'),
    zoomOut: t('map.zoomOut'),
  };
}
