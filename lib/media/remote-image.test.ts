import http, { type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addressesFor, fetchRemoteImage, importAllowance, parseImportUrl } from './remote-image';

let server: Server;
let origin: string;
let allowHosts: ReadonlySet<string>;
let png: Buffer;

// A stand-in for another website. The guard refuses it as loopback, so each test that reaches it
// lists it in allowHosts, as MEDIA_IMPORT_ALLOW_HOSTS does for the end-to-end suite.
beforeAll(async () => {
  png = await sharp({ create: { width: 40, height: 30, channels: 3, background: '#3366aa' } })
    .png()
    .toBuffer();
  server = http.createServer((request, response) => {
    const path = request.url ?? '/';
    if (path === '/photo.png') return response.writeHead(200, { 'content-type': 'image/png' }).end(png);
    if (path === '/hop') return response.writeHead(302, { location: '/photo.png' }).end();
    if (path === '/to-private') return response.writeHead(302, { location: 'http://10.0.0.7/photo.png' }).end();
    if (path === '/to-loopback') return response.writeHead(301, { location: 'http://127.0.0.1:9/photo.png' }).end();
    if (path === '/to-file') return response.writeHead(302, { location: 'file:///etc/passwd' }).end();
    if (path.startsWith('/loop')) return response.writeHead(302, { location: `/loop${path.length}` }).end();
    if (path === '/page') return response.writeHead(200, { 'content-type': 'text/html' }).end('<p>hello</p>');
    if (path === '/huge') {
      response.writeHead(200, { 'content-type': 'image/png' });
      return response.end(Buffer.alloc(4096));
    }
    if (path === '/slow') return void setTimeout(() => response.end(png), 2_000);
    response.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  origin = `http://127.0.0.1:${port}`;
  allowHosts = importAllowance(`127.0.0.1:${port}`);
});
afterAll(() => new Promise((resolve) => server.close(resolve)));

describe('fetching a pasted image from another site', () => {
  it('brings back the bytes and the file name of an image', async () => {
    const result = await fetchRemoteImage(`${origin}/photo.png`, { allowHosts });
    expect(result).toEqual({ ok: true, bytes: new Uint8Array(png), name: 'photo.png' });
  });

  it('follows a redirect on the same allowed host', async () => {
    const result = await fetchRemoteImage(`${origin}/hop`, { allowHosts });
    expect(result.ok && result.bytes.byteLength).toBe(png.byteLength);
  });

  it('refuses the local server when it is not on the test allowance: it is loopback', async () => {
    expect(await fetchRemoteImage(`${origin}/photo.png`)).toEqual({ ok: false, reason: 'blocked_address' });
  });

  it('refuses a redirect to a private address', async () => {
    expect(await fetchRemoteImage(`${origin}/to-private`, { allowHosts })).toEqual({
      ok: false,
      reason: 'blocked_address',
    });
  });

  it('refuses a redirect to another loopback port, which the allowance does not name', async () => {
    expect(await fetchRemoteImage(`${origin}/to-loopback`, { allowHosts })).toEqual({
      ok: false,
      reason: 'blocked_address',
    });
  });

  it('refuses a redirect to anything but http or https', async () => {
    expect(await fetchRemoteImage(`${origin}/to-file`, { allowHosts })).toEqual({ ok: false, reason: 'invalid_url' });
  });

  it('gives up after three redirects', async () => {
    expect(await fetchRemoteImage(`${origin}/loop`, { allowHosts })).toEqual({
      ok: false,
      reason: 'too_many_redirects',
    });
  });

  it('refuses a web page before reading it', async () => {
    expect(await fetchRemoteImage(`${origin}/page`, { allowHosts })).toEqual({ ok: false, reason: 'not_an_image' });
  });

  it('cuts off a body larger than the limit', async () => {
    expect(await fetchRemoteImage(`${origin}/huge`, { allowHosts, maxBytes: 1024 })).toEqual({
      ok: false,
      reason: 'too_large',
    });
  });

  it('stops waiting after the timeout', async () => {
    expect(await fetchRemoteImage(`${origin}/slow`, { allowHosts, timeoutMs: 200 })).toEqual({
      ok: false,
      reason: 'timeout',
    });
  });

  it('answers a missing image as an error of the other site', async () => {
    expect(await fetchRemoteImage(`${origin}/nothing.png`, { allowHosts })).toEqual({
      ok: false,
      reason: 'http_error',
    });
  });
});

describe('which URLs and hosts the import accepts', () => {
  it.each([
    'ftp://example.com/a.png',
    'file:///etc/passwd',
    'javascript:alert(1)',
    'data:image/png;base64,AAAA',
    'nonsense',
    'https://user:secret@example.com/a.png',
  ])('refuses %s', (url) => expect(parseImportUrl(url)).toBeUndefined());

  it.each([
    ['a decimal host', 'http://2130706433/a.png'],
    ['an octal host', 'http://0177.0.0.1/a.png'],
    ['a hexadecimal host', 'http://0x7f.1/a.png'],
    ['a shortened host', 'http://127.1/a.png'],
    ['an IPv4-mapped IPv6 host', 'http://[::ffff:127.0.0.1]/a.png'],
    ['the IPv6 loopback', 'http://[::1]/a.png'],
    ['0.0.0.0', 'http://0.0.0.0/a.png'],
    ['cloud metadata', 'http://169.254.169.254/latest/meta-data'],
  ])('refuses %s, whatever way the address is written', async (_what, url) => {
    expect(await addressesFor(parseImportUrl(url)!)).toBe('blocked_address');
  });

  it('refuses a host name when any of its addresses is private', async () => {
    const resolve = async () => ['93.184.216.34', '10.1.2.3'];
    expect(await addressesFor(new URL('https://images.example/a.png'), { resolve })).toBe('blocked_address');
  });

  it('accepts a host name whose addresses are all public', async () => {
    const resolve = async () => ['93.184.216.34', '2606:2800:220:1::1'];
    expect(await addressesFor(new URL('https://images.example/a.png'), { resolve })).toEqual([
      '93.184.216.34',
      '2606:2800:220:1::1',
    ]);
  });

  it('answers a host name that does not resolve as unreachable', async () => {
    const resolve = async () => Promise.reject(new Error('ENOTFOUND'));
    expect(await addressesFor(new URL('https://nowhere.example/a.png'), { resolve })).toBe('unreachable');
  });

  it('reads the test allowance as exact host and port pairs', () => {
    expect([...importAllowance(' 127.0.0.1:5161 , localhost:80,')]).toEqual(['127.0.0.1:5161', 'localhost:80']);
    expect(importAllowance(undefined).size).toBe(0);
  });
});
