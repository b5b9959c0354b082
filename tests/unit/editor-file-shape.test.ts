import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { CHOICE, FILLED, NAME_ONLY, OBSERVATION_KEYS, TRUE_OR_ABSENT, WORD_OR_OBJECT, indicatorToEditor, indicatorToFile, missingName, withoutEmpty, withoutNameField } from '../../src/lib/cms/file-shape.ts';
import { editorConfig } from '../../src/lib/cms/config.ts';
import { indicatorSchema, observatieSchema } from '../../src/schemas/index.ts';
import { observatieStatus } from '../../src/schemas/indicator.ts';

type Data = Record<string, unknown>;
const folders = ['content/indicatoren', 'tests/fixtures/site/indicatoren'];
const indicators = folders.flatMap((dir) => readdirSync(dir).filter((f) => f.endsWith('.json')).map((f) => ({ file: join(dir, f), text: readFileSync(join(dir, f), 'utf8') })));
const asFile = (data: Data) => `${JSON.stringify(data, null, 2)}\n`;
/** A real indicator with figures and no breakdown, to edit in the tests below. */
const sample = JSON.parse(indicators.find((i) => i.text.includes('"waarde": 1') && !i.text.includes('uitsplitsing'))!.text) as Data;
const errors = (data: Data) => indicatorSchema.safeParse(data).error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`) ?? [];

describe('what the editor saves', () => {
  it('drops fields left empty, and objects and list items emptied that way, keeping the rest in place', () => {
    const edited = { titel: 'T', ondertitel: '', bron: { bron: '', plaats: '' }, auteurs: ['A', '', 'B'], kenmerken: {}, lijst: [], reactie: { oordeel: null, tekst: 'x' }, bewijs: { titel: '' }, n: 0, uit: false };
    const clean = withoutEmpty(edited);
    expect(clean).toEqual({ titel: 'T', auteurs: ['A', 'B'], kenmerken: {}, lijst: [], reactie: { tekst: 'x' }, n: 0, uit: false });
    expect(Object.keys(clean)).toEqual(['titel', 'auteurs', 'kenmerken', 'lijst', 'reactie', 'n', 'uit']);
    // Several emptied items in one list: removed from the last to the first, so the right ones go.
    expect(withoutEmpty({ l: [{ a: '' }, 'x', '', { a: 'y', b: '' }, null] })).toEqual({ l: ['x', { a: 'y' }] });
    expect(edited.ondertitel).toBe(''); // the editor's own data is left alone
  });

  // Same values, same key order (a number written as 6.0 comes back as 6, as any JSON writer does).
  it.each(indicators.map((i) => [i.file, i.text]))('reads and writes %s back unchanged', (_, text) => {
    const editor = indicatorToEditor(JSON.parse(text) as Data);
    expect(typeof editor.streefwaarde).toBe('object');
    expect(asFile(indicatorToFile(JSON.parse(JSON.stringify(editor)) as Data))).toBe(asFile(JSON.parse(text) as Data));
  });

  it('writes a target chosen in the editor as the schema wants it: the word, or the object', () => {
    const none = indicatorToFile({ ...sample, streefwaarde: { [CHOICE]: 'geen-streefwaarde', waarde: '' } });
    expect(none.streefwaarde).toBe('geen-streefwaarde');
    const set = indicatorToFile({ ...sample, streefwaarde: { [CHOICE]: FILLED, waarde: 1200, periode: '2026', toelichting: '' } });
    expect(set.streefwaarde).toEqual({ waarde: 1200, periode: '2026' });
    expect(Object.keys(set)).toEqual(Object.keys(sample));
    expect(errors(set)).toEqual([]);
    // "Invullen" without a number: the check names the field, in Dutch.
    expect(errors(indicatorToFile({ ...sample, streefwaarde: { [CHOICE]: FILLED, waarde: '' } })).join()).toMatch(/streefwaarde/);
  });

  it('writes null for a suppressed or missing figure, also when a number was typed, in the schema\'s order', () => {
    const added = (o: Data) => (indicatorToFile({ ...sample, observaties: [...(sample.observaties as Data[]), o] }).observaties as Data[]).at(-1)!;
    const suppressed = added({ periode: '2031', gebied: 'zaanstad', status: 'onderdrukt', waarde: 3, kwalificatie: 'exact' });
    expect(suppressed).toEqual({ periode: '2031', gebied: 'zaanstad', waarde: null, status: 'onderdrukt', kwalificatie: 'exact' });
    // A new observation as the editor makes it: defaults first, the rest as typed, the number field never touched.
    const fresh = added({ kwalificatie: 'exact', status: 'onderdrukt', gebied: 'zaanstad', periode: '2031' });
    expect(Object.keys(fresh)).toEqual(['periode', 'gebied', 'waarde', 'status', 'kwalificatie']);
    expect(fresh.waarde).toBeNull();
    expect(added({ periode: '2031', gebied: 'zaanstad', status: 'ontbreekt', waarde: '' }).waarde).toBeNull();
    expect(added({ periode: '2031', gebied: 'zaanstad', status: 'voorlopig', waarde: 12.5, toelichting: '' })).toEqual({ periode: '2031', gebied: 'zaanstad', waarde: 12.5, status: 'voorlopig' });
    // An emptied number with a published status: null, and the check asks for a number.
    const empty = indicatorToFile({ ...sample, observaties: [{ periode: '2031', gebied: 'zaanstad', waarde: '', status: 'definitief' }] });
    expect((empty.observaties as Data[])[0]!.waarde).toBeNull();
    expect(errors(empty).join()).toMatch(/ontbreekt bij status "definitief"/);
  });

  it('stores no number for exactly the statuses the schema publishes none for', () => {
    const withStatus = (status: string) => ({ ...sample, observaties: [...(sample.observaties as Data[]), { periode: '2031', gebied: 'zaanstad', waarde: 5, status }] });
    const hidden = observatieStatus.options.filter((status) => (indicatorToFile(withStatus(status)).observaties as Data[]).at(-1)!.waarde === null);
    const schemaWantsNull = observatieStatus.options.filter((status) => errors(withStatus(status)).some((e) => /moet null zijn/.test(e)));
    expect(hidden).toEqual(schemaWantsNull);
    expect(hidden.length).toBeGreaterThan(0);
  });

  it('orders an observation\'s keys as the schema does', () => {
    expect(OBSERVATION_KEYS).toEqual(Object.keys(observatieSchema.shape));
  });

  it('drops a switch that may only be on once it is switched off, and knows every such switch', () => {
    expect(withoutEmpty({ mijlpalen: [{ id: 'a', werkelijkOnbekend: false }, { id: 'b', werkelijkOnbekend: true }], dubbelzinnig: false }))
      .toEqual({ mijlpalen: [{ id: 'a' }, { id: 'b', werkelijkOnbekend: true }], dubbelzinnig: false });
    type F = { name: string; widget: string; required?: boolean; pattern?: string[]; fields?: F[]; field?: F };
    const walk = (fields: F[]): string[] => fields.flatMap((f) => [
      ...(f.widget === 'boolean' && f.pattern?.[0] === '^true$' && f.required === false ? [f.name] : []),
      ...walk(f.fields ?? []), ...walk(f.field ? [f.field] : []),
    ]);
    const config = editorConfig({ contentDir: 'content' }) as { collections: { fields?: F[]; files?: { fields: F[] }[] }[] };
    const found = new Set(config.collections.flatMap((c) => walk(c.fields ?? c.files![0]!.fields)));
    expect([...found]).toEqual(TRUE_OR_ABSENT);
  });

  it('knows every field that is a word or an object, and gives those content types their own format', () => {
    const config = editorConfig({ contentDir: 'content' }) as { collections: { name: string; format: string; fields?: { name: string; fields?: { name: string }[] }[] }[] };
    const found = Object.fromEntries(config.collections
      .map((c) => [c.name, (c.fields ?? []).filter((f) => f.fields?.[0]?.name === CHOICE).map((f) => f.name)] as const)
      .filter(([, names]) => names.length));
    expect(found).toEqual(WORD_OR_OBJECT);
    expect(config.collections.find((c) => c.name === 'indicatoren')!.format).toBe('indicator');
  });

  it('names a new verandertheorie after the keten chosen in the editor, and leaves that choice out of the file', () => {
    const config = editorConfig({ contentDir: 'content' }) as { collections: { name: string; format: string; create: boolean; slug: string; fields: { name: string; widget: string; collection?: string; required?: boolean }[] }[] };
    const theory = config.collections.find((c) => c.name === 'verandertheorie')!;
    expect(theory).toMatchObject({ create: true, slug: `{{${NAME_ONLY.verandertheorie}}}`, format: 'verandertheorie' });
    expect(theory.fields[0]).toMatchObject({ name: 'keten', widget: 'relation', collection: 'ketens', required: false });
    const data = { keten: 'zorg-veiligheid', status: 'concept', knopen: [] };
    expect(withoutNameField('verandertheorie', data)).toEqual({ status: 'concept', knopen: [] });
    expect(withoutNameField('indicatoren', data)).toBe(data);
    expect(missingName('verandertheorie', true, { status: 'concept' })).toMatch(/Kies eerst bij "Keten"/);
    expect(missingName('verandertheorie', true, { keten: '' })).toMatch(/Kies eerst/);
    expect(missingName('verandertheorie', true, data)).toBeUndefined();
    expect(missingName('verandertheorie', false, { status: 'concept' })).toBeUndefined(); // an existing one keeps its name
  });

  it('is types-only TypeScript, so the build can hand it to the browser by stripping the types', () => {
    const source = readFileSync('src/lib/cms/file-shape.ts', 'utf8');
    expect(source).not.toMatch(/^import /m);
    const out = ts.transpileModule(source, { reportDiagnostics: true, compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 } });
    expect(out.diagnostics ?? []).toEqual([]);
    expect(out.outputText).toMatch(/export function indicatorToFile/);
  });
});
