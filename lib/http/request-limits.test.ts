import { describe, expect, it } from 'vitest';
import { bodyRefusal, DEFAULT_BODY_LIMIT, imageRequestRefusal, isUnreadablePath } from './request-limits.mjs';

const MB = 1024 * 1024;
const announced = (bytes: number) => ({ 'content-length': String(bytes) });
const chunked = { 'transfer-encoding': 'chunked' };

describe('the body a request may send, checked before Next reads it', () => {
  it("gives a server action Next's default of 1 MB: a sign-in with a huge field answers 413", () => {
    expect(bodyRefusal('POST', '/login', announced(20 * MB))).toEqual({ status: 413, limit: DEFAULT_BODY_LIMIT });
    expect(bodyRefusal('POST', '/login', announced(2_000))).toBeNull();
    expect(bodyRefusal('POST', '/workspace/releases/x', announced(DEFAULT_BODY_LIMIT + 1))?.status).toBe(413);
  });

  it('gives the pages that upload files no more than any other action: their files go to route handlers', () => {
    expect(bodyRefusal('POST', '/workspace/admin/import', announced(2 * MB))?.status).toBe(413);
    expect(bodyRefusal('POST', '/workspace/media/4b1c', announced(2 * MB))?.status).toBe(413);
  });

  it('lets the upload routes take their files, and no more', () => {
    expect(bodyRefusal('POST', '/api/import', announced(20 * MB))).toBeNull();
    expect(bodyRefusal('POST', '/api/media/4b1c/file', announced(15 * MB))).toBeNull();
    expect(bodyRefusal('POST', '/api/media', announced(15 * MB))).toBeNull();
    expect(bodyRefusal('POST', '/api/import', announced(100 * MB))?.status).toBe(413);
    expect(bodyRefusal('POST', '/api/media/4b1c/file', announced(100 * MB))?.status).toBe(413);
    expect(bodyRefusal('POST', '/api/media', announced(100 * MB))?.status).toBe(413);
    expect(bodyRefusal('PUT', '/api/releases/4b1c/draft', announced(60 * MB))?.status).toBe(413);
  });

  it('lets a CSV file of contacts reach its route, which answers 413 past 5 MB itself, and caps what is far larger', () => {
    expect(bodyRefusal('POST', '/api/media-contacts/import', announced(10 * MB))).toBeNull();
    expect(bodyRefusal('POST', '/api/media-contacts/import', announced(17 * MB))?.status).toBe(413);
    expect(bodyRefusal('POST', '/api/media-contacts/import', chunked)).toBeNull();
  });

  it('refuses a chunked body with 411 unless the handler counts bytes itself', () => {
    expect(bodyRefusal('POST', '/login', chunked)).toEqual({ status: 411, limit: DEFAULT_BODY_LIMIT });
    expect(bodyRefusal('POST', '/api/media', chunked)).toBeNull();
    expect(bodyRefusal('POST', '/api/media/4b1c/file', chunked)).toBeNull();
    expect(bodyRefusal('POST', '/api/import', chunked)).toBeNull();
    expect(bodyRefusal('POST', '/workspace/admin/import', chunked)?.status).toBe(411);
    expect(bodyRefusal('PUT', '/api/releases/4b1c/draft', chunked)).toBeNull();
  });

  it('leaves requests without a body alone', () => {
    expect(bodyRefusal('GET', '/login', announced(20 * MB))).toBeNull();
    expect(bodyRefusal('HEAD', '/fr', chunked)).toBeNull();
  });
});

describe("the image optimizer's url", () => {
  const refused = (url: string) => imageRequestRefusal('/_next/image', new URLSearchParams({ url, w: '640', q: '75' }));

  it('is refused with 400 when it climbs out of its path once decoded, or names another host', () => {
    for (const url of [
      '/media/%2e%2e/%2e%2e/etc/passwd',
      '/media/..%2f..%2fapi/health',
      '%2e%2e%2fsecret',
      '//evil.example/x.png',
      '/media/..\\x',
      '/media/%E0%A4%A',
    ])
      expect(refused(url), url).toEqual({ status: 400 });
  });

  it('leaves plain paths of ours, and every other request, to Next', () => {
    expect(refused('/media/ab/ab12cd/w960.webp')).toBeNull();
    expect(imageRequestRefusal('/fr/news', new URLSearchParams({ url: '../x' }))).toBeNull();
  });
});

describe('a path no page can have', () => {
  it('is one with a broken escape or a control character', () => {
    for (const path of ['/fr/news/%E0%A4%A', '/%E0%A4%A', '/workspace/%E0%A4%A', '/fr/news/%00', '/fr/%0d%0a'])
      expect(isUnreadablePath(path), path).toBe(true);
  });

  it('is not an ordinary or an encoded path', () => {
    for (const path of ['/fr/news/le-panama', '/workspace/%61dmin/users', '/es/b%C3%BAsqueda', '/fr'])
      expect(isUnreadablePath(path), path).toBe(false);
  });
});
