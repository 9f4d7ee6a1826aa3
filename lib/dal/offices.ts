import 'server-only';
import { asc, eq } from 'drizzle-orm';
import { notFound } from 'next/navigation';
import { db, type Transaction } from '@/db/client';
import { offices, type OfficeKind } from '@/db/schema';
import type { Locale, LocalizedText } from '@/lib/i18n/locales';
import type { CreateOfficeInput, UpdateOfficeInput } from '@/lib/validation/offices';
import { recordAudit } from './audit';
import { getCurrentAdmin } from './session';

export type OfficeAdminDTO = {
  id: string;
  code: string;
  kind: OfficeKind;
  parentId: string | null;
  names: LocalizedText;
  cities: LocalizedText;
  countryCode: string;
  timeZone: string;
  defaultLanguage: Locale;
  /** 0 for headquarters, 1 for a region, 2 for a country office. */
  depth: number;
};

export type OfficeChangeResult =
  { ok: true; id: string } | { ok: false; reason: 'office_code_taken' | 'invalid_parent' };

const PARENT_KIND: Record<OfficeKind, OfficeKind | null> = { hq: null, regional: 'hq', country: 'regional' };

const columns = {
  id: offices.id,
  code: offices.code,
  kind: offices.kind,
  parentId: offices.parentId,
  names: offices.names,
  cities: offices.cities,
  countryCode: offices.countryCode,
  timeZone: offices.timeZone,
  defaultLanguage: offices.defaultLanguage,
};

/** Every office, each one followed by the offices under it, for admins. */
export async function listOfficesForAdmin(): Promise<OfficeAdminDTO[]> {
  await getCurrentAdmin();
  const rows = await db.select(columns).from(offices).orderBy(asc(offices.code));
  const under = (parentId: string | null, depth: number): OfficeAdminDTO[] =>
    rows.filter((row) => row.parentId === parentId).flatMap((row) => [{ ...row, depth }, ...under(row.id, depth + 1)]);
  return under(null, 0);
}

/** One office, for admins; calls notFound() otherwise. */
export async function getOfficeForAdmin(id: string): Promise<OfficeAdminDTO> {
  const all = await listOfficesForAdmin();
  const office = all.find((row) => row.id === id);
  if (!office) notFound();
  return office;
}

async function parentFits(tx: Transaction, kind: OfficeKind, parentId: string | null): Promise<boolean> {
  const expected = PARENT_KIND[kind];
  if (!parentId || !expected) return parentId === null && expected === null;
  const [parent] = await tx.select({ kind: offices.kind }).from(offices).where(eq(offices.id, parentId));
  return parent?.kind === expected;
}

const valuesOf = (input: CreateOfficeInput | UpdateOfficeInput) => ({
  parentId: input.parentId,
  names: { fr: input.nameFr, en: input.nameEn, es: input.nameEs },
  cities: { fr: input.cityFr, en: input.cityEn, es: input.cityEs },
  countryCode: input.countryCode,
  timeZone: input.timeZone,
  defaultLanguage: input.defaultLanguage,
});

export async function createOffice(input: CreateOfficeInput): Promise<OfficeChangeResult> {
  const admin = await getCurrentAdmin();
  return db.transaction(async (tx) => {
    const [taken] = await tx.select({ id: offices.id }).from(offices).where(eq(offices.code, input.code));
    if (taken) return { ok: false, reason: 'office_code_taken' } as const;
    if (!(await parentFits(tx, input.kind, input.parentId))) return { ok: false, reason: 'invalid_parent' } as const;
    const [created] = await tx
      .insert(offices)
      .values({ code: input.code, kind: input.kind, ...valuesOf(input) })
      .returning({ id: offices.id });
    await recordAudit(tx, {
      actor: { id: admin.id, email: admin.email },
      action: 'office.created',
      subjectType: 'office',
      subjectId: created!.id,
      data: { code: input.code, kind: input.kind },
    });
    return { ok: true, id: created!.id } as const;
  });
}

/** Updates an office; its code and kind stay as created, because links and the hierarchy rely on them. */
export async function updateOffice(input: UpdateOfficeInput): Promise<OfficeChangeResult> {
  const admin = await getCurrentAdmin();
  return db.transaction(async (tx) => {
    const [before] = await tx.select().from(offices).where(eq(offices.id, input.officeId)).for('update');
    if (!before) notFound();
    if (!(await parentFits(tx, before.kind, input.parentId))) return { ok: false, reason: 'invalid_parent' } as const;
    const values = valuesOf(input);
    await tx.update(offices).set(values).where(eq(offices.id, before.id));
    await recordAudit(tx, {
      actor: { id: admin.id, email: admin.email },
      action: 'office.updated',
      subjectType: 'office',
      subjectId: before.id,
      data: {
        before: {
          parentId: before.parentId,
          names: before.names,
          cities: before.cities,
          countryCode: before.countryCode,
          timeZone: before.timeZone,
          defaultLanguage: before.defaultLanguage,
        },
        after: values,
      },
    });
    return { ok: true, id: before.id } as const;
  });
}
