import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { keyBatches, purgeEdgeKeys } from './purge';
import { edgePurgeUrls } from './surrogate-keys.mjs';

const SECRET = 'test-only-edge-secret-0000';

type Received = { method?: string; keys?: string; secret?: string };

/** A stand-in edge that records purges and answers with the status `answer` gives. */
async function fakeEdge(answer: (count: number) => number = () => 200) {
  const received: Received[] = [];
  const server = http.createServer((request, response) => {
    received.push({
      method: request.method,
      keys: request.headers['xkey-purge'] as string | undefined,
      secret: request.headers['edge-purge-secret'] as string | undefined,
    });
    response.writeHead(answer(received.length), { 'x-purged': '3' }).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  servers.push(server);
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, received };
}

const servers: http.Server[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => new Promise((resolve) => server.close(resolve))));
});

describe('the edges to purge', () => {
  it('are read from EDGE_PURGE_URLS, separated by commas or spaces', () => {
    expect(edgePurgeUrls({ EDGE_PURGE_URLS: 'http://10.0.0.5:6081, http://10.0.0.6:6081 ' })).toEqual([
      'http://10.0.0.5:6081',
      'http://10.0.0.6:6081',
    ]);
  });

  it('are none without it, and then nothing is sent', async () => {
    expect(edgePurgeUrls({})).toEqual([]);
    await expect(purgeEdgeKeys(['menus'], { edges: [], secret: SECRET })).resolves.toBeUndefined();
  });
});

describe('purging keys', () => {
  it('sends every edge one PURGE with the keys and the shared secret', async () => {
    const [a, b] = [await fakeEdge(), await fakeEdge()];
    await purgeEdgeKeys(['publication:fr:accord', 'publications:fr', 'publications:fr'], {
      edges: [a.url, b.url],
      secret: SECRET,
    });
    for (const edge of [a, b]) {
      expect(edge.received).toEqual([
        { method: 'PURGE', keys: 'publication:fr:accord publications:fr', secret: SECRET },
      ]);
    }
  });

  it('splits a long list of keys over several requests that each fit in a header', async () => {
    const edge = await fakeEdge();
    const keys = Array.from({ length: 400 }, (_, index) => `publication:fr:imported-release-number-${index}`);
    await purgeEdgeKeys(keys, { edges: [edge.url], secret: SECRET });
    expect(edge.received.length).toBeGreaterThan(1);
    expect(edge.received.every(({ keys: sent }) => sent!.length <= 4_000)).toBe(true);
    expect(edge.received.flatMap(({ keys: sent }) => sent!.split(' '))).toEqual(keys);
  });

  it('tries every edge, then fails when one refused, so that the whole purge is tried again', async () => {
    const [refusing, accepting] = [await fakeEdge(() => 403), await fakeEdge()];
    await expect(purgeEdgeKeys(['menus'], { edges: [refusing.url, accepting.url], secret: SECRET })).rejects.toThrow(
      /failed on 1 of 2 edges: .* answered 403/,
    );
    expect(accepting.received).toHaveLength(1);
  });

  it('fails for an edge that cannot be reached', async () => {
    const edge = await fakeEdge();
    const gone = edge.url;
    await new Promise((resolve) => servers.pop()!.close(resolve));
    await expect(purgeEdgeKeys(['menus'], { edges: [gone], secret: SECRET })).rejects.toThrow(/failed on 1 of 1/);
  });

  it('refuses to send anything without a secret', async () => {
    const edge = await fakeEdge();
    await expect(purgeEdgeKeys(['menus'], { edges: [edge.url], secret: '' })).rejects.toThrow(/EDGE_PURGE_SECRET/);
    expect(edge.received).toEqual([]);
  });
});

describe('key lists', () => {
  it('keep every key whole', () => {
    expect(keyBatches(['aaaa', 'bbbb', 'cccc'], 9)).toEqual(['aaaa bbbb', 'cccc']);
  });
});
