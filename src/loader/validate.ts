import type { z } from 'zod';
import type { LoaderError } from './errors.ts';

/** Schema failures of the loader's own output: a bug, reported like any error. */
export function schemaErrors(schema: z.ZodType, value: unknown, file: string): LoaderError[] {
  const result = schema.safeParse(value);
  if (result.success) return [];
  return result.error.issues.map((issue) => ({
    file,
    line: 1,
    column: 1,
    code: 'schema/invalid',
    message: `${issue.path.join('.') || '(root)'}: ${issue.message}`,
  }));
}
