import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { createGzip } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.js': 'text/javascript', '.json': 'application/json',
  '.csv': 'text/csv; charset=utf-8', '.svg': 'image/svg+xml', '.xml': 'application/xml', '.png': 'image/png',
  '.wasm': 'application/wasm', '.pf_meta': 'application/octet-stream', '.pf_fragment': 'application/octet-stream', '.pf_index': 'application/octet-stream',
};

/**
 * Serves a built site on 127.0.0.1 the way a static host does: /path/ → /path/index.html, else 404.html.
 * With gzip, text is compressed as every real host does (for performance measurements). `extra` maps URL paths
 * outside the site to files of the tests (axe's script), served cacheable so the browser compiles them once.
 */
export function serve(root: string, { gzip = false, extra = {} as Record<string, string> } = {}): Promise<{ server: Server; url: string }> {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const testFile = extra[path];
    if (testFile) {
      res.writeHead(200, { 'Content-Type': TYPES[extname(testFile)] ?? 'application/octet-stream', 'Cache-Control': 'max-age=86400, immutable' });
      return void createReadStream(testFile).pipe(res);
    }
    let file = normalize(join(root, path));
    if (!file.startsWith(normalize(root))) return void res.writeHead(403).end();
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) {
      res.writeHead(404, { 'Content-Type': TYPES['.html'] });
      return void createReadStream(join(root, '404.html')).pipe(res);
    }
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    if (gzip && /text|json|svg|xml/.test(type) && /\bgzip\b/.test(String(req.headers['accept-encoding']))) {
      res.writeHead(200, { 'Content-Type': type, 'Content-Encoding': 'gzip' });
      return void createReadStream(file).pipe(createGzip()).pipe(res);
    }
    res.writeHead(200, { 'Content-Type': type });
    createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => {
    const address = server.address();
    resolve({ server, url: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}` });
  }));
}
