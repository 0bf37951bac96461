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
// The C escapes PO allows; octal and hex escapes are bytes, handled apart.
const ESCAPES = new Map(Object.entries({ n: '\n', t: '\t', r: '\r', a: '\x07', b: '\b', f: '\f', v: '\v', '"': '"', '\\': '\\' }));
// ignoreBOM keeps a U+FEFF that opens a string: it is text, not a mark.
const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

export function parsePo(text: string, file: string): { entries: PoEntry[]; errors: LoaderError[] } {
  const at = errorsIn(file, text);
  const entries: PoEntry[] = [];
  const errors: LoaderError[] = [];
  let current: Partial<Record<Field, string>> & { fuzzy?: boolean; offset?: number } = {};
  let field: Field | null = null;
  let header = false;

  const finish = () => {
    const offset = current.offset ?? 0;
    if (current.msgid !== undefined) {
      if (current.msgstr === undefined) errors.push(at(offset, 'translation/syntax', 'msgid without msgstr'));
      else if (current.msgid !== '' || current.msgctxt !== undefined) {
        const { line, column } = locate(text, offset);
        entries.push({ context: current.msgctxt ?? null, msgid: current.msgid, msgstr: current.msgstr, fuzzy: !!current.fuzzy, line, column });
      } else if (header) {
        errors.push(at(offset, 'translation/duplicate', 'a second header entry (msgid "")'));
      } else {
        header = true;
      }
    } else if (current.msgctxt !== undefined || current.msgstr !== undefined) {
      errors.push(at(offset, 'translation/syntax', `${current.msgctxt !== undefined ? 'msgctxt' : 'msgstr'} without msgid`));
    }
    current = {};
    field = null;
  };

  for (const { rawLine, lineStart } of linesOf(text)) {
    const line = rawLine.trim();
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
      if (typeof value !== 'string') errors.push(at(lineStart + column, 'translation/syntax', `${name}: ${value.problem}`));
      current[name] = typeof value === 'string' ? value : '';
      continue;
    }
    if (line.startsWith('"') && field) {
      const value = unquote(line);
      if (typeof value !== 'string') errors.push(at(lineStart + column, 'translation/syntax', `continuation line: ${value.problem}`));
      current[field] += typeof value === 'string' ? value : '';
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

/** Each line and where it starts: LF, CRLF and CR alone (as old Mac editors save) end a line. */
function* linesOf(text: string): Generator<{ rawLine: string; lineStart: number }> {
  let start = text.startsWith('\uFEFF') ? 1 : 0;
  for (const end of text.matchAll(/\r\n|[\n\r]/g)) {
    yield { rawLine: text.slice(start, end.index), lineStart: start };
    start = end.index + end[0].length;
  }
  yield { rawLine: text.slice(start), lineStart: start };
}

/** The value of one `"…"` string with C escapes, or what is wrong with it. */
function unquote(quoted: string): string | { problem: string } {
  const m = /^"((?:[^"\\]|\\.)*)"$/.exec(quoted.trim());
  if (!m) return { problem: 'expected one quoted string' };
  const bytes: number[] = [];
  const encoder = new TextEncoder();
  for (const [, octal, hex, escaped, plain] of m[1]!.matchAll(/\\(?:([0-7]{1,3})|x([0-9a-fA-F]+)|(.))|([^\\]+)/gsu)) {
    const code = octal !== undefined ? parseInt(octal, 8) : hex !== undefined ? parseInt(hex, 16) : null;
    if (code !== null && code > 0xff) return { problem: `"\\${octal ?? `x${hex}`}" is more than one byte` };
    if (code !== null) bytes.push(code);
    else if (escaped !== undefined && !ESCAPES.has(escaped)) return { problem: `"\\${escaped}" is not a C escape` };
    else bytes.push(...encoder.encode(plain ?? ESCAPES.get(escaped!)!));
  }
  // Octal and hex escapes are bytes: together they must still spell UTF-8.
  try {
    return utf8.decode(new Uint8Array(bytes));
  } catch {
    return { problem: 'escaped bytes that are not UTF-8' };
  }
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

/**
 * Writes entries as a PO file that translators' tools open. The header has
 * every field `msgfmt --check` asks for: the file is revised as it is
 * written, and nobody has translated it yet.
 */
export function renderPo(entries: readonly PoWrite[], language: string): string {
  const fields = [
    ['Project-Id-Version', 'Bhent'],
    ['PO-Revision-Date', poDate(new Date())],
    ['Last-Translator', ''],
    ['Language-Team', ''],
    ['Language', language],
    ['MIME-Version', '1.0'],
    ['Content-Type', 'text/plain; charset=UTF-8'],
    ['Content-Transfer-Encoding', '8bit'],
    ['X-Source-Language', 'hi'],
  ];
  const header = ['msgid ""', 'msgstr ""', ...fields.map(([name, value]) => quote(`${name}: ${value}\n`))];
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

/** A date as PO headers write it: `2025-08-31 09:30+0000`, in UTC. */
function poDate(date: Date): string {
  return `${date.toISOString().slice(0, 16).replace('T', ' ')}+0000`;
}
