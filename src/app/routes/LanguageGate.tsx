import { Link } from 'react-router';
import { LANGS } from '../../shared/lang.ts';
import { paths } from '../../shared/paths.ts';

const CHOICES = {
  hi: { name: 'हिन्दी', prompt: 'भाषा चुनें' },
  en: { name: 'English', prompt: 'Choose a language' },
} as const;

/**
 * `/` before the browser picks the reader's language (a loader redirects
 * there); what a reader without JavaScript sees.
 */
export function LanguageGate() {
  return (
    <main id="main" className="page standalone">
      <h1>
        <span lang="hi">भेंट</span> · <span lang="en">Bhent</span>
      </h1>
      <ul className="language-gate">
        {LANGS.map((lang) => (
          <li key={lang} lang={lang}>
            {CHOICES[lang].prompt}: <Link to={paths.home(lang)}>{CHOICES[lang].name}</Link>
          </li>
        ))}
      </ul>
    </main>
  );
}
