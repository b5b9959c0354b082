/**
 * Writes YAML frontmatter with a Dutch comment above every field, so an editor reads what each field
 * means right where it is filled in. Only the shapes the templates need: text, numbers, booleans,
 * lists of text, nested objects, and optional fields written as a commented-out example line.
 */
export type Scalar = string | number | boolean;

export interface Field {
  key: string;
  /** Explanation above the field; several lines allowed. */
  comment: string | string[];
  /** A scalar or a list of scalars (an empty list is written as []). */
  value?: Scalar | Scalar[];
  /** A nested object instead of a value. */
  fields?: Field[];
  /** An optional field: written as a comment (`# key: value`) the editor can switch on. */
  optional?: boolean;
}

/** Double-quoted YAML is a superset of JSON strings, so JSON.stringify quotes safely. */
const scalar = (v: Scalar) => (typeof v === 'string' ? JSON.stringify(v) : String(v));

function emit(fields: Field[], indent: string): string[] {
  const out: string[] = [];
  for (const f of fields) {
    for (const line of ([] as string[]).concat(f.comment)) out.push(`${indent}# ${line}`.trimEnd());
    const hash = f.optional ? '# ' : '';
    if (f.fields) {
      out.push(`${indent}${hash}${f.key}:`);
      out.push(...emit(f.fields, indent + '  '));
    } else if (Array.isArray(f.value)) {
      if (f.value.length === 0) out.push(`${indent}${hash}${f.key}: []`);
      else {
        out.push(`${indent}${hash}${f.key}:`);
        for (const item of f.value) out.push(`${indent}${hash}  - ${scalar(item)}`);
      }
    } else if (f.value !== undefined) out.push(`${indent}${hash}${f.key}: ${scalar(f.value)}`);
  }
  return out;
}

/** A Markdown/MDX file: frontmatter between --- lines, an empty line, then the body. */
export function frontmatterFile(fields: Field[], body: string): string {
  return ['---', ...emit(fields, ''), '---', '', body.trimEnd(), ''].join('\n');
}
