import 'server-only';
import { asc, eq, ilike, or, sql } from 'drizzle-orm';
import { notFound } from 'next/navigation';
import { z } from 'zod';
import { db } from '@/db/client';
import { offices, pressOfficers, type OfficeKind } from '@/db/schema';
import type { Locale, LocalizedText } from '@/lib/i18n/locales';
import type { PressOfficerIdInput, PressOfficerInput, UpdatePressOfficerInput } from '@/lib/validation/press-directory';
import { recordAudit } from './audit';
import { likePattern } from './like-pattern';
import { keepsOfficeResources } from './scope';
import { getCurrentEditorOrAdmin, getCurrentUser, type CurrentUser } from './session';

export type PressOfficerDTO = {
  id: string;
  officeId: string;
  officeCode: string;
  officeNames: LocalizedText;
  name: string;
  role: string;
  phones: string[];
  email: string;
  languages: Locale[];
  /** Whether the signed-in person may change this entry. */
  editable: boolean;
};

export type DirectoryOfficeDTO = { id: string; code: string; kind: OfficeKind; names: LocalizedText };

const COLUMNS = {
  id: pressOfficers.id,
  officeId: pressOfficers.officeId,
  officeCode: offices.code,
  officeNames: offices.names,
  name: pressOfficers.name,
  role: pressOfficers.role,
  phones: pressOfficers.phones,
  email: pressOfficers.email,
  languages: pressOfficers.languages,
};

const OFFICE_ORDER = sql`case ${offices.kind} when 'hq' then 0 when 'regional' then 1 else 2 end`;

/**
 * The whole directory, which every signed-in person reads (its entries end up on published
 * releases): the office given first (the person's own by default), then the others, by name.
 */
export async function listPressOfficers(
  options: { firstOfficeId?: string; q?: string } = {},
): Promise<PressOfficerDTO[]> {
  const user = await getCurrentUser();
  const first = options.firstOfficeId ?? user.officeId;
  const q = options.q?.trim();
  const rows = await db
    .select(COLUMNS)
    .from(pressOfficers)
    .innerJoin(offices, eq(offices.id, pressOfficers.officeId))
    .where(
      q
        ? or(
            ilike(pressOfficers.name, likePattern(q)),
            ilike(pressOfficers.role, likePattern(q)),
            ilike(pressOfficers.email, likePattern(q)),
            sql`${offices.names}::text ilike ${likePattern(q)}`,
          )
        : undefined,
    )
    .orderBy(
      sql`case when ${pressOfficers.officeId} = ${first} then 0 else 1 end`,
      OFFICE_ORDER,
      asc(offices.code),
      asc(pressOfficers.name),
    );
  return rows.map((row) => ({ ...row, editable: keepsOfficeResources(user, row.officeId) }));
}

/** The offices whose directory the person keeps, for the office field; notFound() for writers. */
export async function listDirectoryOffices(): Promise<DirectoryOfficeDTO[]> {
  const user = await getDirectoryKeeper();
  const rows = await db
    .select({ id: offices.id, code: offices.code, kind: offices.kind, names: offices.names })
    .from(offices)
    .orderBy(OFFICE_ORDER, asc(offices.code));
  return rows.filter((office) => keepsOfficeResources(user, office.id));
}

/** Editors and admins keep the directory; anyone else gets a 404 on its forms. */
export async function getDirectoryKeeper(): Promise<CurrentUser> {
  return getCurrentEditorOrAdmin();
}

/** One entry, to change it; notFound() unless the person keeps its office's directory. */
export async function getPressOfficerForEdit(id: string): Promise<PressOfficerDTO> {
  const user = await getDirectoryKeeper();
  if (!z.uuid().safeParse(id).success) notFound();
  const [row] = await db
    .select(COLUMNS)
    .from(pressOfficers)
    .innerJoin(offices, eq(offices.id, pressOfficers.officeId))
    .where(eq(pressOfficers.id, id));
  if (!row || !keepsOfficeResources(user, row.officeId)) notFound();
  return { ...row, editable: true };
}

const valuesOf = (input: PressOfficerInput) => ({
  officeId: input.officeId,
  name: input.name,
  role: input.role,
  phones: input.phones,
  email: input.email,
  languages: input.languages,
});

async function keeperOf(officeId: string): Promise<CurrentUser> {
  const user = await getDirectoryKeeper();
  if (!keepsOfficeResources(user, officeId)) notFound();
  const [office] = await db.select({ id: offices.id }).from(offices).where(eq(offices.id, officeId));
  if (!office) notFound();
  return user;
}

export async function createPressOfficer(input: PressOfficerInput): Promise<{ id: string }> {
  const user = await keeperOf(input.officeId);
  return db.transaction(async (tx) => {
    const values = valuesOf(input);
    const [created] = await tx
      .insert(pressOfficers)
      .values({ ...values, createdById: user.id, updatedById: user.id })
      .returning({ id: pressOfficers.id });
    await recordAudit(tx, {
      actor: { id: user.id, email: user.email },
      action: 'press_officer.created',
      subjectType: 'press_officer',
      subjectId: created!.id,
      data: values,
    });
    return created!;
  });
}

/**
 * Changes a directory entry, and may move it to another office the person keeps. Releases that
 * took a copy of the entry keep theirs.
 */
export async function updatePressOfficer(input: UpdatePressOfficerInput): Promise<void> {
  const user = await keeperOf(input.officeId);
  await db.transaction(async (tx) => {
    const [before] = await tx.select().from(pressOfficers).where(eq(pressOfficers.id, input.officerId)).for('update');
    if (!before || !keepsOfficeResources(user, before.officeId)) notFound();
    const values = valuesOf(input);
    await tx
      .update(pressOfficers)
      .set({ ...values, updatedById: user.id })
      .where(eq(pressOfficers.id, before.id));
    await recordAudit(tx, {
      actor: { id: user.id, email: user.email },
      action: 'press_officer.updated',
      subjectType: 'press_officer',
      subjectId: before.id,
      data: { before: valuesOf(before), after: values },
    });
  });
}

/** Removes an entry from the directory (and from the templates that named it); releases keep their copy. */
export async function deletePressOfficer(input: PressOfficerIdInput): Promise<void> {
  const user = await getDirectoryKeeper();
  await db.transaction(async (tx) => {
    const [before] = await tx.select().from(pressOfficers).where(eq(pressOfficers.id, input.officerId)).for('update');
    if (!before || !keepsOfficeResources(user, before.officeId)) notFound();
    await tx.delete(pressOfficers).where(eq(pressOfficers.id, before.id));
    await recordAudit(tx, {
      actor: { id: user.id, email: user.email },
      action: 'press_officer.deleted',
      subjectType: 'press_officer',
      subjectId: before.id,
      data: { officeId: before.officeId, name: before.name, email: before.email },
    });
  });
}
