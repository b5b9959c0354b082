import { describe, expect, it } from 'vitest';
import { isSyntaxProblem, parseFrontmatter, parseJson, type Parsed, type SyntaxProblem } from '../../src/lib/validate/parse.ts';
import { formatPath, formatProblem, sortProblems } from '../../src/lib/validate/problem.ts';

const ok = (p: Parsed | SyntaxProblem): Parsed => {
  if (isSyntaxProblem(p)) throw new Error(`unexpected syntax problem: ${p.message}`);
  return p;
};
const bad = (p: Parsed | SyntaxProblem): SyntaxProblem => {
  if (!isSyntaxProblem(p)) throw new Error('expected a syntax problem');
  return p;
};

const json = `{
  "titel": "Huisbezoeken",
  "eenheid": {
    "soort": "aantal",
    "label": "bezoeken"
  },
  "observaties": [
    {
      "periode": "2023",
      "waarde": 12
    },
    {
      "periode": "2024",
      "waarde": null
    }
  ]
}`;

describe('parseJson: line numbers of paths', () => {
  const p = ok(parseJson(json));
  it('parses the data', () => {
    expect(p.data).toMatchObject({ titel: 'Huisbezoeken', observaties: [{ waarde: 12 }, { waarde: null }] });
  });
  it('finds fields, nested fields and list items', () => {
    expect(p.lineOf(['titel'])).toBe(2);
    expect(p.lineOf(['eenheid'])).toBe(3);
    expect(p.lineOf(['eenheid', 'label'])).toBe(5);
    expect(p.lineOf(['observaties'])).toBe(7);
    expect(p.lineOf(['observaties', 0])).toBe(8);
    expect(p.lineOf(['observaties', 1, 'waarde'])).toBe(14);
  });
  it('falls back to the nearest existing parent for missing fields', () => {
    expect(p.lineOf(['observaties', 1, 'status'])).toBe(12);
    expect(p.lineOf(['eenheid', 'bestaat-niet', 'diep'])).toBe(3);
    expect(p.lineOf([])).toBe(1);
  });
});

describe('parseJson: syntax problems point at the mistake', () => {
  it('trailing comma', () => {
    expect(bad(parseJson('{\n  "a": 1,\n  "b": [1, 2],\n}\n'))).toEqual({ line: 3, column: 14, message: 'ongeldige JSON: na het laatste item staat een komma; haal die komma weg' });
  });
  it('missing comma at the end of a line', () => {
    expect(bad(parseJson('{\n  "a": 1\n  "b": 2\n}'))).toEqual({ line: 2, column: 9, message: 'ongeldige JSON: aan het eind van deze regel ontbreekt een komma' });
  });
  it('missing comma on one line', () => {
    expect(bad(parseJson('{ "a": 1 "b": 2 }'))).toEqual({ line: 1, column: 10, message: 'ongeldige JSON: hier ontbreekt een komma tussen twee items' });
  });
  it('decimal comma', () => {
    expect(bad(parseJson('{\n  "waarde": 12,5\n}'))).toEqual({ line: 2, column: 13, message: 'ongeldige JSON: het getal 12,5 heeft een komma; schrijf 12.5 (met een punt als decimaalteken)' });
  });
  it('duplicate key, at its second occurrence', () => {
    expect(bad(parseJson('{\n  "a": {\n    "b": 1,\n    "b": 2\n  }\n}'))).toEqual({ line: 4, column: 5, message: 'ongeldige JSON: het veld "b" staat twee keer in hetzelfde object; laat er één staan' });
  });
  it('duplicate key inside a list item; keys and colons inside texts are not keys', () => {
    expect(bad(parseJson('[{ "a": 1 }, { "a": 1, "a": 2 }]')).message).toContain('het veld "a" staat twee keer');
    const ok = parseJson('{ "tekst": "zie \\"a\\": b", "a": { "x": [{ "y": ":" }] }, "\\"": 1 }');
    expect(isSyntaxProblem(ok)).toBe(false);
    expect((ok as { data: unknown }).data).toEqual({ tekst: 'zie "a": b', a: { x: [{ y: ':' }] }, '"': 1 });
  });
  it('comments, unclosed strings and empty files', () => {
    expect(bad(parseJson('{\n  // opmerking\n  "a": 1\n}')).message).toBe('ongeldige JSON: JSON mag geen commentaar bevatten');
    expect(bad(parseJson('{ "a": "tekst }')).message).toBe('ongeldige JSON: een tekst mist het afsluitende aanhalingsteken');
    expect(bad(parseJson(''))).toMatchObject({ line: 1, column: 1 });
  });
});

const md = `---
titel: Koffie aan de keukentafel
keten: gezond-thuis
resultaten:
  - rk-minder-eenzaam
  - rl-langer-thuis
bron:
  bron: interviews
  plaats: p. 3
datum: 2024-10-01
---

De tekst begint hier.
`;

describe('parseFrontmatter', () => {
  const p = ok(parseFrontmatter(md));
  it('parses the fields and the body', () => {
    expect(p.data).toMatchObject({ titel: 'Koffie aan de keukentafel', resultaten: ['rk-minder-eenzaam', 'rl-langer-thuis'] });
    expect(p.body).toBe('\nDe tekst begint hier.\n');
    expect(p.bodyLine).toBe(12);
  });
  it('gives file line numbers (counting the opening ---)', () => {
    expect(p.lineOf(['titel'])).toBe(2);
    expect(p.lineOf(['resultaten', 1])).toBe(6);
    expect(p.lineOf(['bron', 'plaats'])).toBe(9);
    expect(p.lineOf(['datum'])).toBe(10);
    expect(p.lineOf(['bron', 'ontbreekt'])).toBe(8);
    expect(p.lineOf(['zieOok'])).toBe(2);
  });
  it('reports a missing frontmatter', () => {
    expect(bad(parseFrontmatter('titel: x\n\nTekst'))).toEqual({ line: 1, column: 1, message: 'de frontmatter ontbreekt: het bestand moet beginnen met een regel --- , dan de velden, dan weer een regel ---' });
  });
  it('explains a colon inside text, with the fixed line', () => {
    expect(bad(parseFrontmatter('---\nketen: x\ntitel: Eenzaam: op vier hoog\n---\n'))).toEqual({
      line: 3, column: 8, message: 'ongeldige frontmatter (YAML): deze regel bevat twee dubbele punten; zet de tekst tussen aanhalingstekens: titel: "Eenzaam: op vier hoog"',
    });
  });
  it('explains other YAML mistakes at the right line', () => {
    expect(bad(parseFrontmatter("---\ntitel: 'Koffie\nketen: x\n---\n"))).toMatchObject({ line: 3, message: 'ongeldige frontmatter (YAML): hier ontbreekt een teken (vaak een dubbele punt of een afsluitend aanhalingsteken)' });
    expect(bad(parseFrontmatter('---\ntitel: x\n\tketen: y\n---\n'))).toMatchObject({ line: 3, message: 'ongeldige frontmatter (YAML): gebruik spaties om in te springen, geen tabs' });
    expect(bad(parseFrontmatter('---\ntitel: x\ntitel: y\n---\n'))).toMatchObject({ line: 3, message: 'ongeldige frontmatter (YAML): een veld staat twee keer in de frontmatter' });
    expect(bad(parseFrontmatter('---\nresultaten: [a, b\n---\n'))).toMatchObject({ line: 2, message: 'ongeldige frontmatter (YAML): een lijst [ … ] of object { … } is niet afgesloten; controleer de haakjes' });
  });
  it('accepts an empty frontmatter and Windows line ends', () => {
    expect(ok(parseFrontmatter('---\n\n---\nTekst')).data).toEqual({});
    const crlf = ok(parseFrontmatter('---\r\ntitel: x\r\nketen: y\r\n---\r\nTekst'));
    expect(crlf.data).toEqual({ titel: 'x', keten: 'y' });
    expect(crlf.lineOf(['keten'])).toBe(3);
  });
});

describe('problem formatting', () => {
  it('paths count list items from 1', () => {
    expect(formatPath(['observaties', 3, 'waarde'])).toBe('observaties[4].waarde');
    expect(formatPath([0, 'id'])).toBe('[1].id');
    expect(formatPath([])).toBe('');
  });
  it('file:line:column › path: message (hint)', () => {
    expect(formatProblem({ file: 'content/a.json', line: 3, column: 5, path: '', message: 'fout' })).toBe('content/a.json:3:5 › (bestand): fout');
    expect(formatProblem({ file: 'content/a.json', line: 3, path: 'x', message: 'fout', hint: 'doe iets' })).toBe('content/a.json:3 › x: fout (doe iets)');
    expect(formatProblem({ file: 'content/a.json', path: 'x', message: 'fout' })).toBe('content/a.json › x: fout');
  });
  it('sorts by file, line, path', () => {
    const s = sortProblems([
      { file: 'b', line: 1, path: '', message: '' }, { file: 'a', line: 9, path: 'z', message: '' },
      { file: 'a', line: 2, path: 'y', message: '' }, { file: 'a', line: 2, path: 'x', message: '' }, { file: 'a', path: '', message: '' },
    ]);
    expect(s.map((p) => `${p.file}${p.line ?? ''}${p.path}`)).toEqual(['a', 'a2x', 'a2y', 'a9z', 'b1']);
  });
});

describe('YAML errors after an explanation line', () => {
  it('point at the faulty line, not at the comment above it', async () => {
    const { parseFrontmatter } = await import('../../src/lib/validate/parse.ts');
    const result = parseFrontmatter('---\ntitel: x\n# uitleg over het veld\n  keten: y\nrol: z\n---\ntekst\n');
    expect(result).toMatchObject({ line: 4, column: 1 });
  });
});
