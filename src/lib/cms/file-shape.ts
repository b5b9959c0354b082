/**
 * Between what the browser editor holds and what a content file must say. The editor's widgets cannot write
 * everything the schemas allow: an emptied field stays behind as "" (or null), a target that is either the word
 * "geen-streefwaarde" or an object has no widget, and a number field cannot write null. These pure functions
 * map both ways. The build turns this file into /admin/file-shape.js for the editor (no imports, types only, so
 * stripping the types is all it takes); the tests import it as it is.
 */

type Path = (string | number)[];
type Data = Record<string, unknown>;

const isObject = (v: unknown): v is Data => typeof v === 'object' && v !== null && !Array.isArray(v);
/** What an emptied widget leaves: "" from a text or number field, null from a cleared choice. */
const isEmpty = (v: unknown) => v === '' || v === null || v === undefined;

/**
 * The one field that may be null: an observation's value (a suppressed or missing figure). Left where it is, so
 * `indicatorToFile` writes it as null in its place.
 */
const nullable = (at: Path) => at.length === 3 && at[0] === 'observaties' && at[2] === 'waarde';

/** Switches that may only be on or absent (`z.literal(true).optional()`): switched off, the editor leaves `false`. */
export const TRUE_OR_ABSENT = ['werkelijkOnbekend'];
const isOff = (v: unknown, at: Path) => v === false && TRUE_OR_ABSENT.includes(String(at.at(-1)));

/**
 * Paths of what the editor left empty, in an order that can be removed one by one: within a list the last item
 * first, so earlier indices stay valid. An object or list item that would be left with nothing goes as a whole.
 * No field in our schemas accepts "" (text has at least one character), nor null besides `nullable`.
 */
export function emptyPaths(value: unknown, at: Path = []): Path[] {
  if (Array.isArray(value))
    return value.map((_, i) => i).reverse().flatMap((i) => itemPaths(value[i], [...at, i]));
  if (!isObject(value)) return [];
  const keys = Object.keys(value);
  const inner = keys.flatMap((k) => itemPaths(value[k], [...at, k]));
  const removed = inner.filter((p) => p.length === at.length + 1).length;
  return keys.length > 0 && removed === keys.length && at.length > 0 ? [at] : inner;
}

/** The paths of one value: itself when empty or emptied, else what is empty inside it. */
function itemPaths(value: unknown, at: Path): Path[] {
  if (nullable(at)) return [];
  if (isEmpty(value) || isOff(value, at)) return [at];
  const inner = emptyPaths(value, at);
  return inner.length === 1 && inner[0]!.length === at.length ? [at] : inner;
}

/** A copy of `value` without what the editor left empty. */
export function withoutEmpty<T>(value: T): T {
  const copy = structuredClone(value);
  for (const path of emptyPaths(copy)) {
    const parent = path.slice(0, -1).reduce<unknown>((v, k) => (v as Data)[k as string], copy);
    const last = path.at(-1)!;
    if (Array.isArray(parent)) parent.splice(last as number, 1);
    else delete (parent as Data)[last as string];
  }
  return copy;
}

/** The editor's select for a field that is a word or an object; this value means "fill in the object". */
export const CHOICE = 'keuze';
export const FILLED = 'invullen';
/** Fields of a content type that hold a word or an object (the config generator checks this list against the schemas). */
export const WORD_OR_OBJECT: Record<string, string[]> = { indicatoren: ['streefwaarde'] };

/** "geen-streefwaarde" → { keuze: "geen-streefwaarde" }; { waarde: 5 } → { keuze: "invullen", waarde: 5 }. */
export function choiceToEditor(value: unknown): unknown {
  if (typeof value === 'string') return { [CHOICE]: value };
  return isObject(value) ? { [CHOICE]: FILLED, ...value } : value;
}

/** The way back: the word, or the object without the choice. Nothing chosen leaves the field out. */
export function choiceToFile(value: unknown): unknown {
  if (!isObject(value)) return value;
  const { [CHOICE]: choice, ...rest } = value;
  if (choice === undefined) return Object.keys(rest).length ? rest : undefined;
  return choice === FILLED ? rest : choice;
}

/** Maps the named fields of an object, keeping every key where it was (a diff shows only what changed). */
function mapFields(data: Data, fields: string[], map: (v: unknown) => unknown): Data {
  return Object.fromEntries(Object.entries(data).map(([k, v]) => [k, fields.includes(k) ? map(v) : v]).filter(([, v]) => v !== undefined));
}

/** An indicator as the editor edits it. */
export const indicatorToEditor = (data: Data): Data => mapFields(data, WORD_OR_OBJECT.indicatoren!, choiceToEditor);

/** Statuses whose figure is not published: the value is null, whatever was typed (a small count never reaches git).
 * The same as the schema's rule for `waarde` (a test holds them together). */
const HIDDEN = ['onderdrukt', 'ontbreekt'];

/** The keys of an observation in the schema's order (a test holds this to observatieSchema). */
export const OBSERVATION_KEYS = ['periode', 'gebied', 'categorie', 'waarde', 'status', 'kwalificatie', 'ondergrens', 'bovengrens', 'toelichting', 'bron'];
const rank = (k: string) => (OBSERVATION_KEYS.includes(k) ? OBSERVATION_KEYS.indexOf(k) : OBSERVATION_KEYS.length);

/**
 * An observation as the file holds it: `waarde` is a number or null and always present, and the keys in the
 * schema's order. The editor puts a new item's defaults first and the rest in the order they were typed;
 * one fixed order keeps a diff to what changed.
 */
export function observationToFile(o: Data): Data {
  const waarde = HIDDEN.includes(o.status as string) || isEmpty(o.waarde) ? null : o.waarde;
  return Object.fromEntries(Object.entries({ ...o, waarde }).sort(([a], [b]) => rank(a) - rank(b)));
}

/** An indicator from the editor as its file must be: no empty fields, the target as word or object, null where a figure is hidden. */
export function indicatorToFile(data: Data): Data {
  const observaties = Array.isArray(data.observaties) ? data.observaties.map((o) => (isObject(o) ? observationToFile(o) : o)) : data.observaties;
  return mapFields(withoutEmpty({ ...data, observaties }), WORD_OR_OBJECT.indicatoren!, choiceToFile);
}

/**
 * Editor-only fields that name a new entry's file but are not in it: a verandertheorie is named after its keten.
 * The editor asks for it, makes the file name from it, and this leaves it out of the file.
 */
export const NAME_ONLY: Record<string, string> = { verandertheorie: 'keten' };

/** An entry without its editor-only naming field. */
export function withoutNameField(collection: string, data: Data): Data {
  const { [NAME_ONLY[collection] ?? '']: _, ...rest } = data;
  return NAME_ONLY[collection] ? rest : data;
}

/** Why a new entry cannot be saved yet, in Dutch; undefined when it can. */
export function missingName(collection: string, isNew: boolean, data: Data): string | undefined {
  const field = NAME_ONLY[collection];
  if (!field || !isNew || !isEmpty(data[field])) return undefined;
  return `Kies eerst bij "Keten" de keten waar deze ${collection} bij hoort: het bestand krijgt de naam van de keten.`;
}
