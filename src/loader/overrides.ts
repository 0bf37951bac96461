/**
 * Overrides settle sentences the rules cannot, so they are checked as
 * strictly as the text: a wrong meeting or speaker would silently take the
 * sentence off every meeting card.
 */
import { errorsIn, type LoaderError } from './errors.ts';
import { keyOffsets, type Gazetteer } from './gazetteer.ts';
import type { FoundPerson } from './people.ts';
import { meetingIdOf } from '../schema/article.ts';

export interface OverrideScope {
  report: string;
  /** Ids of the sentences an override may settle: the lead's and the statements'. */
  sentences: ReadonlySet<string>;
  protagonist: FoundPerson;
  counterparts: readonly FoundPerson[];
}

/** Errors located at each bad override's sentence in the gazetteer file (1:1 without its text). */
export function overrideErrors(gazetteer: Gazetteer, scope: OverrideScope, file: string, text = ''): LoaderError[] {
  const at = errorsIn(file, text);
  const sentenceAt = keyOffsets(text, 'sentence');
  return gazetteer.overrides.flatMap((override, i) => {
    if (override.report !== scope.report) return [];
    const problem = problemOf(override, scope);
    return problem ? [at(sentenceAt[i] ?? 0, 'attribution/unknown-override', `the override of ${scope.report} ${override.sentence}: ${problem}`)] : [];
  });
}

function problemOf(override: Gazetteer['overrides'][number], scope: OverrideScope): string | null {
  if (!scope.sentences.has(override.sentence)) return 'the report has no sentence with that id';
  const meetings = [...new Set(scope.counterparts.map((c) => meetingIdOf(c.country)))];
  const theirs = scope.counterparts.filter((c) => meetingIdOf(c.country) === override.meeting);
  if (override.meeting !== null && theirs.length === 0) return `"${override.meeting}" is not one of the report's meetings (${meetings.join(', ')})`;
  if (override.speaker === null || override.speaker === scope.protagonist.id) return null;
  if (theirs.some((c) => c.id === override.speaker)) return null;
  return theirs.length > 0
    ? `"${override.speaker}" is neither the protagonist (${scope.protagonist.id}) nor a counterpart (${theirs.map((c) => c.id).join(', ')}) of meeting ${override.meeting}`
    : `"${override.speaker}" is not the protagonist (${scope.protagonist.id}), and a counterpart speaks only in their own meeting`;
}
