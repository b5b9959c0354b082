import { COLLECTIONS, type CollectionSpec } from '../validate/collections.ts';
import { DISPLAY, FILE_COLLECTIONS, objectFields, relation, type EditorField } from './fields.ts';
import { NAME_ONLY } from './file-shape.ts';

/** The content types an editor changes in the browser, in the order of the editor's menu. */
export const EDITED = ['ketens', 'verandertheorie', 'indicatoren', 'verhalen', 'publicaties', 'aanbevelingen', 'trajecten', 'gemeenten', 'kaders', 'begrippen', 'bronnen', 'organisaties'] as const;

/** Dutch names in the editor's menu. */
const LABELS: Record<string, [string, string]> = {
  ketens: ['Ketens', 'Keten'], verandertheorie: ['Verandertheorieën', 'Verandertheorie'], indicatoren: ['Indicatoren', 'Indicator'],
  verhalen: ['Verhalen', 'Verhaal'], publicaties: ['Publicaties', 'Publicatie'], aanbevelingen: ['Stand van aanbevelingen', 'Statusbestand'],
  trajecten: ['Trajecten', 'Traject'], gemeenten: ['Gemeenten', 'Gemeente'], kaders: ['Kaders', 'Kader'], begrippen: ['Begrippen', 'Begrip'],
  bronnen: ['Bronnen', 'Bronnen'], organisaties: ['Organisaties', 'Organisaties'],
};

/**
 * How a new entry gets its id (and so its web address). The id is made once, when the entry is first saved;
 * the editor never renames the file afterwards. A status file is named after its publication; a
 * verandertheorie after its keten, which the file does not name: the editor asks for it (NAME_ONLY) and
 * leaves it out of the file.
 */
const NEW_ENTRY: Record<string, { slug: string; create: boolean; summary?: string }> = {
  aanbevelingen: { slug: '{{publicatie}}', create: true },
  verandertheorie: { slug: `{{${NAME_ONLY.verandertheorie}}}`, create: true, summary: '{{filename}}' },
};

/** The editor-only field that names a new entry's file (see NAME_ONLY). */
const nameField = (name: string): EditorField => ({
  name, label: 'Keten', ...relation('ketens', false), required: false,
  hint: 'Alleen bij een nieuwe verandertheorie: de keten waar hij bij hoort. Het bestand krijgt de naam van de keten, en die verandert daarna niet meer.',
});

/**
 * Formats of our own, registered in src/admin/opslaan.js: an indicator's target and suppressed figures need a
 * shape the widgets can edit (file-shape.ts); a one-file list is edited as { lijst }.
 */
const FORMATS: Record<string, string> = { indicatoren: 'indicator', verandertheorie: 'verandertheorie' };

export interface EditorOptions {
  /** The content folder relative to the repository root ("content"). */
  contentDir: string;
  /** GitHub repository ("owner/name") the editor commits to; undefined when the build does not know it. */
  repo?: string;
  branch?: string;
  /** Address of the published site, for "view live" links. */
  siteUrl?: string;
  /** URL of the local backend (decap-server) for `npm run redacteur` and the browser test. */
  localBackend?: string;
}

/** The body of an .md/.mdx file, edited as Markdown source: MDX figures must stay exactly as written. */
const BODY: EditorField = { name: 'body', label: 'Tekst', widget: 'markdown', modes: ['raw'], required: false, hint: 'De tekst onder de velden, in Markdown. Kopjes met ##, een figuur met <Figuur id="…" />.' };

/** The editor collection for one content type. */
export function editorCollection(spec: CollectionSpec, contentDir: string): Record<string, unknown> {
  const [label, singular] = LABELS[spec.name] ?? [spec.name, spec.label];
  if (FILE_COLLECTIONS.has(spec.name))
    return {
      name: spec.name, label, format: 'lijst', extension: 'json', editor: { preview: false },
      files: [{
        name: spec.name, label, file: `${contentDir}/${spec.file}`,
        fields: [{ name: 'lijst', label, widget: 'list', collapsed: true, summary: `{{fields.id}} · {{fields.${DISPLAY[spec.name]}}}`, fields: objectFields(spec.schema) }],
      }],
    };
  const naming = NAME_ONLY[spec.name];
  const fields = [...(naming ? [nameField(naming)] : []), ...objectFields(spec.schema)];
  const identifier = ['titel', 'naam', 'term', 'publicatie'].find((f) => fields.some((x) => x.name === f)) ?? fields[0]!.name;
  const frontmatter = spec.format === 'frontmatter';
  const { slug, create, summary } = NEW_ENTRY[spec.name] ?? { slug: '{{slug}}', create: true };
  return {
    name: spec.name, label, label_singular: singular,
    folder: `${contentDir}/${spec.folder}`,
    extension: spec.extensions[0]!.slice(1), format: FORMATS[spec.name] ?? (frontmatter ? 'frontmatter' : 'json'),
    create, slug, identifier_field: identifier,
    summary: summary ?? `{{fields.${identifier}}}`,
    sortable_fields: [identifier],
    editor: { preview: false },
    fields: frontmatter ? [...fields, BODY] : fields,
  };
}

/** The whole editor configuration (Decap CMS), from the content schemas. Serialised to /admin/config.yml. */
export function editorConfig(options: EditorOptions): Record<string, unknown> {
  const specs = EDITED.map((name) => COLLECTIONS.find((c) => c.name === name)!);
  return {
    locale: 'nl',
    backend: { name: 'github', repo: options.repo ?? 'eigenaar/repository', branch: options.branch ?? 'main', squash_merges: true, commit_messages: COMMIT_MESSAGES },
    ...(options.localBackend ? { local_backend: { url: options.localBackend } } : {}),
    publish_mode: 'editorial_workflow',
    ...(options.siteUrl ? { site_url: options.siteUrl, display_url: options.siteUrl } : {}),
    media_folder: 'public/media',
    public_folder: '/media',
    slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' },
    collections: specs.map((s) => editorCollection(s, options.contentDir)),
  };
}

/** Commit messages in Dutch, so the history reads like the rest of the content's. */
const COMMIT_MESSAGES = {
  create: 'Nieuw in {{collection}}: {{slug}}',
  update: 'Bijgewerkt in {{collection}}: {{slug}}',
  delete: 'Verwijderd uit {{collection}}: {{slug}}',
  uploadMedia: 'Bestand toegevoegd: {{path}}',
  deleteMedia: 'Bestand verwijderd: {{path}}',
  openAuthoring: '{{message}}',
};
