import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { describe, expect, it } from 'vitest';
import CitationMeta from '../../src/components/CitationMeta.astro';
import CiteBlock from '../../src/components/CiteBlock.astro';
import { pageCitation, siteCitationContext } from '../../src/lib/page-citation.ts';
import { site, version } from '../unit/citation-site.ts';

const citation = pageCitation({
  ...siteCitationContext(site, version),
  kind: 'indicator', id: 'wmo-mantelzorg', title: 'Mantelzorgers & "goede" gezondheid',
  description: 'Aandeel mantelzorgers dat de eigen gezondheid goed noemt.', url: '/indicatoren/wmo-mantelzorg/',
});

const container = await AstroContainer.create();
const render = (props: Record<string, unknown>) => container.renderToString(CiteBlock, { props: { citation, ...props } });
const decode = (s: string) => s.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
const attr = (tag: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];

describe('CiteBlock', () => {
  it('has a labelled Dutch section with a level-2 heading and level-3 sub-headings by default', async () => {
    const html = await render({});
    expect(html).toMatch(/<section[^>]*aria-labelledby="citeer-deze-pagina"[^>]*>/);
    expect(html).toMatch(/<section[^>]*lang="nl"/);
    expect(html).toMatch(/<h2[^>]*id="citeer-deze-pagina"[^>]*>Citeer deze pagina<\/h2>/);
    expect(html).toMatch(/<h3[^>]*id="citeer-deze-pagina-bestanden"[^>]*>Voor uw literatuurlijst<\/h3>/);
    expect(html).not.toMatch(/<h[14]/);
  });

  it('takes the heading level and id from its props', async () => {
    const html = await render({ headingLevel: 3, id: 'citeer' });
    expect(html).toMatch(/<h3[^>]*id="citeer"[^>]*>Citeer deze pagina<\/h3>/);
    expect(html).toMatch(/<h4[^>]*id="citeer-bestanden"/);
    expect(html).not.toMatch(/<h2/);
  });

  it('shows the APA reference and the data version in plain Dutch', async () => {
    const html = decode(await render({}));
    expect(html).toContain(citation.apa);
    expect(html).toContain('(dataversie 2f2c73f)');
    expect(html).toContain('Deze verwijzing noemt dataversie 2f2c73f van 17 juni 2025: de stand van de inhoud die u nu ziet.');
  });

  it('has BibTeX, RIS and CSL-JSON each in a <details> with a <pre>', async () => {
    const html = await render({});
    const details = [...html.matchAll(/<details[^>]*>([\s\S]*?)<\/details>/g)].map((m) => m[1]!);
    expect(details).toHaveLength(3);
    expect(details.map((d) => /<summary[^>]*>([^<]*)<\/summary>/.exec(d)?.[1])).toEqual(['Bekijk de tekst in BibTeX', 'Bekijk de tekst in RIS', 'Bekijk de tekst in CSL-JSON']);
    const pres = details.map((d) => decode(/<pre[^>]*><code[^>]*>([\s\S]*?)<\/code><\/pre>/.exec(d)![1]!));
    expect(pres).toEqual([citation.bibtex + '\n', citation.ris, citation.cslJson]);
    expect(pres[0]).toContain('@misc{zaanstad-indicator-wmo-mantelzorg-2f2c73f,');
  });

  it('offers downloads as data: links with file names and visible link text (no JavaScript)', async () => {
    const html = await render({});
    const links = [...html.matchAll(/<a\s[^>]*>([^<]*)<\/a>/g)].map((m) => ({ tag: m[0], text: m[1]!.trim() }));
    const downloads = links.filter((l) => attr(l.tag, 'href')?.startsWith('data:'));
    expect(downloads.map((l) => attr(l.tag, 'download'))).toEqual([
      'zaanstad-indicator-wmo-mantelzorg-2f2c73f.bib',
      'zaanstad-indicator-wmo-mantelzorg-2f2c73f.ris',
      'zaanstad-indicator-wmo-mantelzorg-2f2c73f.json',
    ]);
    expect(downloads.map((l) => decode(attr(l.tag, 'href')!).split(',')[0])).toEqual([
      'data:application/x-bibtex;charset=utf-8',
      'data:application/x-research-info-systems;charset=utf-8',
      'data:application/vnd.citationstyles.csl+json;charset=utf-8',
    ]);
    // Links need discernible text (axe link-name): each has its own, naming the format.
    expect(downloads.map((l) => l.text)).toEqual(['BibTeX-bestand (.bib)', 'RIS-bestand (.ris)', 'CSL-JSON-bestand (.json)']);
    // The file is the same text as in the <pre>.
    const href = decode(attr(downloads[0]!.tag, 'href')!);
    expect(decodeURIComponent(href.slice(href.indexOf(',') + 1))).toBe(citation.bibtex + '\n');
    expect(html).not.toMatch(/<script/);
  });

  it('marks the formats so they are left out in print, and keeps the reference', async () => {
    const html = await render({});
    expect(html).toMatch(/class="[^"]*cite-block__formats[^"]*no-print/);
    expect(html).toMatch(/<p class="cite-block__reference[^"]*"/);
  });

  it('on a publication page also gives the reference of the publication itself', async () => {
    const documentReference = 'Verwey-Jonker Instituut. (2024). Deelevaluatie sturing op Sociale Wijkteams Zaanstad.';
    const html = await render({ documentReference });
    expect(html).toMatch(/<h3[^>]*id="citeer-deze-pagina-publicatie"[^>]*>De publicatie zelf citeren<\/h3>/);
    expect(html).toContain(documentReference);
    expect(await render({})).not.toContain('De publicatie zelf citeren');
  });

  it('without git history it says there is no data version', async () => {
    const c = pageCitation({ ...siteCitationContext(site, undefined), kind: 'pagina', id: 'over', title: 'Over', url: '/over/' });
    const html = await container.renderToString(CiteBlock, { props: { citation: c } });
    expect(html).toContain('git-geschiedenis er niet of niet helemaal');
    expect(html).not.toMatch(/\b(undefined|null|NaN)\b/);
  });
});

describe('CitationMeta', () => {
  it('renders Highwire, Open Graph and Twitter tags and JSON-LD as data', async () => {
    const html = await container.renderToString(CitationMeta, { props: { citation } });
    for (const t of citation.highwire) expect(decode(html)).toContain(`<meta name="${t.name}" content="${t.content}">`);
    expect(html).toContain('<meta property="og:locale" content="nl_NL">');
    expect(html).toContain('<meta property="og:type" content="website">');
    expect(html).toContain('<meta name="twitter:card" content="summary">');
    const scripts = [...html.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)];
    expect(scripts).toHaveLength(1);
    // The e2e test allows only this kind of <script>.
    expect(scripts[0]![1]).toMatch(/type="application\/ld\+json"/);
    const ld = JSON.parse(scripts[0]![2]!) as { '@type': string; distribution: { contentUrl: string }[] };
    expect(ld['@type']).toBe('Dataset');
    expect(ld.distribution.map((d) => d.contentUrl)).toEqual([
      'https://sociale-wijkteams.zaanstad.nl/data/wmo-mantelzorg.csv',
      'https://sociale-wijkteams.zaanstad.nl/data/wmo-mantelzorg.json',
    ]);
  });
});
