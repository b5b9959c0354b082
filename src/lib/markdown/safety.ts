import type { Node } from 'unist';
import { visit } from 'unist-util-visit';

/** What an editor must hear about one unsafe or unknown piece of text. */
export interface TextFinding {
  line?: number;
  column?: number;
  message: string;
  hint?: string;
}

/** The components an MDX text may use, with their (literal) attributes: the first ones are required. */
export const MDX_COMPONENTS: Record<string, { attributes: string[]; required: string[] }> = {
  Figuur: { attributes: ['indicator'], required: ['indicator'] },
};

/** Directives (`::naam{…}`) the site knows: block directives only. */
export const DIRECTIVES: Record<string, { attributes: string[]; required: string[] }> = {
  figuur: { attributes: ['indicator'], required: ['indicator'] },
};

const SCHEME = /^([a-z][a-z0-9+.-]*):/i;
const SAFE_SCHEMES = new Set(['http', 'https', 'mailto']);

/** The scheme of a URL when it is not allowed (javascript:, data:, file:, …); undefined for safe URLs. */
export function unsafeScheme(url: string): string | undefined {
  // Browsers ignore control characters and spaces inside a scheme ("java\tscript:"); so do we.
  const scheme = SCHEME.exec(url.replace(/[\u0000-\u0020\u007f]/g, ''))?.[1]?.toLowerCase();
  return scheme && !SAFE_SCHEMES.has(scheme) ? scheme : undefined;
}

const URL_HINT = 'gebruik een adres dat begint met https://, http://, mailto: of met / voor een pagina van deze site';

/** Raw HTML that can run code or pull in other pages. */
const DANGEROUS_TAG = /<\s*\/?\s*(script|style|iframe|frame|frameset|object|embed|applet|link|meta|base|form|svg|math|template)\b/i;
const EVENT_ATTRIBUTE = /<[^>]*\s(on[a-z]+)\s*=/i;
const STYLE_ATTRIBUTE = /<[^>]*\sstyle\s*=/i;
const URL_ATTRIBUTE = /\s(?:href|src|action|formaction|xlink:href|srcset|poster)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/gi;

function htmlFinding(html: string): Omit<TextFinding, 'line' | 'column'> | undefined {
  const tag = DANGEROUS_TAG.exec(html);
  if (tag) return { message: `HTML-element <${tag[1]!.toLowerCase()}> is niet toegestaan in tekst: het kan code uitvoeren of een andere pagina laden`, hint: 'haal het weg; schrijf gewone tekst in Markdown' };
  const event = EVENT_ATTRIBUTE.exec(html);
  if (event) return { message: `HTML-attribuut ${event[1]!.toLowerCase()}= is niet toegestaan in tekst: het voert code uit`, hint: 'haal het attribuut weg; schrijf gewone tekst in Markdown' };
  if (STYLE_ATTRIBUTE.test(html)) return { message: 'HTML-attribuut style= is niet toegestaan in tekst: de opmaak komt uit de site', hint: 'haal het attribuut weg' };
  for (const m of html.matchAll(URL_ATTRIBUTE)) {
    const scheme = unsafeScheme(m[1] ?? m[2] ?? m[3] ?? '');
    if (scheme) return { message: `een adres met "${scheme}:" is niet toegestaan`, hint: URL_HINT };
  }
  return undefined;
}

interface Attributed { name?: string | null; attributes?: unknown }
type JsxAttribute = { type: string; name?: string; value?: unknown };
type Estree = { body?: unknown[] };

function componentFinding(node: Attributed): Omit<TextFinding, 'line' | 'column'> | undefined {
  const allowed = 'Figuur';
  const spec = node.name ? MDX_COMPONENTS[node.name] : undefined;
  if (!spec) {
    const shown = node.name ? `<${node.name}>` : '<> (een leeg onderdeel)';
    return { message: `onbekend onderdeel ${shown}: in MDX-tekst mag alleen <${allowed} indicator="…" />`, hint: 'een figuur plaats je ook met ::figuur{indicator="…"}; wil je een < in de tekst, schrijf dan &lt;' };
  }
  const attributes = (node.attributes ?? []) as JsxAttribute[];
  for (const a of attributes) {
    if (a.type !== 'mdxJsxAttribute' || (a.value !== null && a.value !== undefined && typeof a.value !== 'string'))
      return { message: `de attributen van <${node.name}> moeten gewone tekst tussen aanhalingstekens zijn, geen code tussen { }`, hint: `bijvoorbeeld <${node.name} ${spec.required[0]}="…" />` };
    if (!spec.attributes.includes(a.name!)) return { message: `<${node.name}> kent het attribuut "${a.name}" niet`, hint: `gebruik ${spec.attributes.join(', ')}` };
  }
  const missing = spec.required.find((r) => !attributes.some((a) => a.name === r && typeof a.value === 'string' && a.value));
  if (missing) return { message: `<${node.name}> mist het attribuut ${missing}="…"`, hint: `bijvoorbeeld <${node.name} ${missing}="id-van-de-indicator" />` };
  return undefined;
}

function directiveFinding(node: { type: string; name: string; attributes?: Record<string, string | null | undefined> | null }): Omit<TextFinding, 'line' | 'column'> | undefined {
  const spec = node.type === 'leafDirective' ? DIRECTIVES[node.name] : undefined;
  if (!spec) return { message: `onbekende opdracht ${node.type === 'containerDirective' ? ':::' : '::'}${node.name}: de site kent alleen ::figuur{indicator="…"}`, hint: 'staat de regel los, begint hij met :: en is het geen figuur? Schrijf dan \\:: aan het begin' };
  const attributes = node.attributes ?? {};
  const unknown = Object.keys(attributes).find((k) => !spec.attributes.includes(k));
  if (unknown) return { message: `::${node.name} kent het attribuut "${unknown}" niet`, hint: `gebruik ${spec.attributes.join(', ')}` };
  const missing = spec.required.find((r) => !attributes[r]);
  if (missing) return { message: `::${node.name} mist ${missing}="…"`, hint: `bijvoorbeeld ::${node.name}{${missing}="id-van-de-indicator"}` };
  return undefined;
}

/** A figure that a text places, by directive or component: its indicator must exist. */
export interface FigureUse { indicator: string; line?: number; column?: number }

/** A figure in a Markdown (.md) text: only MDX can hold one. */
export const FIGURE_IN_MARKDOWN = { message: 'een figuur kan alleen in een .mdx-bestand staan', hint: 'hernoem het bestand naar .mdx' } as const;

/** The message for a figure whose indicator has no file in indicatoren/ (the hint says what to do). */
export const unknownFigureMessage = (indicator: string) => `de figuur verwijst naar indicator "${indicator}", maar er is geen indicator met die id in indicatoren/`;

/**
 * Everything in a parsed Markdown or MDX text that the site does not publish: code (import/export,
 * expressions), unknown components and directives, raw HTML that can run code, links with unsafe schemes.
 * The content check reports these; the build refuses them too (src/plugins/safe-content.ts).
 */
export function inspectText(tree: Node): { findings: TextFinding[]; figures: FigureUse[] } {
  const findings: TextFinding[] = [];
  const figures: FigureUse[] = [];
  visit(tree, (visited) => {
    const node = visited as Node & Record<string, unknown>;
    const at = { line: node.position?.start.line, column: node.position?.start.column };
    const add = (f: Omit<TextFinding, 'line' | 'column'> | undefined) => f && findings.push({ ...at, ...f });
    switch (node.type) {
      case 'mdxjsEsm':
        add({ message: 'MDX-tekst mag geen import of export bevatten: de site voert geen code uit de inhoud uit', hint: 'haal deze regel weg; een figuur plaats je met ::figuur{indicator="…"}' });
        return;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        // {/* a comment */} holds no code: editors may keep notes that way.
        if (((node.data as { estree?: Estree } | undefined)?.estree?.body?.length ?? 1) === 0) return;
        add({ message: 'MDX leest { en } als code, en code mag niet in de tekst', hint: 'schrijf \\{ en \\} als je de tekens zelf bedoelt' });
        return;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement': {
        const problem = componentFinding(node as Attributed);
        add(problem);
        const indicator = ((node.attributes ?? []) as JsxAttribute[]).find((a) => a.name === 'indicator')?.value;
        if (!problem && node.name === 'Figuur' && typeof indicator === 'string') figures.push({ indicator, ...at });
        return;
      }
      case 'leafDirective':
      case 'containerDirective': {
        const problem = directiveFinding(node as never);
        add(problem);
        const indicator = (node.attributes as Record<string, string> | undefined)?.indicator;
        if (!problem && node.name === 'figuur' && indicator) figures.push({ indicator, ...at });
        return;
      }
      case 'html':
        add(htmlFinding(String(node.value)));
        return;
      case 'link':
      case 'image':
      case 'definition': {
        const scheme = unsafeScheme(String(node.url ?? ''));
        if (scheme) add({ message: `${node.type === 'image' ? 'een afbeelding' : 'een link'} met "${scheme}:" is niet toegestaan`, hint: URL_HINT });
        return;
      }
    }
  });
  return { findings, figures };
}
