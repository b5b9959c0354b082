// The build's content check, run in a worker thread so Astro can load its config and content meanwhile.
// Hands back the formatted problems (Dutch lines), nothing else: the entries are not needed by the build.
import { parentPort, workerData } from 'node:worker_threads';
import { formatProblem, validateContent } from '../lib/validate/index.ts';

const { contentDir, root, referenceDate } = workerData as { contentDir: string; root: string; referenceDate?: string };
const { problems } = await validateContent(contentDir, root, { referenceDate });
parentPort!.postMessage(problems.map(formatProblem));
