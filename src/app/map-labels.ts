import type { TFunction } from 'i18next';
import type { MeetingsMapLabels } from '../features/map/index.ts';

type T = TFunction<'common'>;

/** The report map's words, for the map and for the key the page shows before it. */
export function mapLabels(t: T): MeetingsMapLabels {
  return {
    region: t('map.region'),
    legendTitle: t('map.legendTitle'),
    legendCounterparts: t('map.legendCounterparts'),
    legendOwn: t('map.legendOwn'),
    legendHost: t('map.legendHost'),
    legendVenue: t('map.legendVenue'),
    legendRoute: t('map.legendRoute'),
    legendCapital: t('map.legendCapital'),
    credit: t('map.credit'),
    zoomIn: t('map.zoomIn'),
    zoomOut: t('map.zoomOut'),
  };
}
