import fs from 'node:fs';
import http, { type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { count, eq } from 'drizzle-orm';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { auditLog, media } from '@/db/schema';
import { importPastedImage } from '@/lib/dal/pasted-images';
import type { PickedImage } from '@/lib/media/types';
import { actAs } from '@/test/fake-auth';
import { freshNewsroom, reloadUser, type Newsroom } from '@/test/newsroom';
import { POST } from './route';

vi.mock('@/lib/auth/auth', () => import('@/test/fake-auth'));

const mediaDir = fs.mkdtempSync(path.join(os.tmpdir(), 'communique-pasted-images-'));
process.env.MEDIA_DIR = mediaDir;

const ORIGIN = { origin: 'http://localhost:3000' };
let n: Newsroom;
let server: Server;
let site: string;
let shade = 0;

/** A PNG no other call makes, so that each is a new picture for the library. */
const picture = async () => {
  shade += 1;
  const background = { r: (shade * 61) % 256, g: (shade * 29) % 256, b: (shade * 97) % 256 };
  return sharp({ create: { width: 640, height: 480, channels: 3, background } })
    .png()
    .toBuffer();
};
const served = new Map<string, { type: string; body: Buffer }>();

// Another website, on this machine: the address guard refuses it as loopback unless it is on
// MEDIA_IMPORT_ALLOW_HOSTS, which these tests set, as the end-to-end server does.
beforeAll(async () => {
  n = await freshNewsroom();
  server = http.createServer((request, response) => {
    const found = served.get(request.url ?? '');
    if (request.url === '/elsewhere') return response.writeHead(302, { location: 'http://192.168.1.1/x.png' }).end();
    if (!found) return response.writeHead(404).end();
    response.writeHead(200, { 'content-type': found.type }).end(found.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  site = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  process.env.MEDIA_IMPORT_ALLOW_HOSTS = new URL(site).host;
});
afterAll(async () => {
  delete process.env.MEDIA_IMPORT_ALLOW_HOSTS;
  await new Promise((resolve) => server.close(resolve));
  fs.rmSync(mediaDir, { recursive: true, force: true });
});

const asPerson = async (person: keyof Newsroom['people'] | null) =>
  actAs(person ? await reloadUser(n.db, n.people[person].id) : null);
const post = (fields: Record<string, string | File>, id = n.releases.panamaDraft.id) => {
  const body = new FormData();
  body.set('language', 'fr');
  for (const [name, value] of Object.entries(fields)) body.set(name, value);
  return POST(
    new Request(`http://localhost/api/releases/${id}/pasted-images`, { method: 'POST', body, headers: ORIGIN }),
    { params: Promise.resolve({ id }) },
  );
};
const serve = async (name: string, type = 'image/png') => {
  const body = await picture();
  served.set(`/${name}`, { type, body });
  return { url: `${site}/${name}`, body };
};
/** Rows, audit entries and stored files: what a refused import must leave as it was. */
const stored = async () => {
  const [[rows], [audits]] = await Promise.all([
    n.db.select({ n: count() }).from(media),
    n.db.select({ n: count() }).from(auditLog),
  ]);
  return { rows: rows!.n, audits: audits!.n, files: fs.readdirSync(mediaDir, { recursive: true }).length };
};

describe('importing an image pasted from another site', () => {
  it('brings it into the library for the writer of the release, without alt text yet, and audits where it came from', async () => {
    await asPerson('panamaWriter');
    const { url } = await serve('harbour.png');
    const response = await post({ url });
    expect(response.status).toBe(201);
    const image = (await response.json()) as PickedImage;
    expect(image).toMatchObject({ alt: '', credit: '', width: 640, height: 480 });
    expect(image.src).toMatch(/^\/media\/[0-9a-f]{2}\/[0-9a-f]{64}\/w640\.webp$/);
    const [row] = await n.db.select().from(media).where(eq(media.id, image.mediaId));
    expect(row).toMatchObject({ originalName: 'harbour.png', alt: {}, uploadedById: n.people.panamaWriter.id });
    const [audit] = await n.db.select().from(auditLog).where(eq(auditLog.subjectId, image.mediaId));
    expect(audit).toMatchObject({ action: 'media.uploaded', actorId: n.people.panamaWriter.id });
    expect(audit!.data).toMatchObject({ source: site, releaseId: n.releases.panamaDraft.id });
  });

  it('answers a picture the library already has with its alt text in the release language', async () => {
    await asPerson('panamaWriter');
    const { url, body } = await serve('known.png');
    const first = await importPastedImage({ releaseId: n.releases.panamaDraft.id, language: 'fr', url });
    if (first === 'not_found' || !first.ok) throw new Error('refused');
    await n.db
      .update(media)
      .set({ alt: { fr: 'Le port au lever du jour' } })
      .where(eq(media.id, first.image.mediaId));
    const again = await post({ file: new File([new Uint8Array(body)], 'image001.png') });
    expect(await again.json()).toMatchObject({ mediaId: first.image.mediaId, alt: 'Le port au lever du jour' });
  });

  it('imports for the region’s editor a picture the clipboard carried itself (a Word data: image), by the same checks', async () => {
    await asPerson('americasEditor');
    const response = await post({ file: new File([new Uint8Array(await picture())], 'image002.png') });
    expect(response.status).toBe(201);
    expect(await response.json()).toMatchObject({ alt: '', width: 640 });
  });

  it('refuses a page that only pretends to be an image, storing nothing', async () => {
    await asPerson('panamaWriter');
    served.set('/fake.png', { type: 'image/png', body: Buffer.from('<svg onload="alert(1)"></svg>') });
    const before = await stored();
    const response = await post({ url: `${site}/fake.png` });
    expect([response.status, await response.json()]).toEqual([415, { error: 'unsupported_type' }]);
    expect(await stored()).toEqual(before);
  });

  it('refuses an address that redirects to a private network, storing nothing', async () => {
    await asPerson('panamaWriter');
    const before = await stored();
    const response = await post({ url: `${site}/elsewhere` });
    expect([response.status, await response.json()]).toEqual([422, { error: 'blocked_address' }]);
    expect(await stored()).toEqual(before);
  });

  it('refuses cloud metadata and the server itself, whatever the allowance says about other hosts', async () => {
    await asPerson('panamaWriter');
    for (const url of ['http://169.254.169.254/latest/meta-data', 'http://2130706433/', 'http://[::1]:3000/']) {
      const response = await post({ url });
      expect(await response.json()).toEqual({ error: 'blocked_address' });
    }
  });

  it('refuses an address that is not http or https', async () => {
    await asPerson('panamaWriter');
    const response = await post({ url: 'file:///etc/passwd' });
    expect(response.status).toBe(400);
  });
});

describe('who may import pasted images into a release', () => {
  it('answers 404 to a writer of another office, fetching and storing nothing', async () => {
    await asPerson('senegalWriter');
    const { url } = await serve('not-yours.png');
    const before = await stored();
    const response = await post({ url });
    expect([response.status, await response.json()]).toEqual([404, { error: 'not_found' }]);
    expect(await stored()).toEqual(before);
    expect(
      await importPastedImage({ releaseId: n.releases.panamaDraft.id, language: 'fr', url }, { allowHosts: new Set() }),
    ).toBe('not_found');
  });

  it('answers 404 for a release in review, whose text its writer may no longer change', async () => {
    await asPerson('panamaWriter');
    const { url } = await serve('in-review.png');
    const before = await stored();
    const response = await post({ url }, n.releases.panamaInReview.id);
    expect(response.status).toBe(404);
    expect(await stored()).toEqual(before);
  });

  it('answers 401 to someone signed out', async () => {
    await asPerson(null);
    const { url } = await serve('signed-out.png');
    const before = await stored();
    expect((await post({ url })).status).toBe(401);
    expect(await stored()).toEqual(before);
  });
});
