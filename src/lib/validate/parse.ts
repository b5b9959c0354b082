import { findNodeAtLocation, parseTree, printParseErrorCode, type ParseError } from 'jsonc-parser';
import { LineCounter, parseDocument, isNode } from 'yaml';

/** A parsed file: its data, and a way to find the line of a field. */
export interface Parsed {
  data: unknown;
  /** 1-based line of the field at `path`, or of its nearest existing parent. */
  lineOf: (path: readonly PropertyKey[]) => number | undefined;
  /** For files with frontmatter: the body after it. */
  body?: string;
  /** 1-based line where the body starts. */
  bodyLine?: number;
}

export interface SyntaxProblem {
  line: number;
  column: number;
  message: string;
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1);
  return starts;
}

function position(starts: number[], offset: number): { line: number; column: number } {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, column: offset - starts[lo]! + 1 };
}

const JSON_ERRORS: Record<string, string> = {
  InvalidSymbol: 'hier staat een teken dat in JSON niet mag',
  InvalidNumberFormat: 'dit getal is niet goed geschreven (gebruik een punt als decimaalteken, geen komma of punt voor duizendtallen)',
  PropertyNameExpected: 'hier hoort een veldnaam tussen dubbele aanhalingstekens; staat er een komma na het laatste item?',
  ValueExpected: 'hier ontbreekt een waarde; staat er een komma te veel?',
  ColonExpected: 'hier ontbreekt een dubbele punt tussen veldnaam en waarde',
  CommaExpected: 'hier ontbreekt een komma tussen twee items',
  CloseBraceExpected: 'hier ontbreekt een sluitende }',
  CloseBracketExpected: 'hier ontbreekt een sluitende ]',
  EndOfFileExpected: 'na het einde van de JSON staat nog tekst',
  InvalidCommentToken: 'JSON mag geen commentaar bevatten',
  UnexpectedEndOfComment: 'JSON mag geen commentaar bevatten',
  UnexpectedEndOfString: 'een tekst mist het afsluitende aanhalingsteken',
  UnexpectedEndOfNumber: 'dit getal is niet af',
  InvalidUnicode: 'ongeldige \\u-code in een tekst',
  InvalidEscapeCharacter: 'ongeldige \\-code in een tekst; schrijf \\\\ voor een backslash',
  InvalidCharacter: 'een tekst bevat een regelovergang of tab; schrijf \\n of zet alles op één regel',
};

/** Every JSON string token; group 1 is set when the string is a key (followed by a colon). */
const JSON_STRING = /"(?:[^"\\]|\\.)*"(\s*:)?/g;

/** Number of keys written in a JSON text. Outside strings a " always opens one, so the scan never loses step. */
function writtenKeys(text: string): number {
  let n = 0;
  for (const m of text.matchAll(JSON_STRING)) if (m[1]) n++;
  return n;
}

/** Number of keys in a parsed value: fewer than written means a key was written twice. */
function parsedKeys(value: unknown): number {
  if (Array.isArray(value)) return value.reduce((n: number, v) => n + parsedKeys(v), 0);
  if (value === null || typeof value !== 'object') return 0;
  let n = 0;
  for (const v of Object.values(value)) n += 1 + parsedKeys(v);
  return n;
}

/**
 * Parses a JSON file; returns a syntax problem (with line and column) instead of throwing.
 * Valid files (nearly all) take the fast road: the built-in parser, a key count for duplicates, and the syntax
 * tree for line numbers only when a line is asked for. Anything else goes through jsonc-parser, which knows where.
 */
export function parseJson(text: string): Parsed | SyntaxProblem {
  const deep = tooDeep(text);
  if (deep) return deep;
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return parseJsonSlowly(text);
  }
  if (writtenKeys(text) !== parsedKeys(data)) return parseJsonSlowly(text);
  let tree: JsonNode | undefined;
  let starts: number[] | undefined;
  return {
    data,
    lineOf: (path) => {
      tree ??= parseTree(text, [], { allowTrailingComma: false, disallowComments: true })!;
      starts ??= lineStarts(text);
      return lineOfPath(tree, starts, path);
    },
  };
}

/** Deeper than any content needs; deeper nesting would exhaust the stack of every recursive reader after us. */
export const MAX_DEPTH = 64;

/** The first place where brackets nest deeper than MAX_DEPTH, outside strings; one pass, no recursion. */
function tooDeep(text: string): SyntaxProblem | undefined {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (inString) {
      if (ch === '\\') i++;
      else if (ch === '"') inString = false;
    } else if (ch === '"') inString = true;
    else if (ch === '[' || ch === '{') {
      if (++depth > MAX_DEPTH) {
        const { line, column } = position(lineStarts(text), i);
        return { line, column, message: `ongeldige JSON: de haakjes [ en { zijn hier meer dan ${MAX_DEPTH} niveaus diep genest; zo diep gaat geen inhoud` };
      }
    } else if (ch === ']' || ch === '}') depth--;
  }
  return undefined;
}

function lineOfPath(tree: JsonNode, starts: number[], path: readonly PropertyKey[]): number | undefined {
  for (let n = path.length; n >= 0; n--) {
    const node = findNodeAtLocation(tree, path.slice(0, n) as (string | number)[]);
    if (node) return position(starts, node.parent?.type === 'property' ? node.parent.offset : node.offset).line;
  }
  return undefined;
}

function parseJsonSlowly(text: string): Parsed | SyntaxProblem {
  const errors: ParseError[] = [];
  const tree = parseTree(text, errors, { allowTrailingComma: false, disallowComments: true });
  const starts = lineStarts(text);
  if (errors.length || !tree) {
    const first = errors[0];
    const offset = first?.offset ?? 0;
    const code = first ? printParseErrorCode(first.error) : 'ValueExpected';
    // The parser stops at the token after the mistake; point at the mistake itself where we can.
    const before = previousToken(text, offset);
    // "waarde": 12,5 : a decimal comma splits the number in two.
    if ((code === 'PropertyNameExpected' || code === 'ValueExpected') && before !== undefined && text[before] === ',' && offset === before + 1) {
      const left = /-?\d+$/.exec(text.slice(0, before));
      const right = /^\d+/.exec(text.slice(offset));
      if (left && right) {
        const { line, column } = position(starts, left.index);
        return { line, column, message: `ongeldige JSON: het getal ${left[0]},${right[0]} heeft een komma; schrijf ${left[0]}.${right[0]} (met een punt als decimaalteken)` };
      }
    }
    if ((code === 'PropertyNameExpected' || code === 'ValueExpected') && before !== undefined && text[before] === ',' && /[}\]]/.test(text[offset] ?? '')) {
      const { line, column } = position(starts, before);
      return { line, column, message: 'ongeldige JSON: na het laatste item staat een komma; haal die komma weg' };
    }
    if (code === 'CommaExpected' && before !== undefined && position(starts, before).line < position(starts, offset).line) {
      const { line, column } = position(starts, before + 1);
      return { line, column, message: 'ongeldige JSON: aan het eind van deze regel ontbreekt een komma' };
    }
    const { line, column } = position(starts, offset);
    return { line, column, message: `ongeldige JSON: ${JSON_ERRORS[code] ?? code}` };
  }
  const duplicate = findDuplicateKey(tree);
  if (duplicate) {
    const { line, column } = position(starts, duplicate.offset);
    return { line, column, message: `ongeldige JSON: het veld "${duplicate.key}" staat twee keer in hetzelfde object; laat er één staan` };
  }
  return { data: JSON.parse(text), lineOf: (path) => lineOfPath(tree, starts, path) };
}

/** Offset of the last non-whitespace character before `offset`. */
function previousToken(text: string, offset: number): number | undefined {
  for (let i = offset - 1; i >= 0; i--) if (!/\s/.test(text[i]!)) return i;
  return undefined;
}

type JsonNode = NonNullable<ReturnType<typeof parseTree>>;
function findDuplicateKey(node: JsonNode): { key: string; offset: number } | undefined {
  if (node.type === 'object') {
    const seen = new Set<string>();
    for (const prop of node.children ?? []) {
      const key = String(prop.children?.[0]?.value);
      if (seen.has(key)) return { key, offset: prop.offset };
      seen.add(key);
    }
  }
  for (const child of node.children ?? []) {
    const found = findDuplicateKey(child);
    if (found) return found;
  }
  return undefined;
}

const YAML_ERRORS: Record<string, string> = {
  DUPLICATE_KEY: 'een veld staat twee keer in de frontmatter',
  BAD_INDENT: 'de inspringing klopt niet; gebruik spaties, steeds even veel per niveau',
  TAB_AS_INDENT: 'gebruik spaties om in te springen, geen tabs',
  MISSING_CHAR: 'hier ontbreekt een teken (vaak een dubbele punt of een afsluitend aanhalingsteken)',
  BLOCK_AS_IMPLICIT_KEY: 'de inspringing klopt niet (op deze regel of de regel erna), of er ontbreekt een dubbele punt',
  MULTILINE_IMPLICIT_KEY: 'een veldnaam loopt over meer regels; staat er een dubbele punt in een tekst? Zet de tekst dan tussen aanhalingstekens',
  UNEXPECTED_TOKEN: 'hier staat een onverwacht teken; zet tekst met een dubbele punt of # tussen aanhalingstekens',
  BAD_SCALAR_START: 'een tekst begint met een teken dat YAML anders leest; zet de tekst tussen aanhalingstekens',
};

/** Parses a Markdown/MDX file: YAML frontmatter between `---` lines, then the body. */
export function parseFrontmatter(text: string): Parsed | SyntaxProblem {
  const match = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(\r?\n|$)/.exec(text);
  if (!match) return { line: 1, column: 1, message: 'de frontmatter ontbreekt: het bestand moet beginnen met een regel --- , dan de velden, dan weer een regel ---' };
  const yamlText = match[1]!;
  const lineCounter = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter, prettyErrors: false, uniqueKeys: true });
  // Frontmatter starts on line 2 of the file (after the opening ---).
  if (doc.errors.length) {
    const err = doc.errors[0]!;
    const found = lineCounter.linePos(err.pos[0]);
    // YAML places some errors at the comment or blank line before the culprit; point at the line itself.
    const yamlLines = yamlText.split(/\r?\n/);
    let errorLine = found.line;
    while (errorLine < yamlLines.length && /^\s*(#.*)?$/.test(yamlLines[errorLine - 1] ?? '')) errorLine++;
    const pos = { line: errorLine, col: errorLine === found.line ? found.col : 1 };
    const lineText = yamlLines[pos.line - 1] ?? '';
    let message = YAML_ERRORS[err.code] ?? 'deze regel is geen geldige YAML';
    // "titel: Eenzaam: op vier hoog": a colon inside unquoted text is the most common mistake.
    const colonInText = /^(\s*(?:- )?[^\s:#'"][^:#]*):\s+([^'"\s].*:(?:\s.*)?)$/.exec(lineText);
    if (err.code === 'BLOCK_AS_IMPLICIT_KEY' && colonInText) {
      const [, key, value] = colonInText;
      const quoted = value!.includes('"') ? `'${value!.replace(/'/g, "''")}'` : `"${value}"`;
      message = `deze regel bevat twee dubbele punten; zet de tekst tussen aanhalingstekens: ${key!.trim()}: ${quoted}`;
    }
    else if (err.code === 'BAD_INDENT' && /^Flow (sequence|mapping)/.test(err.message))
      message = 'een lijst [ … ] of object { … } is niet afgesloten; controleer de haakjes';
    return { line: pos.line + 1, column: pos.col, message: `ongeldige frontmatter (YAML): ${message}` };
  }
  let data: unknown;
  try {
    // yaml stops at 100 alias expansions: "&a [*b, *b, …]" chains would otherwise take all memory.
    data = doc.toJS({ maxAliasCount: 100 }) ?? {};
  } catch {
    return { line: 2, column: 1, message: 'ongeldige frontmatter (YAML): te veel verwijzingen (& en *) naar andere velden; schrijf de waarden gewoon uit' };
  }
  const bodyStart = match[0].length;
  return {
    data,
    body: text.slice(bodyStart),
    bodyLine: text.slice(0, bodyStart).split('\n').length,
    lineOf: (path) => {
      for (let n = path.length; n >= 0; n--) {
        const node = n === 0 ? doc.contents : doc.getIn(path.slice(0, n) as unknown[], true);
        if (isNode(node) && node.range) return lineCounter.linePos(node.range[0]).line + 1;
      }
      return undefined;
    },
  };
}

export const isSyntaxProblem = (p: Parsed | SyntaxProblem): p is SyntaxProblem => 'message' in p;
