import type { Person } from '../../schema/article.ts';
import type { Lang } from '../../shared/lang.ts';
import { Marked } from '../../shared/Marked.tsx';
import { Name } from '../../shared/Name.tsx';
import { personName } from '../../shared/names.ts';
import { useT } from '../../shared/use-lang.ts';
import type { ArticleIndex } from '../article/lookup.ts';
import { Footing } from './Footing.tsx';

/**
 * Who met: the report's own leader, then each counterpart, each with the
 * office the report gives them (in Hindi as the report writes it, in English
 * as their country says it), and the full name. An office an editor supplied
 * says so, with the reason.
 */
export function Participants({ index, people, lang }: { index: ArticleIndex; people: readonly Person[]; lang: Lang }) {
  const t = useT(lang);
  return (
    <ul className="meeting-participants" aria-label={t('meeting.participants')}>
      {people.map((person) => {
        const name = personName(person, lang);
        const office = person.title.office;
        return (
          <li key={person.id}>
            {office ? (
              <Marked template={(p) => t('meeting.participant', p)} values={{ name: name.text, office: office[lang] }} marks={{ name: <span className="participant-name" lang={name.lang} /> }} />
            ) : (
              <span className="participant-name">
                <Name name={name} />
              </span>
            )}
            {office && person.title.from === 'editor' && <> <Footing footing={person.title} index={index} lang={lang} /></>}
          </li>
        );
      })}
    </ul>
  );
}
