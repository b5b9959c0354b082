// The build's content check, run in a worker thread so Astro can load its config and content meanwhile.
// Hands back the formatted problems (Dutch lines) and, for a build without problems, the indicators it has read
// and validated, as JSON: the build then does not read and parse every indicator again on its own thread.
import { parentPort, workerData } from 'node:worker_threads';
import { formatProblem, validateContent } from '../lib/validate/index.ts';
import { idOrder } from '../data/indicators.ts';
import type { CheckOutcome } from './content-check.ts';

const { contentDir, root, referenceDate, handOver, mdxTexts } = workerData as { contentDir: string; root: string; referenceDate?: string; handOver: boolean; mdxTexts: boolean };
const { problems, entries } = await validateContent(contentDir, root, { referenceDate, mdxTexts });
const indicators = () => [...(entries.get('indicatoren')?.values() ?? [])].map(({ id, data }) => ({ id, data })).sort(idOrder);
parentPort!.postMessage({ problems: problems.map(formatProblem), indicatorsJson: handOver && !problems.length ? JSON.stringify(indicators()) : undefined } satisfies CheckOutcome);
