import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { auditLog, offices } from '@/db/schema';
import { actAs } from '@/test/fake-auth';
import { freshNewsroom, type Newsroom } from '@/test/newsroom';
import { CreateOfficeInput } from '@/lib/validation/offices';
import { createOffice, getOfficeForAdmin, listOfficesForAdmin, updateOffice } from './offices';

vi.mock('@/lib/auth/auth', () => import('@/test/fake-auth'));

let n: Newsroom;
beforeAll(async () => {
  n = await freshNewsroom();
  actAs(n.people.admin);
});

const fields = {
  nameFr: 'Bureau',
  nameEn: 'Office',
  nameEs: 'Oficina',
  cityFr: 'Lima',
  cityEn: 'Lima',
  cityEs: 'Lima',
  countryCode: 'PE',
  timeZone: 'America/Lima',
  defaultLanguage: 'es' as const,
};

describe('the office hierarchy', () => {
  it('lists each office after its parent, with its depth', async () => {
    const list = await listOfficesForAdmin();
    const codes = list.map((office) => `${office.depth}:${office.code}`);
    expect(codes.indexOf('1:americas')).toBeLessThan(codes.indexOf('2:panama'));
    expect(codes[0]).toBe('0:hq');
  });

  it('adds a country office under a region, and audits it', async () => {
    const result = await createOffice({ code: 'peru', kind: 'country', parentId: n.offices.americas.id, ...fields });
    if (!result.ok) expect.fail(result.reason);
    expect(
      await n.db.select({ action: auditLog.action }).from(auditLog).where(eq(auditLog.subjectId, result.id)),
    ).toEqual([{ action: 'office.created' }]);
  });

  it('keeps the city in each language, as the portal shows it', async () => {
    const result = await createOffice({
      code: 'ecuador',
      kind: 'country',
      parentId: n.offices.americas.id,
      ...fields,
      cityFr: 'Quito',
      cityEn: 'Quito',
      cityEs: 'San Francisco de Quito',
    });
    if (!result.ok) expect.fail(result.reason);
    expect((await getOfficeForAdmin(result.id)).cities).toEqual({
      fr: 'Quito',
      en: 'Quito',
      es: 'San Francisco de Quito',
    });
  });

  it('asks for the city in every language', () => {
    const parsed = CreateOfficeInput.safeParse({
      code: 'bolivia',
      kind: 'country',
      parentId: '',
      ...fields,
      cityEn: ' ',
    });
    expect(parsed.success ? [] : parsed.error.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([
      ['cityEn', 'required'],
    ]);
  });

  it('refuses a country office directly under headquarters, and a second office with the same code', async () => {
    expect(await createOffice({ code: 'chile', kind: 'country', parentId: n.offices.hq.id, ...fields })).toEqual({
      ok: false,
      reason: 'invalid_parent',
    });
    expect(await createOffice({ code: 'panama', kind: 'country', parentId: n.offices.americas.id, ...fields })).toEqual(
      { ok: false, reason: 'office_code_taken' },
    );
    expect(await n.db.select().from(offices).where(eq(offices.code, 'chile'))).toEqual([]);
  });

  it('moves nothing when an edit would put a country office under another country office', async () => {
    const before = (await n.db.select().from(offices).where(eq(offices.id, n.offices.panama.id)))[0];
    expect(await updateOffice({ officeId: n.offices.panama.id, parentId: n.offices.senegal.id, ...fields })).toEqual({
      ok: false,
      reason: 'invalid_parent',
    });
    expect((await n.db.select().from(offices).where(eq(offices.id, n.offices.panama.id)))[0]).toEqual(before);
  });

  it('changes the time zone and default language of an office', async () => {
    expect(
      await updateOffice({
        officeId: n.offices.panama.id,
        parentId: n.offices.americas.id,
        ...fields,
        timeZone: 'America/Panama',
        defaultLanguage: 'en',
      }),
    ).toEqual({ ok: true, id: n.offices.panama.id });
    const [after] = await n.db.select().from(offices).where(eq(offices.id, n.offices.panama.id));
    expect(after).toMatchObject({ timeZone: 'America/Panama', defaultLanguage: 'en' });
  });
});
