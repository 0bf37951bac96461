/**
 * JSON read with its places: the value, and where in the text each value of
 * it (and each member's key) starts, so an error about `people[3].id` points
 * at that id and not at the top of the file. Stricter than `JSON.parse` where
 * an editor's slip would otherwise pass unseen: a key given twice in one
 * object is a problem (JSON.parse keeps the last silently). One pass over the
 * text; nesting deeper than MAX_DEPTH is refused rather than overflowing the
 * stack. A byte-order mark before the value is allowed, as editors write one.
 */
import type { z } from 'zod';
import { characterName, hiddenIn } from './characters.ts';
import { errorsIn, locate, type ErrorCode, type LoaderError } from './errors.ts';

/** Where a value starts, its key's place when it is a member, and its members' or items' places. */
export interface SourceNode {
  offset: number;
  /** The opening quote of the member's key. */
  keyOffset?: number;
  children?: Map<string | number, SourceNode>;
}

export interface JsonProblem {
  kind: 'syntax' | 'duplicate-key';
  offset: number;
  message: string;
}

export type JsonParse =
  | { ok: true; value: unknown; source: SourceNode; problems: JsonProblem[] }
  | { ok: false; problems: JsonProblem[] };

export const MAX_DEPTH = 256;

class Stop extends Error {
  constructor(
    readonly offset: number,
    message: string,
  ) {
    super(message);
  }
}

/** A short, printable form of a text shown in a message. */
const shown = (s: string) => JSON.stringify(s.length > 40 ? `${s.slice(0, 40)}…` : s);

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const HEX4 = /^[0-9a-fA-F]{4}$/;
const ESCAPES: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };

/**
 * Parses a JSON text. A syntax error stops the parse and is the one problem;
 * keys given twice are problems, the parse going on (the last value kept, as
 * JSON.parse does).
 */
export function parseJson(text: string): JsonParse {
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const problems: JsonProblem[] = [];
  const stop = (offset: number, message: string): never => {
    throw new Stop(offset, message);
  };
  const found = (at: number) => (at >= text.length ? 'the end of the file' : shown(String.fromCodePoint(text.codePointAt(at)!)));

  const space = () => {
    for (;;) {
      const c = text.charCodeAt(i);
      if (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d) i++;
      else return;
    }
  };

  const string = (): string => {
    const open = i++;
    let out = '';
    let run = i;
    for (;;) {
      if (i >= text.length) stop(open, 'this string is never closed: a \'"\' is missing');
      const c = text.charCodeAt(i);
      if (c === 0x22) {
        out += text.slice(run, i++);
        return out;
      }
      if (c === 0x5c) {
        out += text.slice(run, i);
        const e = text[i + 1];
        if (e === 'u') {
          const hex = text.slice(i + 2, i + 6);
          if (!HEX4.test(hex)) stop(i, '"\\u" must be followed by four hexadecimal digits');
          out += String.fromCharCode(parseInt(hex, 16));
          i += 6;
        } else if (e !== undefined && ESCAPES[e] !== undefined) {
          out += ESCAPES[e];
          i += 2;
        } else stop(i, `${e === undefined ? 'a "\\" at the end of the file' : `"\\${e}" is not an escape JSON knows`}: write a backslash as "\\\\"`);
        run = i;
        continue;
      }
      if (c < 0x20) {
        stop(i, c === 0x0a || c === 0x0d ? 'a line break inside a string: close the string before it, or write "\\n"' : `the control character U+${c.toString(16).toUpperCase().padStart(4, '0')} inside a string: write it as "\\u${c.toString(16).padStart(4, '0')}"`);
      }
      i++;
    }
  };

  const value = (depth: number): [unknown, SourceNode] => {
    space();
    const start = i;
    if (depth > MAX_DEPTH) stop(start, `values nested deeper than ${MAX_DEPTH} levels`);
    const c = text[i];
    if (c === '{') return object(start, depth);
    if (c === '[') return array(start, depth);
    if (c === '"') return [string(), { offset: start }];
    if (c === '-' || (c !== undefined && c >= '0' && c <= '9')) {
      NUMBER.lastIndex = i;
      const m = NUMBER.exec(text);
      if (!m) return stop(start, `a number is expected after "-", found ${found(i + 1)}`);
      i += m[0].length;
      return [Number(m[0]), { offset: start }];
    }
    for (const [word, literal] of [['true', true], ['false', false], ['null', null]] as const) {
      if (text.startsWith(word, i)) {
        i += word.length;
        return [literal, { offset: start }];
      }
    }
    return stop(start, `a value is expected, found ${found(start)}${c === "'" ? ': JSON strings take double quotes' : ''}`);
  };

  const object = (start: number, depth: number): [unknown, SourceNode] => {
    i++;
    const out: Record<string, unknown> = {};
    const children = new Map<string | number, SourceNode>();
    const firstAt = new Map<string, number>();
    space();
    if (text[i] === '}') {
      i++;
      return [out, { offset: start, children }];
    }
    for (;;) {
      space();
      if (text[i] !== '"') stop(i, text[i] === '}' ? 'a comma before "}": JSON allows none after the last member' : `a key in double quotes is expected, found ${found(i)}`);
      const keyOffset = i;
      const key = string();
      space();
      if (text[i] !== ':') stop(i, `":" is expected after the key ${shown(key)}, found ${found(i)}`);
      i++;
      const [member, node] = value(depth + 1);
      node.keyOffset = keyOffset;
      const first = firstAt.get(key);
      if (first === undefined) firstAt.set(key, keyOffset);
      else problems.push({ kind: 'duplicate-key', offset: keyOffset, message: `the key ${shown(key)} is given twice in this object (first on line ${locate(text, first).line}): keep one` });
      // As JSON.parse does: an own property even for "__proto__", never the object's prototype.
      Object.defineProperty(out, key, { value: member, enumerable: true, writable: true, configurable: true });
      children.set(key, node);
      space();
      if (text[i] === ',') i++;
      else if (text[i] === '}') {
        i++;
        return [out, { offset: start, children }];
      } else stop(i, `"," or "}" is expected after the value of ${shown(key)}, found ${found(i)}`);
    }
  };

  const array = (start: number, depth: number): [unknown, SourceNode] => {
    i++;
    const out: unknown[] = [];
    const children = new Map<string | number, SourceNode>();
    space();
    if (text[i] === ']') {
      i++;
      return [out, { offset: start, children }];
    }
    for (;;) {
      space();
      if (text[i] === ']') stop(i, 'a comma before "]": JSON allows none after the last item');
      const [item, node] = value(depth + 1);
      children.set(out.length, node);
      out.push(item);
      space();
      if (text[i] === ',') i++;
      else if (text[i] === ']') {
        i++;
        return [out, { offset: start, children }];
      } else stop(i, `"," or "]" is expected after an item, found ${found(i)}`);
    }
  };

  try {
    const [parsed, source] = value(0);
    space();
    if (i < text.length) stop(i, `the JSON value ended before ${found(i)}: one value per file`);
    return { ok: true, value: parsed, source, problems };
  } catch (e) {
    if (!(e instanceof Stop)) throw e;
    return { ok: false, problems: [{ kind: 'syntax', offset: e.offset, message: e.message }] };
  }
}

/** The node at `path`, or its nearest ancestor that the text has. */
export function nodeAt(source: SourceNode, path: readonly PropertyKey[]): SourceNode {
  let node = source;
  for (const key of path) {
    const child = typeof key === 'symbol' ? undefined : node.children?.get(key);
    if (!child) return node;
    node = child;
  }
  return node;
}

/** Where the value at `path` starts (or its nearest ancestor the text has). */
export const offsetAt = (source: SourceNode, path: readonly PropertyKey[]): number => nodeAt(source, path).offset;

/** Where the key of the member at `path` starts; where its value starts when it has none. */
export function keyOffsetAt(source: SourceNode, path: readonly PropertyKey[]): number {
  const node = nodeAt(source, path);
  return node.keyOffset ?? node.offset;
}

const pathOf = (path: readonly PropertyKey[]) => path.map(String).join('.');

/** The codes a file's errors are reported under. */
export interface JsonCodes {
  syntax: ErrorCode;
  duplicateKey: ErrorCode;
  unknownKey: ErrorCode;
  invalid: ErrorCode;
}

/**
 * A JSON file checked against its schema: the data, or every located error —
 * a syntax error alone, else each key given twice, each unknown key (at the
 * key, with the keys allowed there) and each other issue (at the value it is
 * about, or the nearest enclosing one the text has).
 */
export function readJson<S extends z.ZodType>(text: string, file: string, schema: S, codes: JsonCodes): { data?: z.output<S>; source?: SourceNode; errors: LoaderError[] } {
  const at = errorsIn(file, text);
  const parsed = parseJson(text);
  const problems = parsed.problems.map((p) => at(p.offset, p.kind === 'syntax' ? codes.syntax : codes.duplicateKey, p.message));
  if (!parsed.ok) return { errors: problems };
  const { source } = parsed;
  const result = schema.safeParse(parsed.value);
  const issues = result.success
    ? []
    : result.error.issues.flatMap((issue) => {
        if (issue.code === 'unrecognized_keys') {
          const allowed = keysAllowed(schema, issue.path);
          const where = issue.path.length > 0 ? `in ${pathOf(issue.path)}` : 'at the top';
          return issue.keys.map((key) =>
            at(keyOffsetAt(source, [...issue.path, key]), codes.unknownKey, `unknown key ${shown(key)} ${where}${allowed ? `: the keys allowed are ${allowed.join(', ')}` : ''}`),
          );
        }
        return [at(offsetAt(source, issue.path), codes.invalid, issue.path.length > 0 ? `${pathOf(issue.path)}: ${issue.message}` : issue.message)];
      });
  const errors = [...problems, ...issues, ...hiddenErrors(parsed.value, source, at)].sort((a, b) => a.line - b.line || a.column - b.column);
  return errors.length > 0 || !result.success ? { source, errors } : { data: result.data, source, errors };
}

/** Every string (key or value) holding a character that shows nothing: names and reasons are shown on the site. */
function hiddenErrors(value: unknown, source: SourceNode, at: ReturnType<typeof errorsIn>): LoaderError[] {
  const errors: LoaderError[] = [];
  const visit = (v: unknown, node: SourceNode | undefined, path: string) => {
    if (!node) return;
    if (typeof v === 'string') {
      const ch = hiddenIn(v);
      if (ch) errors.push(at(node.offset, 'input/control-character', `${path}: ${characterName(ch)} shows nothing and is not allowed; remove it`));
    } else if (Array.isArray(v)) {
      v.forEach((item, i) => visit(item, node.children?.get(i), `${path}[${i}]`));
    } else if (v !== null && typeof v === 'object') {
      for (const [key, item] of Object.entries(v)) {
        const child = node.children?.get(key);
        const ch = hiddenIn(key);
        if (ch) errors.push(at(child?.keyOffset ?? node.offset, 'input/control-character', `the key ${JSON.stringify(key)}: ${characterName(ch)} shows nothing and is not allowed; remove it`));
        visit(item, child, path ? `${path}.${key}` : key);
      }
    }
  };
  visit(value, source, '');
  return errors;
}

/** What a schema is made of, as far as finding an object's keys needs. */
interface SchemaPart {
  def: { type: string; shape?: Record<string, SchemaPart>; element?: SchemaPart; innerType?: SchemaPart };
}

const WRAPPERS = new Set(['optional', 'nullable', 'default', 'prefault', 'readonly', 'nonoptional', 'catch']);

/** The keys the schema allows in the object at `path`, if it is one. */
export function keysAllowed(schema: z.ZodType, path: readonly PropertyKey[]): string[] | undefined {
  let part: SchemaPart | undefined = schema as unknown as SchemaPart;
  const unwrap = () => {
    while (part && WRAPPERS.has(part.def.type) && part.def.innerType) part = part.def.innerType;
  };
  for (const key of path) {
    unwrap();
    if (!part) return undefined;
    if (part.def.type === 'object' && typeof key === 'string') part = part.def.shape && Object.hasOwn(part.def.shape, key) ? part.def.shape[key] : undefined;
    else if (part.def.type === 'array') part = part.def.element;
    else return undefined;
  }
  unwrap();
  return part?.def.type === 'object' && part.def.shape ? Object.keys(part.def.shape) : undefined;
}
