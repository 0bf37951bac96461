import './map.css';
import type { Lang } from '../../shared/lang.ts';
import { formatBin, type Bin } from './bins.ts';

export type CorpusKeyProps = {
  lang: Lang;
  bins: readonly Bin[];
  /** What the shades count, e.g. "Meetings". */
  title: string;
};

/**
 * The corpus map's key: each shade and the range of meetings it stands for.
 * Without Leaflet, so the page can show it before the map has loaded.
 */
export function CorpusKey({ lang, bins, title }: CorpusKeyProps) {
  return (
    <div className="bhent-map" lang={lang}>
      <div className="bhent-map__legend">
        <p className="bhent-map__legend-title">{title}</p>
        <ul className="bhent-map__legend-list">
          {bins.map((bin) => (
            <li key={bin.from} className="bhent-map__legend-item">
              <svg className="bhent-map__swatch" viewBox="0 0 32 20" width="32" height="20" aria-hidden="true" focusable="false">
                <rect className={`bhent-map__listed bhent-map__bin--${bin.shade}`} x="1.5" y="1.5" width="29" height="17" strokeWidth="1" />
              </svg>
              <span>{formatBin(bin, lang)}</span>
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}
