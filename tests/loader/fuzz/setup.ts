/**
 * The fuzz suite loads reports through `loadReports`, which reads and checks
 * the gazetteer afresh on every call; the loader caches what it builds from a
 * gazetteer per parsed object, so each fresh object would cost an index build
 * (some 30 ms) on every case. Here the schema's parse of the same JSON returns
 * the same object, frozen so that no case can change what the next one sees
 * (a loader that wrote to it would throw, and the fuzz reports a throw). The
 * gazetteer is never mutated by the fuzz; everything else runs as it is.
 */
import { vi } from 'vitest';

export const gazetteerParses = { fresh: 0, reused: 0 };

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}

vi.mock(import('../../../src/loader/gazetteer.ts'), async (importOriginal) => {
  const actual = await importOriginal();
  const schema = actual.GazetteerSchema;
  const parsed = new Map<string, ReturnType<typeof schema.safeParse>>();
  const safeParse: typeof schema.safeParse = (json, params) => {
    const key = JSON.stringify(json);
    const known = parsed.get(key);
    if (known) {
      gazetteerParses.reused++;
      return known;
    }
    gazetteerParses.fresh++;
    const result = deepFreeze(schema.safeParse(json, params));
    parsed.set(key, result);
    return result;
  };
  return { ...actual, GazetteerSchema: Object.assign(Object.create(schema) as typeof schema, { safeParse }) };
});
