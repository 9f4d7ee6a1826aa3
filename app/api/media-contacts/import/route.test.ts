import { count } from 'drizzle-orm';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { mediaContacts } from '@/db/schema';
import { actAs } from '@/test/fake-auth';
import { freshNewsroom, reloadUser, type Newsroom } from '@/test/newsroom';
import { POST } from './route';

vi.mock('@/lib/auth/auth', () => import('@/test/fake-auth'));

let n: Newsroom;
beforeAll(async () => {
  n = await freshNewsroom();
});

const CSV = 'Nom;Courriel;Langues\r\nAna Ruiz;ana@prensa.example;es\r\nBen Okafor;ben@daily.example;en\r\n';

function post(
  fields: Record<string, string>,
  csv: string | Uint8Array<ArrayBuffer> = CSV,
  headers: Record<string, string> = {},
) {
  const body = new FormData();
  for (const [key, value] of Object.entries(fields)) body.set(key, value);
  body.set('file', new File([csv], 'contacts.csv', { type: 'text/csv' }));
  return POST(
    new Request('http://localhost/api/media-contacts/import', {
      method: 'POST',
      body,
      headers: { origin: 'http://localhost:3000', ...headers },
    }),
  );
}
const contactsCount = async () => (await n.db.select({ n: count() }).from(mediaContacts))[0]!.n;

describe('POST /api/media-contacts/import', () => {
  it('previews a file: its headers, first rows and a proposed mapping, changing nothing', async () => {
    actAs(await reloadUser(n.db, n.people.americasEditor.id));
    const response = await post({ step: 'preview', officeId: n.offices.panama.id });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      headers: ['Nom', 'Courriel', 'Langues'],
      rows: [
        ['Ana Ruiz', 'ana@prensa.example', 'es'],
        ['Ben Okafor', 'ben@daily.example', 'en'],
      ],
      total: 2,
      mapping: { name: 0, email: 1, languages: 2 },
    });
    expect(await contactsCount()).toBe(0);
  });

  it('imports with the mapping chosen and answers the report', async () => {
    actAs(await reloadUser(n.db, n.people.americasEditor.id));
    const response = await post({
      step: 'import',
      officeId: n.offices.panama.id,
      mapping: JSON.stringify({ name: 0, email: 1, languages: 2 }),
    });
    expect(await response.json()).toEqual({ imported: 2, rejected: [] });
    expect(await contactsCount()).toBe(2);
  });

  it('answers 404 to a writer and 401 to nobody, reading nothing', async () => {
    actAs(await reloadUser(n.db, n.people.panamaWriter.id));
    expect((await post({ step: 'preview', officeId: n.offices.panama.id })).status).toBe(404);
    actAs(null);
    expect((await post({ step: 'preview', officeId: n.offices.panama.id })).status).toBe(401);
  });

  it('answers 404 for an office outside the editor’s region, importing nothing', async () => {
    actAs(await reloadUser(n.db, n.people.westAfricaEditor.id));
    const before = await contactsCount();
    const outcome = await post({
      step: 'import',
      officeId: n.offices.panama.id,
      mapping: JSON.stringify({ name: 0, email: 1 }),
    }).catch((error: { digest?: string }) => error.digest);
    expect(outcome).toBe('NEXT_HTTP_ERROR_FALLBACK;404');
    expect(await contactsCount()).toBe(before);
  });

  it('refuses a request from another site with 403', async () => {
    actAs(await reloadUser(n.db, n.people.americasEditor.id));
    const response = await post({ step: 'preview', officeId: n.offices.panama.id }, CSV, {
      origin: 'https://evil.example',
    });
    expect(response.status).toBe(403);
  });

  it('refuses a file over 5 MB with 413, importing nothing', async () => {
    actAs(await reloadUser(n.db, n.people.americasEditor.id));
    const before = await contactsCount();
    const huge = `Name,E-mail\r\nHuge,huge@example.org\r\n${'x'.repeat(10 * 1024 * 1024)}\r\n`;
    const response = await post(
      { step: 'import', officeId: n.offices.panama.id, mapping: JSON.stringify({ name: 0, email: 1 }) },
      huge,
    );
    expect(response.status).toBe(413);
    expect(await response.json()).toEqual({ error: 'too_large', limit: 5 * 1024 * 1024 });
    expect(await contactsCount()).toBe(before);
  });

  it('answers 400 with a code for a file that is not CSV text, or a mapping without the e-mail', async () => {
    actAs(await reloadUser(n.db, n.people.americasEditor.id));
    const binary = await post({ step: 'preview', officeId: n.offices.panama.id }, new Uint8Array([0xff, 0xfe, 0x00]));
    expect(binary.status).toBe(400);
    expect(await binary.json()).toEqual({ error: 'not_utf8' });
    const unmapped = await post({
      step: 'import',
      officeId: n.offices.panama.id,
      mapping: JSON.stringify({ name: 0 }),
    });
    expect(unmapped.status).toBe(400);
    const outOfRange = await post({
      step: 'import',
      officeId: n.offices.panama.id,
      mapping: JSON.stringify({ name: 0, email: 9 }),
    });
    expect(outOfRange.status).toBe(400);
  });
});
