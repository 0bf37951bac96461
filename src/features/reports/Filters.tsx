import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { CountryCount, FrontData, PeopleIndex } from '../../schema/site.ts';
import type { Lang } from '../../shared/lang.ts';
import { personName, spelledCountryName } from '../../shared/names.ts';
import type { Filters as FilterValues } from '../../shared/paths.ts';
import { useHydrated } from '../../shared/use-hydrated.ts';

interface FiltersProps {
  lang: Lang;
  filters: FilterValues;
  countries: readonly CountryCount[];
  years: FrontData['years'];
  /** Every person, once asked for (the list grows with the collection, so it comes when wanted). */
  people: PeopleIndex | null;
  /** The chosen person's name before the list has come. */
  chosenPerson: { id: string; name: { hi: string; en?: string } } | null;
  onWantPeople: () => void;
  onChange: (filters: FilterValues) => void;
}

/** Country, person and year: what the front page's list keeps. Each change is a new address. */
export function Filters({ lang, filters, countries, years, people, chosenPerson, onWantPeople, onChange }: FiltersProps) {
  const { t } = useTranslation('common', { lng: lang });
  const id = useId();
  const set = (key: keyof FilterValues, value: string) => onChange({ ...filters, [key]: value || undefined });
  const personOptions = people ?? (chosenPerson ? [chosenPerson] : []);
  // Shown from the first paint, so nothing moves; usable once the page answers, so no choice is lost before.
  const ready = useHydrated();
  return (
    <div className="filters" role="search" aria-label={t('filters.label')}>
      <div className="filter">
        <label htmlFor={`${id}-country`}>{t('filters.country')}</label>
        <select id={`${id}-country`} disabled={!ready} value={filters.country ?? ''} onChange={(e) => set('country', e.target.value)}>
          <option value="">{t('filters.any')}</option>
          {countries.map((c) => (
            <option key={c.code} value={c.code.toLowerCase()}>
              {spelledCountryName(c.spelling, c.code, lang)}
            </option>
          ))}
        </select>
      </div>
      <div className="filter">
        <label htmlFor={`${id}-person`}>{t('filters.person')}</label>
        <select id={`${id}-person`} disabled={!ready} value={filters.person ?? ''} onFocus={onWantPeople} onPointerDown={onWantPeople} onChange={(e) => set('person', e.target.value)} aria-busy={people === null || undefined}>
          <option value="">{t('filters.any')}</option>
          {personOptions.map((p) => {
            const name = personName(p, lang, true);
            return (
              <option key={p.id} value={p.id} lang={name.lang}>
                {name.text}
              </option>
            );
          })}
        </select>
      </div>
      <div className="filter">
        <label htmlFor={`${id}-year`}>{t('filters.year')}</label>
        <select id={`${id}-year`} disabled={!ready} value={filters.year ?? ''} onChange={(e) => set('year', e.target.value)}>
          <option value="">{t('filters.any')}</option>
          {years.map((y) => (
            <option key={y.year} value={y.year}>
              {y.year}
            </option>
          ))}
        </select>
      </div>
      {(filters.country || filters.person || filters.year) && (
        <button type="button" className="filters-clear" onClick={() => onChange({})}>
          {t('filters.clear')}
        </button>
      )}
    </div>
  );
}
