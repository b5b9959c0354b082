import { createServer } from 'node:http';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort, queueTo } from '../../scripts/lib/editor-backend.ts';

describe('the queue in front of the editor\'s local backend', () => {
  const closers: (() => void)[] = [];
  afterAll(() => closers.forEach((c) => c()));

  it('passes requests on one at a time, in order, each with its own answer', async () => {
    // A stand-in for decap-server that counts how many requests it handles at once.
    let busy = 0;
    let most = 0;
    const seen: string[] = [];
    const upstream = createServer((req, res) => {
      let body = '';
      req.on('data', (c: Buffer) => (body += c));
      req.on('end', () => {
        busy++;
        most = Math.max(most, busy);
        seen.push(body);
        setTimeout(() => {
          busy--;
          res.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify({ echo: body }));
        }, 30);
      });
    });
    const upstreamPort = await freePort();
    await new Promise<void>((r) => upstream.listen(upstreamPort, '127.0.0.1', r));
    const port = await freePort();
    const queue = await queueTo(upstreamPort, port);
    closers.push(() => upstream.close(), () => queue.close());

    const bodies = ['a', 'b', 'c', 'd', 'e'].map((x) => JSON.stringify({ action: x }));
    const answers = await Promise.all(bodies.map((body) => fetch(`http://127.0.0.1:${port}/api/v1`, { method: 'POST', body }).then((r) => r.json() as Promise<{ echo: string }>)));
    expect(answers.map((a) => a.echo)).toEqual(bodies);
    expect(seen).toEqual(bodies);
    expect(most).toBe(1);
  });

  it('answers 502 while the backend is not there yet, so the editor can try again', async () => {
    const port = await freePort();
    const queue = await queueTo(await freePort(), port);
    closers.push(() => queue.close());
    const answer = await fetch(`http://127.0.0.1:${port}/api/v1`, { method: 'POST', body: '{}' });
    expect(answer.status).toBe(502);
  });
});
