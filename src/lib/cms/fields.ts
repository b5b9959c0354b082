import { z } from 'zod';
import { datum, link, slug, url } from '../../schemas/common.ts';
import { periode } from '../../schemas/indicator.ts';
import { nummer } from '../../schemas/publicatie.ts';
import { CHOICE, FILLED } from './file-shape.ts';

/** One field of the editor's configuration (a Decap CMS widget), as plain data. */
export type EditorField = { name: string; label: string; widget: string; [key: string]: unknown };

/** What a schema field may say about itself through `.meta()`, besides title and description. */
export interface FieldMeta {
  title?: string;
  description?: string;
  /** The collection this id points to, e.g. "ketens"; or a list inside one: "verandertheorie.knopen". */
  verwijst?: string;
  /** A list the editor adds to at the top: new entries first, earlier ones are never overwritten. */
  nieuwBovenaan?: boolean;
  /** Longer text: a text area instead of one line. */
  lang?: boolean;
  /** Dutch names of an enumeration's values, e.g. of the keys of a record. */
  labels?: Record<string, string>;
}

type Def = { type: string; [key: string]: unknown };
const defOf = (schema: z.ZodType) => (schema as unknown as { _zod: { def: Def } })._zod.def;
const metaOf = (schema: z.ZodType): FieldMeta => (schema.meta() as FieldMeta | undefined) ?? {};

/** Strings with a fixed form: the editor shows the pattern's Dutch hint before the check does. */
const PATTERNS: [z.ZodType, string, string][] = [
  [datum, '^\\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\\d|3[01]))?)?$', 'schrijf een datum als JJJJ-MM-DD, JJJJ-MM of JJJJ (bijvoorbeeld 2024-11-01)'],
  [periode, '^\\d{4}(-(H[12]|Q[1-4]|0[1-9]|1[0-2]))?$', 'schrijf een periode als 2024, 2024-H1, 2024-Q3 of 2024-07'],
  [slug, '^[a-z0-9]+(-[a-z0-9]+)*$', 'gebruik kleine letters, cijfers en streepjes (bijvoorbeeld "wmo-mantelzorg")'],
  [nummer, '^[0-9a-zA-Z]+([.-][0-9a-zA-Z]+)*$', 'schrijf het nummer zoals in de bron, bijvoorbeeld 2.1 of 1a'],
  [url, '^https?://', 'begin met https://'],
  [link, '^(https?://|mailto:|/)', 'begin met https://, mailto: of / voor een pagina op deze site'],
];
const patternOf = (schema: z.ZodType) => PATTERNS.find(([base]) => defOf(base) === defOf(schema));

/** Field names whose text is usually longer than one line. */
const LONG = new Set(['samenvatting', 'definitie', 'toelichting', 'tekst', 'omschrijving', 'want', 'opgave', 'hoofdconclusie', 'methode', 'citaat', 'collegereactie', 'nawoord', 'evaluatie', 'cijferToelichting', 'geenIndicatorReden', 'geenDataToelichting', 'note']);

/** "geenIndicatorReden" → "Geen indicator reden": a readable label where a schema gives no title. */
export const labelOf = (name: string) => {
  const words = name.replace(/([a-z])([A-Z])/g, '$1 $2').replace(/[-_]/g, ' ').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
};

/** Peels optional, default, nullable and preprocess wrappers off a field; says whether it may stay empty. */
function unwrap(schema: z.ZodType): { inner: z.ZodType; optional: boolean; fallback?: unknown; meta: FieldMeta } {
  let meta = metaOf(schema);
  let optional = false;
  let fallback: unknown;
  let current = schema;
  for (;;) {
    const def = defOf(current);
    if (def.type === 'optional' || def.type === 'nullable') optional = true;
    else if (def.type === 'default') {
      optional = true;
      fallback = typeof def.defaultValue === 'function' ? undefined : def.defaultValue;
    } else if (def.type === 'pipe' && defOf(def.in as z.ZodType).type === 'transform') {
      // z.preprocess: a known base (datum) keeps its identity; otherwise edit what comes out.
      if (patternOf(current)) break;
    } else break;
    const next = (def.type === 'pipe' ? def.out : def.innerType) as z.ZodType;
    meta = { ...metaOf(next), ...meta };
    current = next;
  }
  return { inner: current, optional, fallback, meta: { ...metaOf(current), ...meta } };
}

/** A relation to another collection, or to a list inside one ("verandertheorie.knopen"). */
export function relation(target: string, multiple: boolean): { widget: string; [key: string]: unknown } {
  const [collection, list] = target.split('.') as [string, string | undefined];
  const single = FILE_COLLECTIONS.has(collection);
  const prefix = list ? `${list}.*.` : single ? 'lijst.*.' : '';
  const value = list || single ? `${prefix}id` : '{{slug}}';
  const shown = `${prefix}${DISPLAY[collection] ?? 'titel'}`;
  return {
    widget: 'relation', collection, ...(single ? { file: collection } : {}),
    value_field: value, search_fields: [shown], display_fields: [shown], multiple, options_length: 50,
  };
}

/** Collections kept in one file with a list of entries (bronnen.json, organisaties.json). */
export const FILE_COLLECTIONS = new Set(['bronnen', 'organisaties']);
/** The field an entry of a collection is known by in lists and relations. */
export const DISPLAY: Record<string, string> = { ketens: 'naam', gemeenten: 'naam', begrippen: 'term', bronnen: 'title', organisaties: 'naam' };

/** The editor field for one schema field. Every shape our schemas use has one; an unknown shape throws. */
export function editorField(name: string, schema: z.ZodType): EditorField {
  const { inner, optional, fallback, meta } = unwrap(schema);
  const base = {
    name,
    label: meta.title ?? labelOf(name),
    ...(meta.description ? { hint: meta.description } : {}),
    required: !optional,
    ...(fallback !== undefined && !(Array.isArray(fallback) && fallback.length === 0) && !(typeof fallback === 'object' && fallback !== null && !Array.isArray(fallback)) ? { default: fallback } : {}),
  };
  const def = defOf(inner);
  const pattern = patternOf(inner);
  if (meta.verwijst && def.type !== 'array') return { ...base, ...relation(meta.verwijst, false) };
  switch (def.type) {
    case 'string':
    case 'pipe':
      return { ...base, widget: meta.lang || LONG.has(name) ? 'text' : 'string', ...(pattern ? { pattern: [pattern[1], pattern[2]] } : {}) };
    case 'number': {
      const int = (inner as z.ZodNumber).isInt;
      return { ...base, widget: 'number', value_type: int ? 'int' : 'float' };
    }
    case 'boolean':
      return { ...base, widget: 'boolean' };
    case 'enum':
      return { ...base, widget: 'select', options: Object.values(def.entries as Record<string, string>) };
    case 'literal': {
      const values = def.values as unknown[];
      // `true` that must be true (a story's anonymisation): a switch the editor must turn on.
      if (values.length === 1 && values[0] === true)
        return { ...base, widget: 'boolean', default: false, pattern: ['^true$', 'moet aan staan'] };
      return { ...base, widget: 'select', options: values.map(String), ...(values.length === 1 ? { default: String(values[0]) } : {}) };
    }
    case 'array': {
      const element = def.element as z.ZodType;
      const el = unwrap(element);
      const listBase = { ...base, widget: 'list', ...(meta.nieuwBovenaan ? { add_to_top: true } : {}) };
      const target = meta.verwijst ?? el.meta.verwijst;
      if (target) return { ...base, ...relation(target, true) };
      if (['object', 'union'].includes(defOf(el.inner).type)) {
        const fields = objectFields(el.inner);
        return { ...listBase, collapsed: true, summary: summaryOf(fields), fields };
      }
      return { ...listBase, field: { ...editorField('item', element), label: base.label } };
    }
    case 'tuple':
      return { ...base, widget: 'list', field: { ...editorField('item', (def.items as z.ZodType[])[0]!), label: base.label } };
    case 'union':
      if (isScalarUnion(inner)) return { ...base, widget: 'string' };
      if (wordOrObject(inner)) return choiceField(base, inner);
      return { ...base, widget: 'object', collapsed: optional, fields: optional ? relaxed(objectFields(inner)) : objectFields(inner) };
    case 'object':
    case 'record':
      return { ...base, widget: 'object', collapsed: optional, fields: optional ? relaxed(objectFields(inner)) : objectFields(inner) };
    default:
      throw new Error(`veld "${name}": schema-soort "${def.type}" heeft nog geen veld in de editor`);
  }
}

/** A union of a word and an object ("geen-streefwaarde" or { waarde, periode }). */
export const wordOrObject = (schema: z.ZodType) => {
  const def = defOf(schema);
  return def.type === 'union' && (def.options as z.ZodType[]).some((o) => defOf(o).type === 'literal') && (def.options as z.ZodType[]).some((o) => defOf(o).type === 'object');
};

/**
 * A word or an object, which no widget offers: a choice between the word(s) and "invullen", then the object's
 * fields. file-shape.ts maps the file to this shape and back when the editor reads and saves.
 */
function choiceField(base: { name: string; label: string; [key: string]: unknown }, schema: z.ZodType): EditorField {
  const options = defOf(schema).options as z.ZodType[];
  const words = options.flatMap((o) => (defOf(o).type === 'literal' ? (defOf(o).values as string[]) : []));
  const choice = {
    name: CHOICE, label: 'Keuze', widget: 'select', required: true, default: words[0],
    options: [...words.map((w) => ({ label: labelOf(w), value: w })), { label: 'Invullen', value: FILLED }],
  };
  return { ...base, widget: 'object', collapsed: false, fields: [choice, ...relaxed(objectFields(schema))] };
}

/**
 * The editor checks every field it shows, also inside an optional object the editor left empty. There the fields
 * are optional in the editor; the content check still requires them once the object is filled in.
 */
const relaxed = (fields: EditorField[]): EditorField[] =>
  fields.map((f) => ({ ...f, required: false, ...(f.fields ? { fields: relaxed(f.fields as EditorField[]) } : {}) }));

/**
 * The fields of an object schema. A union of objects (a name as family/given or literal; a figure of one of three
 * kinds) becomes one object with the fields of all its forms, each optional: the check says which combination is
 * valid. A union of text and number is one text field. A record over an enum gets an optional field per key.
 */
export function objectFields(schema: z.ZodType): EditorField[] {
  const def = defOf(schema);
  if (def.type === 'object') return Object.entries(def.shape as Record<string, z.ZodType>).map(([k, v]) => editorField(k, v));
  if (def.type === 'record') {
    const keys = Object.values(defOf(def.keyType as z.ZodType).entries as Record<string, string>);
    const names = metaOf(def.keyType as z.ZodType).labels ?? {};
    return keys.map((k) => ({ ...editorField(k, def.valueType as z.ZodType), label: names[k] ?? labelOf(k), required: false, collapsed: true }));
  }
  if (def.type === 'union') {
    const options = def.options as z.ZodType[];
    const objects = options.filter((o) => defOf(o).type === 'object');
    const merged = new Map<string, EditorField>();
    for (const o of objects)
      for (const f of objectFields(o)) {
        const seen = merged.get(f.name);
        if (seen?.widget === 'select' && f.widget === 'select') seen.options = [...(seen.options as string[]), ...(f.options as string[])];
        else if (!seen) merged.set(f.name, { ...f, required: f.required && objects.length === 1 });
        if (seen?.widget === 'select') delete seen.default;
      }
    return [...merged.values()];
  }
  throw new Error(`schema-soort "${def.type}" is geen object`);
}

/** A union of scalars (text or number) is edited as text. */
export function isScalarUnion(schema: z.ZodType): boolean {
  const def = defOf(schema);
  return def.type === 'union' && (def.options as z.ZodType[]).every((o) => ['string', 'number'].includes(defOf(unwrap(o).inner).type));
}

/** The line a collapsed list item shows: its first one or two telling fields. */
function summaryOf(fields: EditorField[]): string {
  const names = fields.map((f) => f.name);
  const pick = ['aanbeveling', 'datum', 'periode', 'gebied', 'waarde', 'status', 'nummer', 'id', 'titel', 'label', 'naam', 'title', 'family', 'literal', 'bron', 'tekst', 'waarde']
    .filter((n) => names.includes(n)).slice(0, 4);
  return (pick.length ? pick : names.slice(0, 1)).map((n) => `{{fields.${n}}}`).join(' · ');
}
