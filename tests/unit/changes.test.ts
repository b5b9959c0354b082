import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { diffSnapshots, firstVersion, liveLink } from '../../src/lib/changes/diff.ts';
import { readChangeHistory, readCurrent } from '../../src/data/changes.ts';
import { buildHistory, changesForKeten, groupByDate } from '../../src/lib/changes/history.ts';
import { parseContentFile, snapshotKey } from '../../src/lib/changes/parse.ts';
import type { Snapshot } from '../../src/lib/changes/types.ts';

const FIXTURE = resolve('tests/fixtures/site');
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type J = any;

/** The fixture site as a snapshot, and the changes after editing a deep copy of it. */
const base = readCurrent(FIXTURE);
function diffAfter(edit: (s: Map<string, J>) => void) {
  const after = new Map<string, J>([...base].map(([k, v]) => [k, structuredClone(v)]));
  edit(after);
  return diffSnapshots(base, after);
}
const vt = (s: Map<string, J>, id = 'gezond-thuis') => s.get(`verandertheorie/${id}`);
const ind = (s: Map<string, J>, id: string) => s.get(`indicatoren/${id}`);
const assumption = (s: Map<string, J>, id: string) => vt(s).verbanden.flatMap((v: J) => v.aannames ?? []).find((a: J) => a.id === id);

describe('parse', () => {
  it('maps content paths to snapshot keys and skips what does not matter', () => {
    expect(snapshotKey('site.json')).toBe('site');
    expect(snapshotKey('indicatoren/vroegsignalen.json')).toBe('indicatoren/vroegsignalen');
    expect(snapshotKey('ketens/gezond-thuis.mdx')).toBe('ketens/gezond-thuis');
    expect(snapshotKey('verhalen/x.md')).toBe('verhalen/x');
    expect(snapshotKey('begrippen/aanname.md')).toBeUndefined();
    expect(snapshotKey('bronnen.json')).toBeUndefined();
    expect(snapshotKey('ketens/x.json')).toBeUndefined();
  });
  it('reads JSON and frontmatter, and gives undefined for unreadable text', () => {
    expect(parseContentFile('a/x.json', '{"a": 1}')).toEqual({ a: 1 });
    expect(parseContentFile('ketens/x.mdx', '---\nnaam: X\nstatus: concept\n---\n\nTekst')).toEqual({ naam: 'X', status: 'concept' });
    expect(parseContentFile('a/x.json', '{"a": 12,5}')).toBeUndefined();
    expect(parseContentFile('ketens/x.mdx', 'geen frontmatter')).toBeUndefined();
  });
});

describe('diff: ketens and verandertheorie', () => {
  it('keten added, removed, status changed', () => {
    expect(diffAfter((s) => s.set('ketens/armoede', { naam: 'Armoede en Schulden', status: 'concept' }))).toEqual([
      { kind: 'keten-toegevoegd', ketens: ['armoede'], text: 'Nieuwe keten: Armoede en Schulden.', link: '/ketens/armoede/' },
    ]);
    expect(diffAfter((s) => s.delete('ketens/jeugd'))).toEqual([
      { kind: 'keten-verwijderd', ketens: ['jeugd'], text: 'De keten Jeugd en Gezin staat niet meer op de site.' },
    ]);
    expect(diffAfter((s) => (s.get('ketens/werk-en-inkomen').status = 'vastgesteld'))).toEqual([
      { kind: 'keten-status', ketens: ['werk-en-inkomen'], text: 'Keten Werk en Inkomen: de status is veranderd van concept naar vastgesteld.', link: '/ketens/werk-en-inkomen/' },
    ]);
  });

  it('verandertheorie added, removed, status changed', () => {
    expect(diffAfter((s) => s.set('verandertheorie/jeugd', { status: 'concept', toelichting: 'x', knopen: [{ id: 'amb', soort: 'ambitie', titel: 'Veilig opgroeien' }] }))).toEqual([
      { kind: 'verandertheorie-toegevoegd', ketens: ['jeugd'], text: 'De keten Jeugd en Gezin heeft nu een verandertheorie (concept).', link: '/ketens/jeugd/#verandertheorie' },
    ]);
    expect(diffAfter((s) => s.delete('verandertheorie/werk-en-inkomen'))).toEqual([
      { kind: 'verandertheorie-verwijderd', ketens: ['werk-en-inkomen'], text: 'De verandertheorie van de keten Werk en Inkomen staat niet meer op de site.', link: '/ketens/werk-en-inkomen/' },
    ]);
    expect(diffAfter((s) => (vt(s, 'werk-en-inkomen').status = 'vastgesteld'))).toEqual([
      { kind: 'verandertheorie-status', ketens: ['werk-en-inkomen'], text: 'Verandertheorie van Werk en Inkomen: de status is veranderd van concept naar vastgesteld.', link: '/ketens/werk-en-inkomen/#verandertheorie' },
    ]);
  });

  it('result nodes added and removed; other nodes are not listed', () => {
    const changes = diffAfter((s) => {
      const t = vt(s);
      t.knopen.push({ id: 'rk-minder-vallen', soort: 'resultaat-kort', titel: 'Minder valpartijen', geenIndicatorReden: 'Nog niet geteld.' });
      t.knopen.push({ id: 'amb-meedoen', soort: 'ambitie', titel: 'Iedereen doet mee' });
      t.knopen.push({ id: 'a-valpreventie', soort: 'activiteit', titel: 'Valpreventie' });
      t.knopen = t.knopen.filter((k: J) => k.id !== 'rk-minder-eenzaam');
      t.verbanden = t.verbanden.filter((v: J) => v.van !== 'rk-minder-eenzaam' && v.naar !== 'rk-minder-eenzaam');
    });
    expect(changes.filter((c) => c.kind.startsWith('resultaat'))).toEqual([
      { kind: 'resultaat-toegevoegd', ketens: ['gezond-thuis'], text: 'Nieuw in de verandertheorie van Gezond en Thuis: resultaat (korte termijn) ‘Minder valpartijen’.', link: '/ketens/gezond-thuis/#resultaat-rk-minder-vallen' },
      { kind: 'resultaat-toegevoegd', ketens: ['gezond-thuis'], text: 'Nieuw in de verandertheorie van Gezond en Thuis: ambitie ‘Iedereen doet mee’.', link: '/ketens/gezond-thuis/#resultaat-amb-meedoen' },
      { kind: 'resultaat-verwijderd', ketens: ['gezond-thuis'], text: 'Uit de verandertheorie van Gezond en Thuis gehaald: resultaat (korte termijn) ‘Minder eenzaamheid’.', link: '/ketens/gezond-thuis/#verandertheorie' },
    ]);
    expect(changes.every((c) => c.kind.startsWith('resultaat'))).toBe(true); // removed links took no assumption status with them
  });

  it('assumption status changed (from → to)', () => {
    expect(diffAfter((s) => (assumption(s, 'huisarts-deelt-zorgen').status = 'twijfelachtig'))).toEqual([
      {
        kind: 'aanname-status', ketens: ['gezond-thuis'],
        text: 'Aanname ‘Huisartsen hebben tijd om elke maand mee te praten’ bij Gezond en Thuis: de status is veranderd van ongetoetst naar twijfelachtig.',
        link: '/ketens/gezond-thuis/#aanname-huisarts-deelt-zorgen',
      },
    ]);
  });
});

describe('diff: indicators', () => {
  it('indicator added, with the ketens that use it', () => {
    const nieuw = { ...structuredClone(base.get('indicatoren/ervaren-kwaliteit') as J), titel: 'Valincidenten bij ouderen' };
    expect(diffAfter((s) => s.set('indicatoren/valincidenten', nieuw))).toEqual([
      { kind: 'indicator-toegevoegd', ketens: [], text: 'Nieuwe indicator: Valincidenten bij ouderen.', link: '/indicatoren/valincidenten/' },
    ]);
    expect(diffAfter((s) => {
      s.set('indicatoren/valincidenten', nieuw);
      vt(s).knopen.find((k: J) => k.id === 'rl-langer-thuis').indicatoren.push('valincidenten');
    })).toEqual([
      { kind: 'indicator-toegevoegd', ketens: ['gezond-thuis'], text: 'Nieuwe indicator bij Gezond en Thuis: Valincidenten bij ouderen.', link: '/indicatoren/valincidenten/' },
    ]);
  });

  it('indicator removed', () => {
    const titel = (base.get('indicatoren/uren-jobcoaching') as J).titel;
    expect(diffAfter((s) => s.delete('indicatoren/uren-jobcoaching'))).toEqual([
      { kind: 'indicator-verwijderd', ketens: ['werk-en-inkomen'], text: `De indicator ${titel} staat niet meer op de site.` },
    ]);
  });

  it('target set, changed and dropped; an explanation alone is no change', () => {
    const titel = (id: string) => (base.get(`indicatoren/${id}`) as J).titel;
    expect(diffAfter((s) => (ind(s, 'vroegsignalen').streefwaarde = { waarde: 250, periode: '2026-H1' }))).toEqual([
      { kind: 'streefwaarde', ketens: ['gezond-thuis'], text: `${titel('vroegsignalen')}: er is nu een streefwaarde: 250 voor 1e helft 2026.`, link: '/indicatoren/vroegsignalen/' },
    ]);
    expect(diffAfter((s) => (ind(s, 'mantelzorgers-overbelast').streefwaarde.waarde = 12.5))).toEqual([
      { kind: 'streefwaarde', ketens: ['gezond-thuis'], text: `${titel('mantelzorgers-overbelast')}: de streefwaarde is veranderd van 15% voor 2026 naar 12,5% voor 2026.`, link: '/indicatoren/mantelzorgers-overbelast/' },
    ]);
    expect(diffAfter((s) => (ind(s, 'wachttijd-wmo').streefwaarde = 'geen-streefwaarde'))[0]!.text).toBe(`${titel('wachttijd-wmo')}: de streefwaarde van 42 is vervallen.`);
    expect(diffAfter((s) => (ind(s, 'mantelzorgers-overbelast').streefwaarde.toelichting = 'Anders verwoord.'))).toEqual([]);
  });

  it('new data for a period: counted per area level, or named for one area', () => {
    const titel = (base.get('indicatoren/huisbezoeken-75-plus') as J).titel;
    expect(diffAfter((s) => {
      const i = ind(s, 'huisbezoeken-75-plus');
      const last = i.observaties.filter((o: J) => o.periode === '2024');
      i.observaties.push(...last.map((o: J) => ({ ...o, periode: '2025', status: 'voorlopig' })));
    })).toEqual([
      { kind: 'nieuwe-cijfers', ketens: ['gezond-thuis'], text: `${titel}: nieuwe cijfers over 2025 voor 6 wijken.`, link: '/indicatoren/huisbezoeken-75-plus/' },
    ]);
    const budget = (base.get('indicatoren/budget-wijkteams') as J).titel;
    expect(diffAfter((s) => {
      const i = ind(s, 'budget-wijkteams');
      i.observaties.push({ ...i.observaties.at(-1), periode: '2026' }, { ...i.observaties.at(-1), periode: '2027' });
    })).toEqual([
      { kind: 'nieuwe-cijfers', ketens: ['gezond-thuis'], text: `${budget}: nieuwe cijfers over 2026 en 2027 voor Voorbeeldstad.`, link: '/indicatoren/budget-wijkteams/' },
    ]);
  });

  it('a value revised: one value in full, several counted; a status or note alone is no change', () => {
    const titel = (base.get('indicatoren/vroegsignalen') as J).titel;
    expect(diffAfter((s) => (ind(s, 'vroegsignalen').observaties.find((o: J) => o.periode === '2024-H2' && o.gebied === 'wijkteam-noord').waarde = 1231))).toEqual([
      { kind: 'cijfer-herzien', ketens: ['gezond-thuis'], text: `${titel}: het cijfer over 2e helft 2024 voor Wijkteam Noord is aangepast van 229 naar 1.231.`, link: '/indicatoren/vroegsignalen/' },
    ]);
    expect(diffAfter((s) => {
      for (const o of ind(s, 'vroegsignalen').observaties) if (o.periode.startsWith('2023')) o.waarde += 1;
    })[0]!.text).toBe(`${titel}: 4 cijfers over 1e helft 2023 en 2e helft 2023 zijn aangepast.`);
    expect(diffAfter((s) => {
      for (const o of ind(s, 'vroegsignalen').observaties) if (o.periode === '2024-H2') { o.status = 'definitief'; o.toelichting = 'Nu definitief.'; }
    })).toEqual([]);
  });
});

describe('diff: publications, recommendations, stories', () => {
  it('publication added and removed', () => {
    expect(diffAfter((s) => s.set('publicaties/monitor-2026', { titel: 'Monitor Sociale Wijkteams 2026', soort: 'onderzoek', datum: '2026-03-01', ketens: ['werk-en-inkomen'], bevindingen: [{ nummer: '1', ketens: ['gezond-thuis'] }] }))).toEqual([
      { kind: 'publicatie-toegevoegd', ketens: ['gezond-thuis', 'werk-en-inkomen'], text: 'Nieuwe publicatie: ‘Monitor Sociale Wijkteams 2026’ (onderzoek, 1 maart 2026).', link: '/publicaties/monitor-2026/' },
    ]);
    const titel = (base.get('publicaties/leertraject-sturen-2026') as J).titel;
    expect(diffAfter((s) => s.delete('publicaties/leertraject-sturen-2026'))).toEqual([
      expect.objectContaining({ kind: 'publicatie-verwijderd', text: `De publicatie ‘${titel}’ staat niet meer op de site.` }),
    ]);
  });

  it('recommendation status added: the new latest status of recommendation N of publication X', () => {
    const entry = { aanbeveling: '2.2', datum: '2026-01-05', status: 'uitgevoerd', toelichting: 'Alle wijken hebben afspraken.' };
    expect(diffAfter((s) => s.get('aanbevelingen/evaluatie-wijkteams-2024').statussen.push(entry))).toEqual([
      {
        kind: 'aanbeveling-status', ketens: ['gezond-thuis'],
        text: 'Aanbeveling 2.2 ‘Maak afspraken met huisartsen’ uit ‘Evaluatie Sociale Wijkteams Voorbeeldstad 2024’ heeft een nieuwe stand: uitgevoerd (5 januari 2026). Daarvoor: in uitvoering.',
        link: '/publicaties/evaluatie-wijkteams-2024/#aanbeveling-2-2', stand: 'evaluatie-wijkteams-2024|2.2|2026-01-05',
      },
    ]);
    // An older entry filled in afterwards does not change the current stand: not listed.
    expect(diffAfter((s) => s.get('aanbevelingen/evaluatie-wijkteams-2024').statussen.push({ ...entry, datum: '2025-01-05', status: 'in-uitvoering' }))).toEqual([]);
    // Only the explanation changed: not listed.
    expect(diffAfter((s) => (s.get('aanbevelingen/evaluatie-wijkteams-2024').statussen[0].toelichting = 'Beter verwoord.'))).toEqual([]);
  });

  it('a new stand with the same status says the status stays', () => {
    const changes = diffAfter((s) => {
      const statussen = s.get('aanbevelingen/evaluatie-wijkteams-2024').statussen as J[];
      const latest = statussen.filter((e) => e.aanbeveling === '2.2').sort((a, b) => String(a.datum).localeCompare(String(b.datum))).at(-1)!;
      statussen.push({ ...latest, datum: '2026-02-01', toelichting: 'Nog steeds bezig.' });
    });
    expect(changes.map((c) => c.text)).toEqual(['Aanbeveling 2.2 ‘Maak afspraken met huisartsen’ uit ‘Evaluatie Sociale Wijkteams Voorbeeldstad 2024’ heeft een nieuwe stand van 1 februari 2026; de status blijft in uitvoering.']);
  });

  it('a corrected status (same date, another status, the old entry gone) is a correction, not a new stand', () => {
    const changes = diffAfter((s) => {
      const statussen = s.get('aanbevelingen/evaluatie-wijkteams-2024').statussen as J[];
      const latest = statussen.filter((e) => e.aanbeveling === '2.2').sort((a, b) => String(a.datum).localeCompare(String(b.datum))).at(-1)!;
      latest.status = 'toegezegd';
    });
    expect(changes).toHaveLength(1);
    expect(changes[0]!.text).toMatch(/^Aanbeveling 2\.2 ‘Maak afspraken met huisartsen’ uit ‘Evaluatie Sociale Wijkteams Voorbeeldstad 2024’: de stand van .+ stond hier fout en is gecorrigeerd\. Die stand is toegezegd, niet in uitvoering\.$/);
  });

  it('a first status of a recommendation', () => {
    const changes = diffAfter((s) => s.get('aanbevelingen/evaluatie-wijkteams-2024').statussen = s.get('aanbevelingen/evaluatie-wijkteams-2024').statussen.filter((e: J) => e.aanbeveling !== '2.3'));
    expect(changes).toEqual([]); // removing a status is no news
    const before = new Map(base);
    const file = structuredClone(base.get('aanbevelingen/evaluatie-wijkteams-2024') as J);
    before.set('aanbevelingen/evaluatie-wijkteams-2024', { ...file, statussen: file.statussen.filter((e: J) => e.aanbeveling !== '2.3') });
    expect(diffSnapshots(before, base)).toEqual([
      {
        kind: 'aanbeveling-status', ketens: ['gezond-thuis'],
        text: 'Aanbeveling 2.3 ‘Langere huisbezoeken’ uit ‘Evaluatie Sociale Wijkteams Voorbeeldstad 2024’ heeft een eerste stand: niet overgenomen (10 december 2024).',
        link: '/publicaties/evaluatie-wijkteams-2024/#aanbeveling-2-3', stand: 'evaluatie-wijkteams-2024|2.3|2024-12-10',
      },
    ]);
  });

  it('a new publication with its status file is listed once', () => {
    const before = new Map(base);
    before.delete('publicaties/evaluatie-wijkteams-2024');
    before.delete('aanbevelingen/evaluatie-wijkteams-2024');
    expect(diffSnapshots(before, base).map((c) => c.kind)).toEqual(['publicatie-toegevoegd']);
  });

  it('story added and removed', () => {
    expect(diffAfter((s) => s.set('verhalen/nieuw-verhaal', { titel: 'Hulp bij de eerste stap', keten: 'werk-en-inkomen' }))).toEqual([
      { kind: 'verhaal-toegevoegd', ketens: ['werk-en-inkomen'], text: 'Nieuw verhaal bij Werk en Inkomen: ‘Hulp bij de eerste stap’.', link: '/verhalen/nieuw-verhaal/' },
    ]);
    expect(diffAfter((s) => s.delete('verhalen/eenzaam-in-de-flat'))).toEqual([
      { kind: 'verhaal-verwijderd', ketens: ['gezond-thuis'], text: 'Het verhaal ‘Eenzaam op vier hoog’ staat niet meer op de site.' },
    ]);
  });

  it('typo-level edits (only text changed) are not listed', () => {
    expect(diffAfter((s) => {
      s.get('ketens/gezond-thuis').samenvatting += ' Nu zonder tikfout.';
      s.get('ketens/gezond-thuis').naam = 'Gezond & Thuis';
      vt(s).toelichting = 'Anders gezegd.';
      vt(s).knopen[0].titel = 'Huisbezoeken bij 75-plussers';
      assumption(s, 'huisarts-deelt-zorgen').tekst = 'Huisartsen hebben elke maand tijd.';
      ind(s, 'vroegsignalen').definitie = 'Beter uitgelegd.';
      ind(s, 'vroegsignalen').kop = 'Andere kop';
      s.get('publicaties/evaluatie-wijkteams-2024').samenvatting = 'Korter.';
      s.get('verhalen/eenzaam-in-de-flat').titel = 'Eenzaam op driehoog';
      s.get('site').titel = 'Andere titel';
    })).toEqual([]);
  });
});

describe('history (pure)', () => {
  const file = (path: string, data: unknown) => ({ path, status: 'A' as const, text: JSON.stringify(data) });
  const keten = (naam: string, status: string) => `---\nnaam: ${naam}\nstatus: ${status}\n---\n\nTekst.`;

  it('summarises the first version instead of listing every file as added, then lists changes newest first', () => {
    const h = buildHistory([
      { hash: 'a1', date: '2025-01-01', files: [{ path: 'site.json', status: 'A', text: '{}' }] },
      { hash: 'b2', date: '2025-01-02', files: [{ path: 'ketens/k.mdx', status: 'A', text: keten('Keten K', 'concept') }, file('indicatoren/i.json', { titel: 'I' }), file('indicatoren/j.json', { titel: 'J' })] },
      { hash: 'c3', date: '2025-02-01', files: [{ path: 'ketens/k.mdx', status: 'M', text: keten('Keten K', 'vastgesteld') }, { path: 'indicatoren/j.json', status: 'D' }] },
      { hash: 'd4', date: '2025-02-01', files: [{ path: 'ketens/l.mdx', status: 'A', text: keten('Keten L', 'concept') }, { path: 'begrippen/x.md', status: 'A', text: '---\nterm: x\n---' }] },
      { hash: 'e5', date: '2025-03-01', files: [{ path: 'ketens/k.mdx', status: 'M', text: '---\nnaam: [kapot\n---' }] },
    ], new Map([['ketens/k', {}], ['indicatoren/i', {}]]));
    expect(h).toEqual({
      state: 'volledig',
      since: '2025-01-02',
      changes: [
        { date: '2025-02-01', commit: 'd4', kind: 'keten-toegevoegd', ketens: ['l'], text: 'Nieuwe keten: Keten L.' }, // l is gone now: no link
        { date: '2025-02-01', commit: 'c3', kind: 'keten-status', ketens: ['k'], text: 'Keten Keten K: de status is veranderd van concept naar vastgesteld.', link: '/ketens/k/' },
        { date: '2025-02-01', commit: 'c3', kind: 'indicator-verwijderd', ketens: [], text: 'De indicator J staat niet meer op de site.' },
        { date: '2025-01-02', commit: 'b2', kind: 'eerste-versie', ketens: [], text: 'Eerste versie van de inhoud op deze site: 1 keten en 2 indicatoren.' },
      ],
    });
    if (h.state !== 'volledig') throw new Error('unreachable');
    expect(groupByDate(h.changes).map((g) => [g.date, g.changes.length])).toEqual([['2025-02-01', 3], ['2025-01-02', 1]]);
    expect(changesForKeten(h.changes, 'k').map((c) => c.commit)).toEqual(['c3']);
  });

  it('a stand that a later commit corrected says so in its own entry', () => {
    const pub = { path: 'publicaties/p.mdx', status: 'A' as const, text: '---\ntitel: Evaluatie P\nsoort: evaluatie\ndatum: "2024-01-01"\naanbevelingen:\n  - nummer: "1"\n    titel: Doe iets\n---\n\nTekst.' };
    const statuses = (status: string) => file('aanbevelingen/p.json', { publicatie: 'p', statussen: [{ aanbeveling: '1', datum: '2025-06-17', status }] });
    const h = buildHistory([
      { hash: 'a1', date: '2025-01-02', files: [{ path: 'ketens/k.mdx', status: 'A', text: keten('Keten K', 'concept') }, pub] },
      { hash: 'b2', date: '2025-06-20', files: [statuses('toegezegd')] },
      { hash: 'c3', date: '2025-12-03', files: [statuses('onbekend')] },
    ]);
    if (h.state !== 'volledig') throw new Error('unreachable');
    expect(h.changes.map((c) => [c.commit, c.text])).toEqual([
      ['c3', 'Aanbeveling 1 ‘Doe iets’ uit ‘Evaluatie P’: de stand van 17 juni 2025 stond hier fout en is gecorrigeerd. Die stand is onbekend, niet toegezegd.'],
      ['b2', 'Aanbeveling 1 ‘Doe iets’ uit ‘Evaluatie P’ heeft een eerste stand: toegezegd (17 juni 2025). Deze stand is op 3 december 2025 gecorrigeerd.'],
      ['a1', expect.stringContaining('Eerste versie')],
    ]);
  });

  it('no commits: no list', () => {
    expect(buildHistory([])).toMatchObject({ state: 'onvolledig', reason: 'geen-commits' });
  });

  it('first version text counts every kind', () => {
    expect(firstVersion(base).text).toBe('Eerste versie van de inhoud op deze site: 3 ketens, 2 verandertheorieën, 17 indicatoren, 5 publicaties en 6 verhalen.');
  });

  it('links are kept, shortened to the page, or dropped when their target has gone', () => {
    const current: Snapshot = base;
    expect(liveLink('/ketens/gezond-thuis/#resultaat-rk-vroeg-signaal', current)).toBe('/ketens/gezond-thuis/#resultaat-rk-vroeg-signaal');
    expect(liveLink('/ketens/gezond-thuis/#resultaat-bestaat-niet', current)).toBe('/ketens/gezond-thuis/');
    expect(liveLink('/ketens/gezond-thuis/#aanname-huisarts-deelt-zorgen', current)).toBe('/ketens/gezond-thuis/#aanname-huisarts-deelt-zorgen');
    expect(liveLink('/ketens/jeugd/#verandertheorie', current)).toBe('/ketens/jeugd/#verandertheorie');
    expect(liveLink('/ketens/bestaat-niet/', current)).toBeUndefined();
    expect(liveLink('/indicatoren/vroegsignalen/', current)).toBe('/indicatoren/vroegsignalen/');
    expect(liveLink('/indicatoren/weg/', current)).toBeUndefined();
    expect(liveLink('/publicaties/evaluatie-wijkteams-2024/#aanbeveling-2-1', current)).toBe('/publicaties/evaluatie-wijkteams-2024/#aanbeveling-2-1');
    expect(liveLink('/publicaties/evaluatie-wijkteams-2024/#aanbeveling-9-9', current)).toBe('/publicaties/evaluatie-wijkteams-2024/');
    expect(liveLink('/verhalen/eenzaam-in-de-flat/', current)).toBe('/verhalen/eenzaam-in-de-flat/');
  });
});

describe('git reader (temp repositories)', () => {
  let tmp: string;
  let repo: string;
  const env = (date?: string) => ({
    ...process.env,
    HOME: tmp,
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_CONFIG_GLOBAL: join(tmp, 'gitconfig'),
    ...(date ? { GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date } : {}),
  });
  const git = (cwd: string, args: string[], date?: string) => execFileSync('git', args, { cwd, env: env(date), stdio: ['ignore', 'pipe', 'pipe'] }).toString();
  const path = (rel: string) => join(repo, 'content', rel);
  const read = (rel: string): J => JSON.parse(readFileSync(path(rel), 'utf8'));
  const write = (rel: string, data: J) => writeFileSync(path(rel), JSON.stringify(data, null, 2) + '\n');
  const commit = (message: string, date: string) => {
    git(repo, ['add', '-A']);
    git(repo, ['commit', '-q', '-m', message], date);
  };
  const SUBSET = [
    'site.json', 'ketens/gezond-thuis.mdx', 'verandertheorie/gezond-thuis.json', 'indicatoren/vroegsignalen.json',
    'publicaties/evaluatie-wijkteams-2024.mdx', 'aanbevelingen/evaluatie-wijkteams-2024.json',
  ];

  beforeAll(() => {
    tmp = mkdtempSync(join(tmpdir(), 'changes-test-'));
    repo = join(tmp, 'repo');
    mkdirSync(repo);
    git(repo, ['init', '-q', '-b', 'main']);
    git(repo, ['config', 'user.name', 'Redactie Test']);
    git(repo, ['config', 'user.email', 'redactie@example.org']);
    writeFileSync(join(repo, 'README.md'), 'Test\n');
    commit('Project zonder inhoud', '2025-10-01T09:00:00+0200');
    for (const rel of SUBSET) {
      mkdirSync(dirname(path(rel)), { recursive: true });
      cpSync(join(FIXTURE, rel), path(rel));
    }
    commit('Eerste inhoud', '2025-11-03T10:00:00+0100');

    // A typo fixed: not listed.
    const keten = readFileSync(path('ketens/gezond-thuis.mdx'), 'utf8');
    writeFileSync(path('ketens/gezond-thuis.mdx'), keten.replace('Zij willen', 'Ze willen') + '\nEen extra zin.\n');
    commit('Tikfout', '2025-11-10T10:00:00+0100');

    const vt = read('verandertheorie/gezond-thuis.json');
    vt.knopen.push({ id: 'rk-minder-vallen', soort: 'resultaat-kort', titel: 'Minder valpartijen', indicatoren: ['vroegsignalen'] });
    write('verandertheorie/gezond-thuis.json', vt);
    commit('Resultaat toegevoegd', '2025-11-17T10:00:00+0100');

    const vt2 = read('verandertheorie/gezond-thuis.json');
    vt2.verbanden.flatMap((v: J) => v.aannames ?? []).find((a: J) => a.id === 'huisarts-deelt-zorgen').status = 'twijfelachtig';
    write('verandertheorie/gezond-thuis.json', vt2);
    commit('Aanname getoetst', '2025-12-01T10:00:00+0100');

    const ind = read('indicatoren/vroegsignalen.json');
    ind.observaties.push(
      { periode: '2025-H1', gebied: 'wijkteam-noord', waarde: 240, status: 'voorlopig' },
      { periode: '2025-H1', gebied: 'wijkteam-zuid', waarde: 262, status: 'voorlopig' },
    );
    write('indicatoren/vroegsignalen.json', ind);
    commit('Cijfers 2025-H1', '2026-01-12T09:00:00+0100');

    const ind2 = read('indicatoren/vroegsignalen.json');
    ind2.streefwaarde = { waarde: 250, periode: '2026-H1' };
    write('indicatoren/vroegsignalen.json', ind2);
    commit('Streefwaarde', '2026-01-12T15:00:00+0100');

    const st = read('aanbevelingen/evaluatie-wijkteams-2024.json');
    st.statussen.push({ aanbeveling: '2.2', datum: '2026-01-20', status: 'uitgevoerd', toelichting: 'Alle wijken hebben afspraken.' });
    write('aanbevelingen/evaluatie-wijkteams-2024.json', st);
    commit('Stand aanbeveling 2.2', '2026-01-21T10:00:00+0100');
  });
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  it('lists the scripted changes with their commit dates, newest first', () => {
    const h = readChangeHistory({ repoRoot: repo, contentDir: 'content' });
    expect(h.state).toBe('volledig');
    if (h.state !== 'volledig') return;
    expect(h.since).toBe('2025-11-03');
    expect(h.changes.map((c) => [c.date, c.kind, c.text, c.link])).toEqual([
      ['2026-01-21', 'aanbeveling-status', 'Aanbeveling 2.2 ‘Maak afspraken met huisartsen’ uit ‘Evaluatie Sociale Wijkteams Voorbeeldstad 2024’ heeft een nieuwe stand: uitgevoerd (20 januari 2026). Daarvoor: in uitvoering.', '/publicaties/evaluatie-wijkteams-2024/#aanbeveling-2-2'],
      ['2026-01-12', 'streefwaarde', 'Vroege signalen van zorgen bij ouderen: er is nu een streefwaarde: 250 voor 1e helft 2026.', '/indicatoren/vroegsignalen/'],
      ['2026-01-12', 'nieuwe-cijfers', 'Vroege signalen van zorgen bij ouderen: nieuwe cijfers over 1e helft 2025 voor 2 wijkteams.', '/indicatoren/vroegsignalen/'],
      ['2025-12-01', 'aanname-status', 'Aanname ‘Huisartsen hebben tijd om elke maand mee te praten’ bij Gezond en Thuis: de status is veranderd van ongetoetst naar twijfelachtig.', '/ketens/gezond-thuis/#aanname-huisarts-deelt-zorgen'],
      ['2025-11-17', 'resultaat-toegevoegd', 'Nieuw in de verandertheorie van Gezond en Thuis: resultaat (korte termijn) ‘Minder valpartijen’.', '/ketens/gezond-thuis/#resultaat-rk-minder-vallen'],
      ['2025-11-03', 'eerste-versie', 'Eerste versie van de inhoud op deze site: 1 keten, 1 verandertheorie, 1 indicator en 1 publicatie.', undefined],
    ]);
    const log = git(repo, ['log', '--format=%H', '--', 'content']).trim().split('\n');
    expect(h.changes.map((c) => c.commit)).toEqual([log[0], log[1], log[2], log[3], log[4], log[6]]);
    expect(changesForKeten(h.changes, 'gezond-thuis').map((c) => c.kind)).toEqual(['aanbeveling-status', 'streefwaarde', 'nieuwe-cijfers', 'aanname-status', 'resultaat-toegevoegd']);
  });

  it('a merge on the main line counts as one change, diffed against its first parent', () => {
    const clone = join(tmp, 'merge');
    git(tmp, ['clone', '-q', repo, clone]);
    git(clone, ['config', 'user.name', 'Redactie Test']);
    git(clone, ['config', 'user.email', 'redactie@example.org']);
    git(clone, ['checkout', '-q', '-b', 'verhaal']);
    mkdirSync(join(clone, 'content/verhalen'));
    cpSync(join(FIXTURE, 'verhalen/signaal-van-de-huisarts.mdx'), join(clone, 'content/verhalen/signaal-van-de-huisarts.mdx'));
    git(clone, ['add', '-A']);
    git(clone, ['commit', '-q', '-m', 'Verhaal'], '2026-02-01T10:00:00+0100');
    git(clone, ['checkout', '-q', 'main']);
    git(clone, ['merge', '-q', '--no-ff', '-m', 'Merge verhaal', 'verhaal'], '2026-02-03T10:00:00+0100');
    const h = readChangeHistory({ repoRoot: clone, contentDir: 'content' });
    expect(h.state === 'volledig' && h.changes[0]).toMatchObject({ date: '2026-02-03', kind: 'verhaal-toegevoegd', ketens: ['gezond-thuis'], text: 'Nieuw verhaal bij Gezond en Thuis: ‘Een signaal van de huisarts’.', link: '/verhalen/signaal-van-de-huisarts/' });
    expect(h.state === 'volledig' && h.changes.filter((c) => c.kind === 'verhaal-toegevoegd').length).toBe(1);
  });

  it('a shallow clone (depth 1) says the history is incomplete instead of listing every file as added', () => {
    const shallow = join(tmp, 'shallow');
    git(tmp, ['clone', '-q', '--depth', '1', `file://${repo}`, shallow]);
    expect(readChangeHistory({ repoRoot: shallow, contentDir: 'content' })).toEqual({
      state: 'onvolledig',
      reason: 'ondiep',
      message: 'De geschiedenis van de inhoud is niet volledig beschikbaar in deze versie van de site; daarom staan hier geen wijzigingen.',
    });
  });

  it('a folder outside any repository, or no git at all, gives the same clear state', () => {
    const plain = join(tmp, 'plain');
    mkdirSync(join(plain, 'content'), { recursive: true });
    const ceiling = process.env.GIT_CEILING_DIRECTORIES;
    process.env.GIT_CEILING_DIRECTORIES = tmp; // do not find a repository above the temp folder
    try {
      expect(readChangeHistory({ repoRoot: plain, contentDir: 'content' })).toMatchObject({ state: 'onvolledig', reason: 'geen-repository' });
    } finally {
      if (ceiling === undefined) delete process.env.GIT_CEILING_DIRECTORIES;
      else process.env.GIT_CEILING_DIRECTORIES = ceiling;
    }
    const PATH = process.env.PATH;
    process.env.PATH = join(tmp, 'no-such-bin');
    try {
      expect(readChangeHistory({ repoRoot: repo, contentDir: 'content' })).toMatchObject({ state: 'onvolledig', reason: 'geen-git' });
    } finally {
      process.env.PATH = PATH;
    }
  });

  it('a content folder without committed content has no list', () => {
    mkdirSync(join(repo, 'leeg'), { recursive: true });
    expect(readChangeHistory({ repoRoot: repo, contentDir: 'leeg' })).toMatchObject({ state: 'onvolledig', reason: 'geen-commits' });
  });
});
