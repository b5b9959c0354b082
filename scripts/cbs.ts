// Downloads figures of a CBS table (OData v3) and imports them into an indicator, exactly like
// `npm run importeer -- --cbs <bestand>`. Usage:
//   npm run cbs -- <tabel> --indicator <id> --maat <onderwerp> [--gemeente GM0479] [--periode 2024] [--bewaar <bestand.json>] [--samenvoegen] [--droog]
// CBS_ODATA_URL points at another server (tests use a local one). Writes nothing when anything is wrong.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { contentDir } from '../src/lib/content-dir.ts';
import { CBS_ODATA_URL, DownloadError, downloadCbs } from '../src/lib/import/cbs-download.ts';
import { planCbsImport } from '../src/lib/import/cbs-plan.ts';
import { formatReport, writeImport } from '../src/lib/import/index.ts';
import { didYouMean } from '../src/lib/suggest.ts';

const USAGE = `Gebruik: npm run cbs -- <tabel> --indicator <id> --maat <onderwerp> [--gemeente GM0479] [--periode <jaar>] [--bewaar <bestand.json>] [--samenvoegen] [--droog]

  <tabel>              het nummer van de CBS-tabel, bijvoorbeeld 85984NED (Kerncijfers wijken en buurten 2024)
  --indicator <id>     de indicator in ${contentDir}/indicatoren/ waar de cijfers bij horen (verplicht)
  --maat <code>        het onderwerp, bijvoorbeeld AantalInwoners_5 (verplicht; zie DataProperties van de tabel)
  --gemeente <code>    de CBS-code van de gemeente (standaard gemeenteCbsCode uit site.json)
  --periode <jaar>     het jaar, voor tabellen zonder Perioden (de Kerncijfers wijken en buurten: één tabel per jaar)
  --bewaar <bestand>   bewaar het antwoord van CBS, zodat u later kunt nagaan waar de cijfers vandaan komen
  --samenvoegen        vervang bestaande cijfers voor dezelfde periode en hetzelfde gebied
  --droog              laat zien wat er zou veranderen, zonder iets te schrijven

Een indicator per wijk haalt de wijken van de gemeente op, een indicator per gemeente de gemeente zelf.
Voorbeeld: npm run cbs -- 85984NED --indicator inwoners-per-wijk --maat AantalInwoners_5 --periode 2024 --droog`;

const rel = (p: string) => relative(process.cwd(), p).split('\\').join('/') || p;
const fail = (message: string) => {
  console.error(`Niet geïmporteerd: ${message}${/[.?]$/.test(message) ? '' : '.'}\n`);
  console.error(USAGE);
  process.exit(1);
};

const argv = process.argv.slice(2);
const values: Record<string, string> = {};
const flags = new Set<string>();
let table: string | undefined;
const WITH_VALUE = ['--indicator', '--maat', '--gemeente', '--periode', '--bewaar'];
const FLAGS = ['--samenvoegen', '--droog'];
for (let i = 0; i < argv.length; i++) {
  const arg = argv[i]!;
  if (arg === '--help' || arg === '-h') {
    console.log(USAGE);
    process.exit(0);
  }
  if (WITH_VALUE.includes(arg)) {
    const value = argv[++i];
    if (value === undefined || value.startsWith('--')) fail(`${arg} heeft een waarde nodig`);
    values[arg] = value!;
  } else if (FLAGS.includes(arg)) flags.add(arg);
  else if (arg.startsWith('-')) {
    const hint = didYouMean(arg, [...WITH_VALUE, ...FLAGS]);
    fail(`onbekende optie "${arg}"${hint ? `; ${hint}` : ''}`);
  } else if (table === undefined) table = arg;
  else fail(`één tabel tegelijk: "${table}" en "${arg}"`);
}
if (!table) fail('geef het nummer van de CBS-tabel, bijvoorbeeld 85984NED');
if (!values['--indicator']) fail('geef met --indicator <id> aan bij welke indicator de cijfers horen');
if (!values['--maat']) fail('geef met --maat het onderwerp, bijvoorbeeld --maat AantalInwoners_5');

// The municipality and the indicator's level decide what to download.
const siteFile = join(contentDir, 'site.json');
const site = existsSync(siteFile) ? (JSON.parse(readFileSync(siteFile, 'utf8')) as { gemeenteCbsCode?: string }) : {};
const gemeente = values['--gemeente'] ?? site.gemeenteCbsCode;
if (!gemeente) fail('geef de gemeente met --gemeente GM0479, of zet gemeenteCbsCode in site.json');
const indicatorFile = join(contentDir, 'indicatoren', `${values['--indicator']}.json`);
let niveau: 'gemeente' | 'wijk' = 'gemeente';
try {
  niveau = (JSON.parse(readFileSync(indicatorFile, 'utf8')) as { gebiedsniveau?: string }).gebiedsniveau === 'wijk' ? 'wijk' : 'gemeente';
} catch {
  // The import itself explains a missing or broken indicator file.
}

const base = process.env.CBS_ODATA_URL ?? CBS_ODATA_URL;
let download;
try {
  download = await downloadCbs({ table: table!, gemeente: gemeente!, maat: values['--maat']!, niveau, base });
} catch (error) {
  if (error instanceof DownloadError) {
    console.error(`Niet geïmporteerd: ${error.message}`);
    process.exit(1);
  }
  throw error;
}
const source = `CBS-tabel ${table} (${download.data.value.length} records)`;
const plan = await planCbsImport({ file: source, data: download.data, indicator: values['--indicator']!, contentDir, maat: values['--maat'], periode: values['--periode'], samenvoegen: flags.has('--samenvoegen'), rel });
plan.notes.unshift(`Opgehaald: ${download.urls.at(-1)}`);
const report = formatReport(plan, { droog: flags.has('--droog'), file: source, rel });
if (plan.errors.length) {
  console.error(report.join('\n'));
  process.exit(1);
}
if (values['--bewaar']) writeFileSync(values['--bewaar'], JSON.stringify(download.data, null, 1) + '\n');
if (!flags.has('--droog')) writeImport(plan);
console.log(report.join('\n'));
if (values['--bewaar']) console.log(`Het antwoord van CBS staat in ${values['--bewaar']}.`);
