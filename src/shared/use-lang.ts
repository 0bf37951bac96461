import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { DEFAULT_LANG, isLang, type Lang } from './lang.ts';

/** The interface language, from the URL (`/:lang/…`). */
export function useLang(): Lang {
  const { lang } = useParams();
  return isLang(lang) ? lang : DEFAULT_LANG;
}

/** `t` fixed to the URL's language, so nothing else has to keep it in sync. */
export function useT(lang?: Lang) {
  const fromUrl = useLang();
  return useTranslation('common', { lng: lang ?? fromUrl }).t;
}
