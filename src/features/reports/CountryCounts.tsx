import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { CountryCount } from '../../schema/site.ts';
import type { Lang } from '../../shared/lang.ts';
import { spelledCountryName } from '../../shared/names.ts';
import { paths } from '../../shared/paths.ts';

/** Every country of the collection with its number of meetings, each a link to its page: the map's list. */
export function CountryCounts({ countries, lang, labelledBy }: { countries: readonly CountryCount[]; lang: Lang; labelledBy: string }) {
  const { t } = useTranslation('common', { lng: lang });
  return (
    <ul className="country-counts" aria-labelledby={labelledBy}>
      {countries.map((country) => (
        <li key={country.code}>
          <Link to={paths.country(lang, country.code)}>
            <span className="country-counts-name">{spelledCountryName(country.spelling, country.code, lang)}</span>{' '}
            <span className="country-counts-number">{t('home.countryMeetings', { count: country.meetings })}</span>
          </Link>
        </li>
      ))}
    </ul>
  );
}
