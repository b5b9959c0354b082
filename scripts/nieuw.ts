// Makes a new content item with every required field present and explained, in Dutch.
// Usage: npm run nieuw -- <soort> <id>   (soorten: keten, indicator, verhaal, publicatie, begrip)
//        npm run nieuw -- aanbeveling-status <publicatie-id> <nummer>
// CONTENT_DIR=… makes the item in another content folder. Never overwrites an existing file.
import { relative } from 'node:path';
import { contentDir } from '../src/lib/content-dir.ts';
import { planScaffold, ScaffoldError, writePlan } from '../src/lib/scaffold/index.ts';

const rel = (p: string) => relative(process.cwd(), p).split('\\').join('/') || p;

try {
  const plan = planScaffold(process.argv.slice(2), { contentDir, rel });
  writePlan(plan);
  console.log('Gemaakt:');
  for (const f of plan.files) console.log(`  ${rel(f.path)}${f.action === 'aangevuld' ? ' (nieuwe regel onderaan "statussen")' : ''}`);
  console.log('\nWat u nu doet:');
  plan.next.forEach((line, i) => console.log(`  ${i + 1}. ${line}`));
} catch (error) {
  if (!(error instanceof ScaffoldError)) throw error;
  console.error(`Niet gemaakt: ${error.message}`);
  process.exit(1);
}
