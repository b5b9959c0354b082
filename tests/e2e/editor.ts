// The browser editor end to end, on a temporary git copy of the content with the editor's local backend:
// an empty required field is refused in Dutch; then a story linked to a result, an indicator with a target, a new
// observation and a suppressed one, a new status of a recommendation and a new verandertheorie go through the
// review flow (save, ready, publish). A field filled in and emptied again is left out of the file. The files written must parse with
// our schemas, earlier statuses stay untouched, and the content check passes on the copy.
// Usage: node tests/e2e/editor.ts <built-site> [content-folder]
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { parse } from 'yaml';
import { aanbevelingStatusSchema, indicatorSchema, verandertheorieSchema, verhaalSchema, type Indicator, type Publicatie, type AanbevelingStatusFile } from '../../src/schemas/index.ts';
import { openEditor } from './editor-harness.ts';

const site = process.argv[2] ?? '';
const contentDir = process.argv[3] ?? 'content';
if (!site || !existsSync(join(site, 'admin/index.html'))) {
  console.error(`Geen gebouwde site met /admin/ gevonden in ${site || '(niets opgegeven)'}`);
  process.exit(2);
}

const failures: string[] = [];
let checks = 0;
const check = (ok: boolean, message: string) => {
  checks++;
  if (!ok) failures.push(message);
};
const readJson = <T>(path: string) => JSON.parse(readFileSync(path, 'utf8')) as T;
const frontmatter = (path: string) => parse(readFileSync(path, 'utf8').split(/^---$/m)[1] ?? '') as unknown;

// What to edit, chosen from the content so the test follows it: a keten with a verandertheorie and a result node,
// a yearly municipal indicator without a breakdown, and a publication with recommendations and a status file.
const ketenId = readdirSync(join(contentDir, 'verandertheorie')).map((f) => f.replace(/\.json$/, ''))[0]!;
const theory = readJson<{ knopen: { id: string; titel: string; soort: string }[] }>(join(contentDir, 'verandertheorie', `${ketenId}.json`));
const result = theory.knopen.find((k) => k.soort.startsWith('resultaat'))!;
const ketenNaam = String((frontmatter(join(contentDir, 'ketens', `${ketenId}.mdx`)) as { naam: string }).naam);
const indicatorFile = readdirSync(join(contentDir, 'indicatoren')).find((f) => {
  const i = readJson<Indicator>(join(contentDir, 'indicatoren', f));
  return i.frequentie === 'jaar' && i.gebiedsniveau === 'gemeente' && !i.uitsplitsing && i.observaties.some((o) => o.waarde !== null) && i.eenheid.soort === 'aantal';
})!;
const indicatorId = indicatorFile.replace(/\.json$/, '');
const indicatorBefore = readJson<Indicator>(join(contentDir, 'indicatoren', indicatorFile));
const lastObservation = indicatorBefore.observaties.filter((o) => o.waarde !== null).at(-1)!;
const newPeriod = String(Math.max(...indicatorBefore.observaties.map((o) => Number(o.periode.slice(0, 4)))) + 1);
const suppressedPeriod = String(Number(newPeriod) + 1);
const statusFile = readdirSync(join(contentDir, 'aanbevelingen'))[0]!;
const statusBefore = readJson<AanbevelingStatusFile>(join(contentDir, 'aanbevelingen', statusFile));
const publication = frontmatter(join(contentDir, 'publicaties', `${statusBefore.publicatie}.mdx`)) as Publicatie;
const recommendation = publication.aanbevelingen[0]!.nummer;
const sourceTitle = readJson<{ id: string; title: string }[]>(join(contentDir, 'bronnen.json')).find((b) => b.id === publication.document.bron)!.title;
const today = new Date().toISOString().slice(0, 10);
const bareKeten = readdirSync(join(contentDir, 'ketens')).map((f) => ({ id: f.replace(/\.mdx?$/, ''), naam: String((frontmatter(join(contentDir, 'ketens', f)) as { naam: string }).naam) }))
  .find((k) => !existsSync(join(contentDir, 'verandertheorie', `${k.id}.json`)));

const session = await openEditor(site, contentDir);
const { page, repo } = session;
const admin = page.url().replace(/#.*$/, '');
const git = (...args: string[]) => execFileSync('git', args, { cwd: repo, encoding: 'utf8' });

/** Picks an option in a select or relation field (react-select): type, then choose the matching option. */
async function choose(label: string, text: string, option = text, which: 'first' | 'last' = 'last') {
  const input = page.getByLabel(label, { exact: true })[which]();
  await input.click();
  await input.fill(text);
  await page.getByRole('option', { name: option, exact: false }).first().click({ timeout: 30_000 });
}

/** Saves, marks ready and publishes: the review flow an editor follows, ending in a merge into main. */
async function saveAndPublish(what: string) {
  await page.getByRole('button', { name: 'Opslaan', exact: true }).click();
  await page.getByRole('button', { name: 'Status: Concept' }).click();
  await page.getByRole('menuitem', { name: 'Klaar' }).click();
  await page.getByRole('button', { name: 'Status: Klaar' }).waitFor();
  await page.getByRole('button', { name: 'Publiceer', exact: true }).click();
  await page.getByRole('menuitem', { name: 'Publiceer nu' }).click();
  const merged = await waitUntil(() => !git('branch', '--list', 'cms/*').trim());
  if (!merged) await shot(page, `niet-gepubliceerd-${what}`);
  check(merged, `${what}: na "Publiceer nu" staat de wijziging nog op een eigen tak (${git('branch', '--list', 'cms/*').trim()})`);
}

/** Opens an existing entry fresh (a reload, so nothing of the previous entry lingers) and waits until it shows. */
async function openEntry(collection: string, id: string, ready: () => Promise<unknown>) {
  await page.goto(`${admin}#/collections/${collection}/entries/${id}`);
  await page.reload({ waitUntil: 'load' });
  await ready();
}

/** Waits until the text field with this label holds this value. */
const fieldHolds = (label: string, value: string) => page.waitForFunction(([l, v]) => [...document.querySelectorAll('label')].some((x) => x.firstChild?.textContent === l && (document.getElementById(x.htmlFor) as HTMLInputElement | null)?.value === v), [label, value], { timeout: 120_000 });

async function waitUntil(test: () => boolean, ms = 60_000): Promise<boolean> {
  for (const end = Date.now() + ms; Date.now() < end; await new Promise((r) => setTimeout(r, 500))) if (test()) return true;
  return false;
}

async function shot(p: Page, name: string) {
  if (process.env.EDITOR_SCREENSHOTS) await p.screenshot({ path: join(process.env.EDITOR_SCREENSHOTS, `editor-${name}.png`) });
}

try {
  // 0. A new verandertheorie, for a keten that has none: refused until the keten is chosen, then named after it.
  // First, on the freshly opened editor (see step 1).
  if (bareKeten) {
    await page.goto(`${admin}#/collections/verandertheorie/new`);
    await page.getByLabel('Hoe hij tot stand kwam', { exact: true }).waitFor({ timeout: 120_000 });
    // The node first: by then the new form is set up, and nothing typed is wiped by its start.
    await page.getByRole('button', { name: /^Voeg Knopen toe$/i }).click();
    await page.getByLabel('Id', { exact: true }).last().fill('eerste-stap');
    await choose('Soort', 'activiteit');
    await page.getByLabel('Titel', { exact: true }).last().fill('Eerste stap');
    await choose('Status', 'concept');
    await page.getByLabel('Hoe hij tot stand kwam', { exact: true }).fill('Voorbeeldtekst van de browsertest: een eerste opzet.');
    await fieldHolds('Hoe hij tot stand kwam', 'Voorbeeldtekst van de browsertest: een eerste opzet.');
    await page.getByRole('button', { name: 'Opslaan', exact: true }).click();
    const refusedName = await page.getByText(/Kies eerst bij "Keten"/).first().waitFor({ timeout: 60_000 }).then(() => true, () => false);
    await shot(page, 'verandertheorie-zonder-keten');
    check(refusedName, 'een nieuwe verandertheorie zonder keten wordt niet geweigerd met "Kies eerst bij "Keten""');
    await choose('Keten (optioneel)', bareKeten.naam);
    await saveAndPublish('nieuwe verandertheorie');
    const theoryPath = join(repo, 'content/verandertheorie', `${bareKeten.id}.json`);
    check(existsSync(theoryPath), `de nieuwe verandertheorie staat niet als content/verandertheorie/${bareKeten.id}.json in de kopie`);
    if (existsSync(theoryPath)) {
      const written = readJson<Record<string, unknown>>(theoryPath);
      const parsed = verandertheorieSchema.safeParse(written);
      check(parsed.success && !('keten' in written), `de nieuwe verandertheorie past niet in het schema: ${JSON.stringify(written)} ${parsed.error?.issues.map((i) => i.message).join('; ') ?? ''}`);
    }
  }

  // 1. A required field left empty: refused with a Dutch message, and nothing is written.
  // A second new entry in one session can keep its first save pending in the editor: start it from a fresh page.
  await page.goto(`${admin}#/collections/verhalen`);
  await page.reload({ waitUntil: 'load' });
  await page.getByText('Verhalen').first().waitFor({ timeout: 120_000 });
  await page.goto(`${admin}#/collections/verhalen/new`);
  await page.getByLabel('Titel', { exact: true }).waitFor({ timeout: 60_000 });
  // Saving is possible once something changed: fill in one field and leave the title empty.
  await page.getByLabel('Rol van de verteller', { exact: true }).fill('een wijkteammedewerker');
  await page.getByRole('button', { name: 'Opslaan', exact: true }).click();
  const refused = await page.getByText(/Titel is vereist/).first().waitFor({ timeout: 15_000 }).then(() => true, () => false);
  check(refused, 'een leeg verplicht veld (Titel) wordt niet geweigerd met "Titel is vereist."');
  check(!git('branch', '--list', 'cms/*').trim(), 'een verhaal met lege verplichte velden is toch opgeslagen');
  await shot(page, 'verplicht-veld');

  // 2. A story linked to a result of the verandertheorie.
  await page.getByLabel('Titel', { exact: true }).fill('Een wijkteammedewerker over de eerste stap');
  await choose('Keten', ketenNaam);
  await choose('Resultaten (optioneel)', result.titel.slice(0, 20), result.titel);
  await choose('Perspectief', 'professional');
  await page.getByLabel('Datum', { exact: true }).fill('2025-03');
  await choose('Soort verhaal', 'praktijkbeschrijving');
  await choose('Bron', sourceTitle.slice(0, 20), sourceTitle);
  await choose('Toestemming', 'openbare-bron');
  // An optional field filled in and emptied again: left out of the file, not saved as "".
  await page.getByLabel('Citaat (optioneel)', { exact: true }).fill('Even iets');
  await page.getByLabel('Citaat (optioneel)', { exact: true }).fill('');
  // The body is a Markdown editor (contenteditable), the last one on the page.
  await page.locator('[contenteditable="true"]').last().click();
  await page.keyboard.type('Voorbeeldtekst van de browsertest: een inwoner komt eerder bij het wijkteam.');
  // Anonymisation is off by default: saving is refused until the editor turns it on.
  await page.getByRole('button', { name: 'Opslaan', exact: true }).click();
  const anonymous = await page.getByText(/Geanonimiseerd.*moet aan staan/).first().waitFor({ timeout: 15_000 }).then(() => true, () => false);
  check(anonymous, 'een verhaal zonder "Geanonimiseerd" aan wordt niet geweigerd');
  await page.getByLabel('Geanonimiseerd', { exact: true }).click();
  await shot(page, 'verhaal');
  await saveAndPublish('verhaal');
  const storyPath = join(repo, 'content/verhalen/een-wijkteammedewerker-over-de-eerste-stap.mdx');
  check(existsSync(storyPath), `het verhaal staat niet als ${storyPath.slice(repo.length + 1)} in de kopie`);
  if (existsSync(storyPath)) {
    const story = verhaalSchema.safeParse(frontmatter(storyPath));
    check(story.success, `het verhaal past niet in het schema: ${story.error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
    check(story.data?.keten === ketenId && story.data.resultaten.includes(result.id), `het verhaal is niet gekoppeld aan keten ${ketenId} en resultaat ${result.id}: ${JSON.stringify(story.data)}`);
    check(!('citaat' in (frontmatter(storyPath) as object)), 'een leeggemaakt veld (citaat) staat toch in het verhaal');
  }

  // 3. An indicator gets a target, an observation and a suppressed one (a number typed there is not saved).
  await openEntry('indicatoren', indicatorId, () => fieldHolds('Titel', indicatorBefore.titel));
  await choose('Keuze', 'Invullen');
  await page.getByLabel('Doel (optioneel)', { exact: true }).fill(String(lastObservation.waarde));
  await page.getByLabel('Periode (optioneel)', { exact: true }).last().fill(newPeriod); // basiswaarde has one too, above
  await shot(page, 'streefwaarde');
  await page.getByRole('button', { name: /^Voeg Observaties toe$/i }).click({ timeout: 60_000 });
  await page.getByLabel('Periode', { exact: true }).last().fill(newPeriod);
  await page.getByLabel('Gebied', { exact: true }).last().fill(lastObservation.gebied);
  await page.getByLabel('Waarde (optioneel)', { exact: true }).last().fill(String(lastObservation.waarde));
  await choose('Status', 'voorlopig');
  await shot(page, 'observatie');
  await page.getByRole('button', { name: /^Voeg Observaties toe$/i }).click();
  await page.getByLabel('Periode', { exact: true }).last().fill(suppressedPeriod);
  await page.getByLabel('Gebied', { exact: true }).last().fill(lastObservation.gebied);
  await page.getByLabel('Waarde (optioneel)', { exact: true }).last().fill('3');
  await choose('Status', 'onderdrukt');
  await page.getByLabel('Toelichting (optioneel)', { exact: true }).last().fill('Even iets');
  await page.getByLabel('Toelichting (optioneel)', { exact: true }).last().fill('');
  await saveAndPublish('observatie');
  const indicator = indicatorSchema.safeParse(readJson(join(repo, 'content/indicatoren', indicatorFile)));
  check(indicator.success, `de indicator past niet meer in het schema: ${indicator.error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  const added = indicator.data?.observaties.find((o) => o.periode === newPeriod && o.gebied === lastObservation.gebied);
  check(added?.waarde === lastObservation.waarde && added.status === 'voorlopig', `de nieuwe observatie ${newPeriod} staat niet goed in de indicator: ${JSON.stringify(added)}`);
  check(indicator.data?.observaties.length === indicatorBefore.observaties.length + 2, 'de indicator heeft niet precies twee observaties meer');
  check(JSON.stringify(indicator.data?.streefwaarde) === JSON.stringify({ waarde: lastObservation.waarde, periode: newPeriod }), `de streefwaarde staat niet goed in de indicator: ${JSON.stringify(indicator.data?.streefwaarde)}`);
  const written = readJson<Indicator>(join(repo, 'content/indicatoren', indicatorFile)).observaties.find((o) => o.periode === suppressedPeriod);
  // Exactly this, in this order: the number typed is not saved, the emptied note is left out, keys in the schema's order.
  check(JSON.stringify(written) === JSON.stringify({ periode: suppressedPeriod, gebied: lastObservation.gebied, waarde: null, status: 'onderdrukt', kwalificatie: 'exact' }), `de onderdrukte observatie staat niet als "waarde": null in de indicator (of een leeggemaakt veld bleef staan): ${JSON.stringify(written)}`);

  // 4. A new dated status of a recommendation, added on top; the earlier statuses stay as they were.
  const firstStatus = statusBefore.statussen[0]!;
  await openEntry('aanbevelingen', statusFile.replace(/\.json$/, ''), () => page.getByText(`${firstStatus.aanbeveling} · ${firstStatus.datum}`).first().waitFor({ timeout: 120_000 }));
  await page.getByRole('button', { name: /^Voeg Standen toe$/i }).click({ timeout: 60_000 });
  await page.getByLabel('Aanbeveling', { exact: true }).first().fill(recommendation);
  await page.getByLabel('Datum', { exact: true }).first().fill(today);
  await choose('Status', 'in-uitvoering', 'in-uitvoering', 'first');
  await page.getByLabel('Toelichting', { exact: true }).first().fill('Voorbeeldtekst van de browsertest: het college voert dit advies uit.');
  await shot(page, 'aanbeveling');
  await saveAndPublish('stand van een aanbeveling');
  const statuses = aanbevelingStatusSchema.safeParse(readJson(join(repo, 'content/aanbevelingen', statusFile)));
  check(statuses.success, `het statusbestand past niet in het schema: ${statuses.error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  const [first, ...rest] = statuses.data?.statussen ?? [];
  check(first?.aanbeveling === recommendation && first.datum === today && first.status === 'in-uitvoering', `de nieuwe stand staat niet bovenaan: ${JSON.stringify(first)}`);
  check(JSON.stringify(rest) === JSON.stringify(aanbevelingStatusSchema.parse(statusBefore).statussen), 'eerdere standen zijn veranderd; een nieuwe stand mag niets overschrijven');

  // 5. The whole copy passes the content check, as the pull request's check would.
  let output = '';
  let passed = true;
  try {
    output = execFileSync(process.execPath, ['scripts/check.ts'], { env: { ...process.env, CONTENT_DIR: join(repo, 'content') }, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (e) {
    passed = false;
    output = String((e as { stderr?: string }).stderr ?? e);
  }
  check(passed, `npm run check op de kopie faalt:\n${output.split('\n').slice(0, 8).join('\n')}`);
  check(git('log', '--oneline').split('\n').filter(Boolean).length >= 4, 'de editor heeft niet voor elke wijziging een commit gemaakt');
} catch (e) {
  const shown = await page.evaluate(() => document.body.innerText.split('\n').filter((l) => /vereist|patroon|fout|error/i.test(l)).slice(0, 5).join(' | ')).catch(() => '');
  check(false, `de editor liep vast: ${(e as Error).message.split('\n')[0]}${shown ? ` (in beeld: ${shown})` : ''}`);
  await page.screenshot({ path: join(process.env.EDITOR_SCREENSHOTS ?? repo, 'vastgelopen.png'), fullPage: true }).catch(() => undefined);
} finally {
  await session.close();
}

console.log(`editor: ${checks} controles in de browser op een kopie van ${contentDir}/`);
for (const f of failures) console.log(`  FOUT ${f}`);
console.log(`${checks - failures.length} passed, ${failures.length} failed`);
process.exit(failures.length ? 1 : 0);
