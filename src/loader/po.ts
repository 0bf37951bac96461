/**
 * A gettext PO reader that keeps where each entry stands, so translation
 * errors can point at a line. Only what translation files here use:
 * msgctxt, msgid, msgstr, comments and flags; plural forms are an error.
 */
import { errorsIn, locate, type LoaderError } from './errors.ts';

export interface PoEntry {
  context: string | null;
  msgid: string;
  msgstr: string;
  fuzzy: boolean;
  line: number;
  column: number;
}

type Field = 'msgctxt' | 'msgid' | 'msgstr';
const KEYWORD = /^(msgctxt|msgid|msgstr)\s+(".*)$/;
const ESCAPES: Record<string, string> = { n: '\n', t: '\t', r: '\r', '"': '"', '\\': '\\' };

export function parsePo(text: string, file: string): { entries: PoEntry[]; errors: LoaderError[] } {
  const at = errorsIn(file, text);
  const entries: PoEntry[] = [];
  const errors: LoaderError[] = [];
  let current: Partial<Record<Field, string>> & { fuzzy?: boolean; offset?: number } = {};
  let field: Field | null = null;

  const finish = () => {
    if (current.msgid !== undefined) {
      if (current.msgstr === undefined) errors.push(at(current.offset ?? 0, 'translation/syntax', 'msgid without msgstr'));
      else if (current.msgid !== '' || current.msgctxt !== undefined) {
        const { line, column } = locate(text, current.offset ?? 0);
        entries.push({ context: current.msgctxt ?? null, msgid: current.msgid, msgstr: current.msgstr, fuzzy: !!current.fuzzy, line, column });
      }
    } else if (current.msgctxt !== undefined) {
      errors.push(at(current.offset ?? 0, 'translation/syntax', 'msgctxt without msgid'));
    }
    current = {};
    field = null;
  };

  let offset = text.startsWith('\uFEFF') ? 1 : 0;
  for (const rawLine of text.slice(offset).split('\n')) {
    const lineStart = offset;
    offset += rawLine.length + 1;
    const line = rawLine.replace(/\r$/, '').trim();
    if (line === '') { finish(); continue; }
    if (line.startsWith('#~')) continue;
    if (line.startsWith('#')) {
      if (field === 'msgstr') finish();
      if (line.startsWith('#,') && /\bfuzzy\b/.test(line)) current.fuzzy = true;
      continue;
    }
    const column = rawLine.length - rawLine.trimStart().length;
    const keyword = KEYWORD.exec(line);
    if (keyword) {
      const name = keyword[1] as Field;
      if (current[name] !== undefined || (field === 'msgstr' && name !== 'msgstr')) finish();
      current.offset ??= lineStart + column;
      field = name;
      const value = unquote(keyword[2]!);
      if (value === null) errors.push(at(lineStart + column, 'translation/syntax', `${name} is not followed by one quoted string`));
      current[name] = value ?? '';
      continue;
    }
    if (line.startsWith('"') && field) {
      const value = unquote(line);
      if (value === null) errors.push(at(lineStart + column, 'translation/syntax', 'a continuation line must be one quoted string'));
      current[field] += value ?? '';
      continue;
    }
    const plural = /^(msgid_plural|msgstr\[)/.test(line);
    errors.push(at(lineStart + column, 'translation/syntax', plural ? 'plural forms are not used in these files' : `unexpected "${line.slice(0, 20)}"`));
    // The entry is broken either way; one error says so.
    current = {};
    field = null;
  }
  finish();
  return { entries, errors };
}

/** The value of one `"…"` string with C escapes, or null when malformed. */
function unquote(quoted: string): string | null {
  const m = /^"((?:[^"\\]|\\.)*)"$/.exec(quoted.trim());
  if (!m) return null;
  let bad = false;
  const value = m[1]!.replace(/\\(.)/g, (_, c: string) => {
    const v = ESCAPES[c];
    if (v === undefined) bad = true;
    return v ?? c;
  });
  return bad ? null : value;
}

/** Quote a string as a PO string literal. */
export function quote(value: string): string {
  return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n').replace(/\t/g, '\\t').replace(/\r/g, '\\r')}"`;
}

export interface PoWrite {
  context: string;
  msgid: string;
  msgstr: string;
  comments?: string[];
  reference?: string;
}

/** Writes entries as a PO file that translators' tools open. */
export function renderPo(entries: readonly PoWrite[], language: string): string {
  const header = ['msgid ""', 'msgstr ""', quote('Content-Type: text/plain; charset=UTF-8\n'), quote(`Language: ${language}\n`), quote('X-Source-Language: hi\n')];
  const blocks = entries.map((e) =>
    [
      ...(e.comments ?? []).map((c) => `#. ${c}`),
      ...(e.reference ? [`#: ${e.reference}`] : []),
      `msgctxt ${quote(e.context)}`,
      `msgid ${quote(e.msgid)}`,
      `msgstr ${quote(e.msgstr)}`,
    ].join('\n'),
  );
  return [header.join('\n'), ...blocks].join('\n\n') + '\n';
}
