/** A range of meeting counts that shares one shade on the corpus map; `to` ≥ `from`. */
export type Bin = { from: number; to: number; /** One of the scale's five shades (map.css, --bhent-map-bin-0…4). */ shade: number };

export const SHADES = 5;

/**
 * Up to `count` ranges covering 1…max. Counts of meetings are skewed (one
 * country met often, most once or twice), so up to five the ranges are single
 * counts, and beyond they grow geometrically: 1, 2, 3, 4–6, 7–12 for 12.
 */
export function meetingBins(max: number, count = SHADES): Bin[] {
  const top = Math.max(1, Math.floor(max));
  const starts: number[] = [];
  for (let i = 0; i < count; i++) {
    const start = Math.max(Math.round(top ** (i / count)), (starts[i - 1] ?? 0) + 1);
    if (start > top) break;
    starts.push(start);
  }
  const ranges = starts.map((from, i) => ({ from, to: (starts[i + 1] ?? top + 1) - 1 }));
  // Few ranges spread over the whole scale, so one or two still read as light and dark.
  return ranges.map((range, i) => ({ ...range, shade: ranges.length === 1 ? SHADES - 1 : Math.round((i * (SHADES - 1)) / (ranges.length - 1)) }));
}

/** The range `meetings` falls in; counts below the first range take the first. */
export function binOf(bins: readonly Bin[], meetings: number): Bin {
  return bins.find((bin) => meetings <= bin.to) ?? bins[bins.length - 1] ?? { from: meetings, to: meetings, shade: 0 };
}

const numberFormats = new Map<string, Intl.NumberFormat>();

/** A count as the language writes it: below a thousand there is nothing to group, and both languages use these digits. */
function formatCount(n: number, lang: string): string {
  if (Number.isInteger(n) && n >= 0 && n < 1000) return String(n);
  // Making a formatter is costly (a slow phone spends tens of milliseconds on the first): one per language.
  let format = numberFormats.get(lang);
  if (!format) numberFormats.set(lang, (format = new Intl.NumberFormat(lang)));
  return format.format(n);
}

/** "7–12" or "3", with the language's digits and grouping. */
export function formatBin({ from, to }: Bin, lang: string): string {
  return from === to ? formatCount(from, lang) : `${formatCount(from, lang)}–${formatCount(to, lang)}`;
}
