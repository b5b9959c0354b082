// The editor's local backend (decap-server on a git folder), behind a queue. decap-server runs one request at a
// time and fails any request that waits more than 3 seconds for its turn ("Request timed out", a fixed value
// with no setting). The editor sends several requests at once, and on a busy computer one git step can take
// longer than that. The queue hands decap-server one request at a time, so none waits inside it; the editor
// itself waits up to 60 seconds for an answer. Used by `npm run redacteur` and the browser test.
import { spawn } from 'node:child_process';
import { createServer, request, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createRequire } from 'node:module';
import { createServer as createNetServer } from 'node:net';

export const freePort = () => new Promise<number>((resolve) => {
  const s = createNetServer().listen(0, '127.0.0.1', () => {
    const { port } = s.address() as { port: number };
    s.close(() => resolve(port));
  });
});

/** Sends one request on to decap-server and answers with its response; settles when that answer is sent. */
function forward(port: number, req: IncomingMessage, body: Buffer, res: ServerResponse): Promise<void> {
  return new Promise((resolve) => {
    const upstream = request({ host: '127.0.0.1', port, path: req.url, method: req.method, headers: req.headers }, (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
      answer.on('end', resolve);
      answer.on('error', resolve);
    });
    upstream.on('error', () => {
      // Not started yet, or stopped: the editor (and the test's wait) try again.
      res.writeHead(502, { 'Content-Type': 'application/json' }).end('{"error":"lokale editor-server niet bereikbaar"}');
      resolve();
    });
    upstream.end(body);
  });
}

/** A server on `port` that passes requests on to `upstream` one at a time, in the order they came. */
export async function queueTo(upstream: number, port: number): Promise<Server> {
  let queue = Promise.resolve();
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      queue = queue.then(() => forward(upstream, req, Buffer.concat(chunks), res));
    });
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return server;
}

/** Starts decap-server on `repo` and the queue on `port`. */
export async function startEditorBackend(options: { repo: string; port: number; logLevel?: string }): Promise<{ close: () => void; exited: Promise<number | null> }> {
  const inner = await freePort();
  const script = createRequire(import.meta.url).resolve('decap-server/dist/index.js');
  const child = spawn(process.execPath, [script], {
    env: { ...process.env, PORT: String(inner), MODE: 'git', GIT_REPO_DIRECTORY: options.repo, LOG_LEVEL: options.logLevel ?? 'warn' },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
  const server = await queueTo(inner, options.port);
  return {
    exited,
    close: () => {
      server.close();
      child.kill();
    },
  };
}
