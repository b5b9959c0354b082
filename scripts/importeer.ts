// Imports the figures of a CSV or XLSX export into the observaties of an indicator, in Dutch conventions.
// Usage: npm run importeer -- <bestand.csv|bestand.xlsx> --indicator <id> [--samenvoegen] [--droog] [--blad <naam>]
//    or: npm run importeer -- --cbs <bestand.json|bestand.csv> --indicator <id> [--maat <onderwerp>] [--periode <jaar>] [--vergelijk]
// CONTENT_DIR=… imports into another content folder. Writes nothing when any row cannot be read.
import { relative } from 'node:path';
import { contentDir } from '../src/lib/content-dir.ts';
import { planCbsImport } from '../src/lib/import/cbs-plan.ts';
import { formatReport, planImport, WriteError, writeImport } from '../src/lib/import/index.ts';
import { didYouMean } from '../src/lib/suggest.ts';

const USAGE = `Gebruik: npm run importeer -- <bestand.csv of bestand.xlsx> --indicator <id> [--samenvoegen] [--droog] [--blad <naam>]
   of: npm run importeer -- --cbs <bestand.json of bestand.csv> --indicator <id> [--maat <onderwerp>] [--periode <jaar>] [--vergelijk]

  --indicator <id>   de indicator in ${contentDir}/indicatoren/ waar de cijfers bij horen (verplicht)
  --samenvoegen      vervang bestaande cijfers voor dezelfde periode en hetzelfde gebied; de rest blijft staan
  --droog            laat zien wat er zou veranderen, zonder iets te schrijven
  --blad <naam>      het werkblad van een Excel-bestand (standaard het eerste)
  --decimaalteken komma|punt
                     het decimaalteken van de getallen, als het bestand dat niet duidelijk maakt
  --cbs <bestand>    een bestand van CBS StatLine: een opgeslagen antwoord van de API (JSON) of een CSV met de kolomcodes van CBS
  --maat <code>      het onderwerp in het CBS-bestand, bijvoorbeeld AantalInwoners_5 (hoeft niet als er maar één is)
  --periode <jaar>   het jaar voor een CBS-bestand zonder kolom Perioden, zoals de Kerncijfers wijken en buurten
  --vergelijk        neem ook de gemeenten uit ${contentDir}/gemeenten/ met een cbsCode mee (een vergelijking van gemeenten)

Voorbeeld: npm run importeer -- huisbezoeken-2025.csv --indicator huisbezoeken-75-plus --droog`;

const rel = (p: string) => relative(process.cwd(), p).split('\\').join('/') || p;

function parseArgs(argv: string[]): { file?: string; cbs?: string; maat?: string; periode?: string; indicator?: string; samenvoegen: boolean; droog: boolean; vergelijk?: boolean; blad?: string; decimaalteken?: 'komma' | 'punt'; error?: string } {
  const out: ReturnType<typeof parseArgs> = { samenvoegen: false, droog: false };
  const withValue = ['--indicator', '--blad', '--decimaalteken', '--cbs', '--maat', '--periode'];
  const flags = ['--samenvoegen', '--droog', '--vergelijk'];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const [name, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    if (name === '--help' || name === '-h') return { ...out, error: '' };
    if (withValue.includes(name)) {
      const value = inline ?? argv[++i];
      if (value === undefined || value.startsWith('--')) return { ...out, error: `${name} heeft een waarde nodig, bijvoorbeeld ${name === '--indicator' ? '--indicator huisbezoeken-75-plus' : '--blad Blad1'}` };
      if (name === '--indicator') out.indicator = value;
      else if (name === '--decimaalteken') {
        if (value !== 'komma' && value !== 'punt') return { ...out, error: `--decimaalteken is komma of punt, niet "${value}"` };
        out.decimaalteken = value;
      } else if (name === '--cbs') out.cbs = value;
      else if (name === '--maat') out.maat = value;
      else if (name === '--periode') out.periode = value;
      else out.blad = value;
    } else if (flags.includes(name)) {
      if (name === '--samenvoegen') out.samenvoegen = true;
      else if (name === '--vergelijk') out.vergelijk = true;
      else out.droog = true;
    } else if (name.startsWith('-')) {
      const hint = didYouMean(name, [...withValue, ...flags]);
      return { ...out, error: `onbekende optie "${name}"${hint ? `; ${hint}` : ''}` };
    } else if (out.file === undefined) out.file = arg;
    else return { ...out, error: `één bestand tegelijk: "${out.file}" en "${arg}"` };
  }
  if (out.cbs && out.file) return { ...out, error: `één bestand tegelijk: "${out.file}" en --cbs "${out.cbs}"` };
  if ((out.maat || out.periode || out.vergelijk) && !out.cbs) return { ...out, error: '--maat, --periode en --vergelijk horen bij een CBS-bestand; geef dat met --cbs <bestand>' };
  if (out.cbs) out.file = out.cbs;
  if (!out.file) return { ...out, error: 'geef het bestand met de cijfers' };
  if (!out.indicator) return { ...out, error: 'geef met --indicator <id> aan bij welke indicator de cijfers horen' };
  return out;
}

const args = parseArgs(process.argv.slice(2));
if (args.error !== undefined) {
  if (args.error) console.error(`Niet geïmporteerd: ${args.error}${args.error.endsWith('?') ? '' : '.'}\n`);
  console.error(USAGE);
  process.exit(args.error ? 1 : 0);
}

const plan = args.cbs
  ? await planCbsImport({ file: args.cbs, indicator: args.indicator!, contentDir, samenvoegen: args.samenvoegen, maat: args.maat, periode: args.periode, vergelijk: args.vergelijk, rel })
  : await planImport({ file: args.file!, indicator: args.indicator!, contentDir, samenvoegen: args.samenvoegen, blad: args.blad, decimaalteken: args.decimaalteken, rel });
const report = formatReport(plan, { droog: args.droog, file: args.file!, rel });
if (plan.errors.length) {
  console.error(report.join('\n'));
  process.exit(1);
}
if (!args.droog) {
  try {
    writeImport(plan, undefined, rel);
  } catch (error) {
    // Every failure of writeImport is a WriteError with a Dutch message; anything else is a bug worth its trace.
    if (!(error instanceof WriteError)) throw error;
    console.error(`Niet geïmporteerd: ${error.message}`);
    process.exit(1);
  }
}
console.log(report.join('\n'));
