/**
 * Addresses once published keep working: `seeds/redirects.json` lists the
 * paths, below each language, that lead on to where their page now is. The
 * build writes each as a page naming its new address as canonical; the app
 * follows them too.
 */
import { z } from 'zod';
import { errorsIn, type LoaderError } from './errors.ts';

export const REDIRECTS_FILE = 'redirects.json';

const Path = z.string().regex(/^\/(?:[a-z0-9-]+\/)*$/, 'a path below the language, starting and ending with "/"');
const RedirectsSchema = z.array(z.object({ from: Path, to: Path, why: z.string().min(1) }));
export type Redirect = z.infer<typeof RedirectsSchema>[number];

export function readRedirects(text: string, file: string): { redirects: Redirect[]; errors: LoaderError[] } {
  const at = errorsIn(file, text);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    return { redirects: [], errors: [at(0, 'redirects/invalid', (e as Error).message)] };
  }
  const result = RedirectsSchema.safeParse(json);
  if (!result.success) return { redirects: [], errors: result.error.issues.map((issue) => at(0, 'redirects/invalid', `${issue.path.join('.')}: ${issue.message}`)) };
  const seen = new Set<string>();
  const errors: LoaderError[] = [];
  for (const { from } of result.data) {
    if (seen.has(from)) errors.push(at(text.indexOf(`"${from}"`), 'redirects/invalid', `"${from}" is listed twice`));
    seen.add(from);
  }
  return { redirects: errors.length > 0 ? [] : result.data, errors };
}
