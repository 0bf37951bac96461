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
  host: FoundPerson;
  visitors: readonly FoundPerson[];
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
  const meetings = scope.visitors.map((v) => meetingIdOf(v.country)).join(', ');
  const visitor = scope.visitors.find((v) => meetingIdOf(v.country) === override.meeting);
  if (override.meeting !== null && !visitor) return `"${override.meeting}" is not one of the report's meetings (${meetings})`;
  if (override.speaker === null || override.speaker === scope.host.id) return null;
  if (visitor && override.speaker === visitor.id) return null;
  return visitor
    ? `"${override.speaker}" is neither the host (${scope.host.id}) nor the visitor (${visitor.id}) of meeting ${override.meeting}`
    : `"${override.speaker}" is not the host (${scope.host.id}), and a visitor speaks only in their own meeting`;
}
