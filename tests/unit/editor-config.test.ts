import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { editorBackend, githubRepo } from '../../src/lib/cms/backend.ts';
import { editorCollection, editorConfig, EDITED } from '../../src/lib/cms/config.ts';
import { COLLECTIONS } from '../../src/lib/validate/collections.ts';
import { contentSecurityPolicy, editorPolicy } from '../../src/lib/csp.ts';
import { verhaalSchema } from '../../src/schemas/index.ts';

type Field = { name: string; widget: string; required?: boolean; fields?: Field[]; field?: Field; options?: string[]; [k: string]: unknown };
type Json = { type?: string | string[]; properties?: Record<string, Json>; items?: Json; prefixItems?: Json[]; anyOf?: Json[]; oneOf?: Json[]; propertyNames?: { enum?: string[] }; additionalProperties?: Json | boolean; enum?: unknown[]; const?: unknown; required?: string[] };

const config = editorConfig({ contentDir: 'content' }) as { collections: (Record<string, unknown> & { name: string; fields?: Field[]; files?: { fields: Field[] }[] })[]; [k: string]: unknown };
const collection = (name: string) => config.collections.find((c) => c.name === name)!;
/** The editor fields of a collection; a one-file list (bronnen.json) edits its entries inside the field "lijst". */
const fieldsOf = (name: string): Field[] => {
  const c = collection(name);
  return c.files ? c.files[0]!.fields[0]!.fields! : c.fields!;
};

/** Every property path of a JSON Schema (from zod's own z.toJSONSchema, independent of the editor's generator). */
function schemaPaths(s: Json, prefix = ''): string[] {
  const out: string[] = [];
  for (const alt of [...(s.anyOf ?? []), ...(s.oneOf ?? [])]) out.push(...schemaPaths(alt, prefix));
  for (const [k, v] of Object.entries(s.properties ?? {})) out.push(`${prefix}${k}`, ...schemaPaths(v, `${prefix}${k}.`));
  for (const k of s.propertyNames?.enum ?? []) {
    out.push(`${prefix}${k}`);
    if (typeof s.additionalProperties === 'object') out.push(...schemaPaths(s.additionalProperties, `${prefix}${k}.`));
  }
  if (s.items) out.push(...schemaPaths(s.items, prefix));
  return [...new Set(out)];
}

type Prop = { path: string; title?: string; description?: string; required: boolean };
/** Every property of a JSON Schema with the title and description the schema gives it; record keys get the key enum's labels. */
function schemaProps(s: Json & { labels?: Record<string, string> }, prefix = ''): Prop[] {
  const out: Prop[] = [];
  for (const alt of [...(s.anyOf ?? []), ...(s.oneOf ?? [])]) out.push(...schemaProps(alt, prefix));
  for (const [k, v] of Object.entries(s.properties ?? {}) as [string, Json & { title?: string; description?: string }][])
    out.push({ path: `${prefix}${k}`, title: v.title, description: v.description, required: (s.required ?? []).includes(k) }, ...schemaProps(v, `${prefix}${k}.`));
  const labels = (s.propertyNames as { labels?: Record<string, string> } | undefined)?.labels ?? {};
  for (const k of s.propertyNames?.enum ?? []) {
    out.push({ path: `${prefix}${k}`, title: labels[k], required: false });
    if (typeof s.additionalProperties === 'object') out.push(...schemaProps(s.additionalProperties, `${prefix}${k}.`));
  }
  if (s.items) out.push(...schemaProps(s.items, prefix));
  return out;
}

/** Every path of the editor's fields. */
function fieldPaths(fields: Field[], prefix = ''): string[] {
  return fields.flatMap((f) => [`${prefix}${f.name}`, ...fieldPaths(f.fields ?? [], `${prefix}${f.name}.`), ...(f.field?.fields ? fieldPaths(f.field.fields, `${prefix}${f.name}.`) : [])]);
}

const find = (fields: Field[], path: string): Field | undefined => {
  const [head, ...rest] = path.split('.');
  const f = fields.find((x) => x.name === head);
  return rest.length === 0 ? f : f && find(f.fields ?? f.field?.fields ?? [], rest.join('.'));
};

describe('editor configuration from the schemas', () => {
  it('covers every content type an editor changes', () => {
    for (const name of ['ketens', 'verandertheorie', 'indicatoren', 'verhalen', 'publicaties', 'aanbevelingen', 'trajecten', 'gemeenten', 'kaders', 'begrippen', 'bronnen'])
      expect(config.collections.map((c) => c.name), name).toContain(name);
  });

  it.each(EDITED)('%s: every schema field has an editor field, at the same place', (name) => {
    const spec = COLLECTIONS.find((c) => c.name === name)!;
    const json = z.toJSONSchema(spec.schema, { io: 'input', unrepresentable: 'any' }) as Json;
    const hidden = fieldsOf(name).filter((f) => f.widget === 'hidden').map((f) => f.name);
    const missing = schemaPaths(json).filter((p) => !fieldPaths(fieldsOf(name)).includes(p) && !hidden.some((h) => p.startsWith(`${h}.`)));
    expect(missing).toEqual([]);
    // Nothing is kept out of sight: a target (a word or an object) is a choice plus the object's fields.
    expect(hidden).toEqual([]);
  });

  it.each(EDITED)('%s: every field has its Dutch label and help text from the schema', (name) => {
    const spec = COLLECTIONS.find((c) => c.name === name)!;
    const props = schemaProps(z.toJSONSchema(spec.schema, { io: 'input', unrepresentable: 'any' }) as Json);
    expect(props.filter((p) => !p.title).map((p) => p.path), 'velden zonder title in .meta()').toEqual([]);
    expect(props.filter((p) => p.required && !p.description).map((p) => p.path), 'verplichte velden zonder description').toEqual([]);
    for (const p of props) {
      const field = find(fieldsOf(name), p.path);
      expect(field?.label, `${name}.${p.path} label`).toBe(p.title);
      if (p.description) expect(field?.hint, `${name}.${p.path} hint`).toBe(p.description);
    }
  });

  it.each(EDITED)('%s: required fields are required, enumerations are selects with the same options', (name) => {
    const spec = COLLECTIONS.find((c) => c.name === name)!;
    const json = z.toJSONSchema(spec.schema, { io: 'input', unrepresentable: 'any' }) as Json;
    for (const [key, prop] of Object.entries(json.properties ?? {})) {
      const field = find(fieldsOf(name), key)!;
      expect(field.required, `${name}.${key} required`).toBe((json.required ?? []).includes(key));
      if (prop.enum) expect(field.options, `${name}.${key} options`).toEqual(prop.enum);
    }
  });

  it('turns references into choices from the other collection', () => {
    const verhalen = fieldsOf('verhalen');
    expect(find(verhalen, 'keten')).toMatchObject({ widget: 'relation', collection: 'ketens', value_field: '{{slug}}', multiple: false });
    expect(find(verhalen, 'resultaten')).toMatchObject({ widget: 'relation', collection: 'verandertheorie', value_field: 'knopen.*.id', multiple: true });
    expect(find(verhalen, 'bron.bron')).toMatchObject({ widget: 'relation', collection: 'bronnen', file: 'bronnen', value_field: 'lijst.*.id' });
    expect(find(fieldsOf('indicatoren'), 'ketens')).toMatchObject({ widget: 'relation', collection: 'ketens', multiple: true });
  });

  it('fits the editing rules: consent and anonymisation required, statuses added on top, observations as a list', () => {
    const verhalen = fieldsOf('verhalen');
    expect(find(verhalen, 'toestemming')).toMatchObject({ widget: 'select', required: true, options: ['gegeven', 'openbare-bron'] });
    expect(find(verhalen, 'geanonimiseerd')).toMatchObject({ widget: 'boolean', required: true, pattern: ['^true$', expect.any(String)] });
    expect(find(fieldsOf('aanbevelingen'), 'statussen')).toMatchObject({ widget: 'list', add_to_top: true });
    const observaties = find(fieldsOf('indicatoren'), 'observaties')!;
    expect(observaties.widget).toBe('list');
    expect(observaties.fields!.map((f) => f.name)).toEqual(expect.arrayContaining(['periode', 'gebied', 'waarde', 'status', 'kwalificatie']));
    expect(find(observaties.fields!, 'status')).toMatchObject({ widget: 'select', required: true });
  });

  it('goes through review, in Dutch, with ids made once from the title', () => {
    expect(config).toMatchObject({ locale: 'nl', publish_mode: 'editorial_workflow' });
    expect(collection('verhalen')).toMatchObject({ slug: '{{slug}}', identifier_field: 'titel', extension: 'mdx', format: 'frontmatter' });
    expect(collection('aanbevelingen')).toMatchObject({ slug: '{{publicatie}}', identifier_field: 'publicatie' });
    // Labels and help texts come from the schema's metadata.
    expect(find(fieldsOf('verhalen'), 'rol')).toMatchObject({ label: 'Rol van de verteller', hint: expect.stringContaining('Nooit een naam') });
  });

  it('shows a schema change without editing the configuration', () => {
    const spec = COLLECTIONS.find((c) => c.name === 'verhalen')!;
    const changed = { ...spec, schema: verhaalSchema.extend({ thema: z.enum(['werk', 'zorg']).meta({ title: 'Thema' }) }) };
    const fields = editorCollection(changed, 'content').fields as Field[];
    expect(find(fields, 'thema')).toMatchObject({ widget: 'select', label: 'Thema', required: true, options: ['werk', 'zorg'] });
  });

  it('allows the editor\'s script on /admin/ only, and only from the site itself', () => {
    const scripts = (policy: string) => policy.split('; ').find((d) => d.startsWith('script-src '))!.split(' ').slice(1);
    expect(scripts(editorPolicy(['https://api.github.com']))).toEqual(["'self'", "'unsafe-eval'", "'wasm-unsafe-eval'"]);
    expect(editorPolicy(['https://api.github.com'])).toContain("connect-src 'self' https://api.github.com");
    for (const search of [false, true]) expect(scripts(contentSecurityPolicy({ styleHashes: [], search }))).not.toContain("'unsafe-eval'");
  });
});

describe('the repository the editor saves to', () => {
  it('comes from CMS_REPO, else GITHUB_REPOSITORY, else the GitHub address in site.json', () => {
    const site = 'https://github.com/gemeente/sociaal-domein';
    expect(editorBackend({ CMS_REPO: 'a/b', GITHUB_REPOSITORY: 'c/d' }, site).repo).toBe('a/b');
    expect(editorBackend({ GITHUB_REPOSITORY: 'c/d' }, site).repo).toBe('c/d');
    expect(editorBackend({}, site).repo).toBe('gemeente/sociaal-domein');
    expect(editorBackend({}, 'https://github.com/gemeente/sociaal-domein.git/').repo).toBe('gemeente/sociaal-domein');
  });
  it('is left unknown for an address that is not a GitHub repository', () => {
    expect(githubRepo('https://gitlab.com/gemeente/site')).toBeUndefined();
    expect(githubRepo('https://github.com/gemeente')).toBeUndefined();
    expect(editorBackend({}).repo).toBeUndefined();
  });
});
