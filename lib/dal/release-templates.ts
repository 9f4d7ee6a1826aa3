import 'server-only';
import { and, asc, eq, inArray, isNull, or, sql } from 'drizzle-orm';
import { notFound } from 'next/navigation';
import { z } from 'zod';
import { db, type Transaction } from '@/db/client';
import {
  offices,
  pressOfficers,
  releaseTemplateContacts,
  releaseTemplates,
  releaseTemplateTopics,
  topics,
  type TemplateSection,
} from '@/db/schema';
import { writesReleases } from '@/lib/auth/roles';
import type { Locale, LocalizedText } from '@/lib/i18n/locales';
import { bodyOf, contactFromDirectory } from '@/lib/releases/template-start';
import type { RichTextDoc } from '@/lib/rich-text/types';
import type { Contact } from '@/lib/validation/contact';
import type {
  ReleaseTemplateIdInput,
  ReleaseTemplateInput,
  UpdateReleaseTemplateInput,
} from '@/lib/validation/press-directory';
import { recordAudit } from './audit';
import { keepsOfficeResources } from './scope';
import { getCurrentEditorOrAdmin, getCurrentUser, type CurrentUser } from './session';

export type ReleaseTemplateDTO = {
  id: string;
  /** `null` for a template of the whole organisation. */
  officeId: string | null;
  officeNames: LocalizedText | null;
  name: string;
  language: Locale;
  sections: TemplateSection[];
  topicIds: string[];
  officerIds: string[];
  /** Whether the signed-in person may change it. */
  editable: boolean;
};

export type TemplateChange = { ok: true; id: string } | { ok: false; reason: 'invalid_target' };

const COLUMNS = {
  id: releaseTemplates.id,
  officeId: releaseTemplates.officeId,
  officeNames: offices.names,
  name: releaseTemplates.name,
  language: releaseTemplates.language,
  sections: releaseTemplates.sections,
};

async function withLinks(
  rows: Omit<ReleaseTemplateDTO, 'topicIds' | 'officerIds' | 'editable'>[],
  editable: (officeId: string | null) => boolean,
): Promise<ReleaseTemplateDTO[]> {
  const ids = rows.map((row) => row.id);
  const [topicRows, contactRows] = ids.length
    ? await Promise.all([
        db
          .select()
          .from(releaseTemplateTopics)
          .where(inArray(releaseTemplateTopics.templateId, ids))
          .orderBy(asc(releaseTemplateTopics.topicId)),
        db
          .select()
          .from(releaseTemplateContacts)
          .where(inArray(releaseTemplateContacts.templateId, ids))
          .orderBy(asc(releaseTemplateContacts.position)),
      ])
    : [[], []];
  return rows.map((row) => ({
    ...row,
    topicIds: topicRows.filter((link) => link.templateId === row.id).map((link) => link.topicId),
    officerIds: contactRows.filter((link) => link.templateId === row.id).map((link) => link.officerId),
    editable: editable(row.officeId),
  }));
}

function selectTemplates() {
  return db.select(COLUMNS).from(releaseTemplates).leftJoin(offices, eq(offices.id, releaseTemplates.officeId));
}

const ORDER = [
  sql`${releaseTemplates.officeId} is not null`,
  sql`case ${offices.kind} when 'hq' then 0 when 'regional' then 1 else 2 end`,
  asc(offices.code),
  asc(releaseTemplates.name),
];

/**
 * The templates an editor or admin manages, with the organisation's (which only headquarters
 * changes) first; notFound() for writers, who use templates from "New release".
 */
export async function listTemplatesForManagement(): Promise<ReleaseTemplateDTO[]> {
  const user = await getCurrentEditorOrAdmin();
  const rows = await selectTemplates().orderBy(...ORDER);
  return withLinks(
    rows.filter((row) => row.officeId === null || keepsOfficeResources(user, row.officeId)),
    (officeId) => keepsOfficeResources(user, officeId),
  );
}

/** One template, to change it; notFound() unless the person keeps it. */
export async function getTemplateForEdit(id: string): Promise<ReleaseTemplateDTO> {
  const user = await getCurrentEditorOrAdmin();
  if (!z.uuid().safeParse(id).success) notFound();
  const [row] = await selectTemplates().where(eq(releaseTemplates.id, id));
  if (!row || !keepsOfficeResources(user, row.officeId)) notFound();
  const [template] = await withLinks([row], () => true);
  return template!;
}

/** The templates a new release may start from in the offices the person writes for, and the organisation's. */
export async function listTemplatesForNewRelease(): Promise<ReleaseTemplateDTO[]> {
  const user = await getCurrentUser();
  if (!writesReleases(user)) notFound();
  const own =
    user.role === 'writer'
      ? eq(releaseTemplates.officeId, user.officeId)
      : user.scope.kind === 'all'
        ? sql`true`
        : inArray(releaseTemplates.officeId, user.scope.officeIds);
  const rows = await selectTemplates()
    .where(or(isNull(releaseTemplates.officeId), own))
    .orderBy(...ORDER);
  return withLinks(rows, () => false);
}

/** The topics and directory entries the template names must exist (and the topics be in use). */
async function linksExist(tx: Transaction, input: ReleaseTemplateInput): Promise<boolean> {
  if (input.topicIds.length) {
    const known = await tx
      .select({ id: topics.id })
      .from(topics)
      .where(and(inArray(topics.id, input.topicIds), isNull(topics.retiredAt), isNull(topics.mergedIntoId)));
    if (known.length !== input.topicIds.length) return false;
  }
  if (input.officerIds.length) {
    const known = await tx
      .select({ id: pressOfficers.id })
      .from(pressOfficers)
      .where(inArray(pressOfficers.id, input.officerIds));
    if (known.length !== input.officerIds.length) return false;
  }
  return true;
}

async function writeLinks(tx: Transaction, templateId: string, input: ReleaseTemplateInput): Promise<void> {
  await tx.delete(releaseTemplateTopics).where(eq(releaseTemplateTopics.templateId, templateId));
  await tx.delete(releaseTemplateContacts).where(eq(releaseTemplateContacts.templateId, templateId));
  if (input.topicIds.length)
    await tx.insert(releaseTemplateTopics).values(input.topicIds.map((topicId) => ({ templateId, topicId })));
  if (input.officerIds.length)
    await tx
      .insert(releaseTemplateContacts)
      .values(input.officerIds.map((officerId, position) => ({ templateId, officerId, position })));
}

const valuesOf = (input: ReleaseTemplateInput) => ({
  officeId: input.officeId,
  name: input.name,
  language: input.language,
  sections: input.sections,
});

async function keeperOf(officeId: string | null): Promise<CurrentUser> {
  const user = await getCurrentEditorOrAdmin();
  if (!keepsOfficeResources(user, officeId)) notFound();
  if (officeId) {
    const [office] = await db.select({ id: offices.id }).from(offices).where(eq(offices.id, officeId));
    if (!office) notFound();
  }
  return user;
}

export async function createReleaseTemplate(input: ReleaseTemplateInput): Promise<TemplateChange> {
  const user = await keeperOf(input.officeId);
  return db.transaction(async (tx) => {
    if (!(await linksExist(tx, input))) return { ok: false, reason: 'invalid_target' } as const;
    const [created] = await tx
      .insert(releaseTemplates)
      .values({ ...valuesOf(input), createdById: user.id, updatedById: user.id })
      .returning({ id: releaseTemplates.id });
    await writeLinks(tx, created!.id, input);
    await recordAudit(tx, {
      actor: { id: user.id, email: user.email },
      action: 'release_template.created',
      subjectType: 'release_template',
      subjectId: created!.id,
      data: { ...valuesOf(input), topicIds: input.topicIds, officerIds: input.officerIds },
    });
    return { ok: true, id: created!.id } as const;
  });
}

/** Changes a template; releases already started from it keep what they took. */
export async function updateReleaseTemplate(input: UpdateReleaseTemplateInput): Promise<TemplateChange> {
  const user = await keeperOf(input.officeId);
  return db.transaction(async (tx) => {
    const [before] = await tx
      .select()
      .from(releaseTemplates)
      .where(eq(releaseTemplates.id, input.templateId))
      .for('update');
    if (!before || !keepsOfficeResources(user, before.officeId)) notFound();
    if (!(await linksExist(tx, input))) return { ok: false, reason: 'invalid_target' } as const;
    await tx
      .update(releaseTemplates)
      .set({ ...valuesOf(input), updatedById: user.id })
      .where(eq(releaseTemplates.id, before.id));
    await writeLinks(tx, before.id, input);
    await recordAudit(tx, {
      actor: { id: user.id, email: user.email },
      action: 'release_template.updated',
      subjectType: 'release_template',
      subjectId: before.id,
      data: {
        before: valuesOf({ ...before, topicIds: [], officerIds: [] }),
        after: { ...valuesOf(input), topicIds: input.topicIds, officerIds: input.officerIds },
      },
    });
    return { ok: true, id: before.id } as const;
  });
}

export async function deleteReleaseTemplate(input: ReleaseTemplateIdInput): Promise<void> {
  const user = await getCurrentEditorOrAdmin();
  await db.transaction(async (tx) => {
    const [before] = await tx
      .select()
      .from(releaseTemplates)
      .where(eq(releaseTemplates.id, input.templateId))
      .for('update');
    if (!before || !keepsOfficeResources(user, before.officeId)) notFound();
    await tx.delete(releaseTemplates).where(eq(releaseTemplates.id, before.id));
    await recordAudit(tx, {
      actor: { id: user.id, email: user.email },
      action: 'release_template.deleted',
      subjectType: 'release_template',
      subjectId: before.id,
      data: { officeId: before.officeId, name: before.name, language: before.language },
    });
  });
}

/** What a new release takes from its template: a body, topics and copies of the directory entries. */
export type TemplateStart = { body: RichTextDoc; topicIds: string[]; contacts: Contact[] };

/**
 * The start a template gives a release in `officeId`, read in the release's transaction; `undefined`
 * when the template is neither the organisation's nor that office's (or does not exist).
 */
export async function templateStartFor(
  tx: Transaction,
  templateId: string,
  officeId: string,
): Promise<(TemplateStart & { language: Locale }) | undefined> {
  const [template] = await tx
    .select({ id: releaseTemplates.id, language: releaseTemplates.language, sections: releaseTemplates.sections })
    .from(releaseTemplates)
    .where(
      and(
        eq(releaseTemplates.id, templateId),
        or(isNull(releaseTemplates.officeId), eq(releaseTemplates.officeId, officeId)),
      ),
    );
  if (!template) return undefined;
  const [topicRows, officerRows] = await Promise.all([
    tx
      .select({ id: topics.id })
      .from(releaseTemplateTopics)
      .innerJoin(topics, eq(topics.id, releaseTemplateTopics.topicId))
      .where(
        and(eq(releaseTemplateTopics.templateId, template.id), isNull(topics.retiredAt), isNull(topics.mergedIntoId)),
      ),
    tx
      .select({
        name: pressOfficers.name,
        role: pressOfficers.role,
        phones: pressOfficers.phones,
        email: pressOfficers.email,
        officeNames: offices.names,
      })
      .from(releaseTemplateContacts)
      .innerJoin(pressOfficers, eq(pressOfficers.id, releaseTemplateContacts.officerId))
      .innerJoin(offices, eq(offices.id, pressOfficers.officeId))
      .where(eq(releaseTemplateContacts.templateId, template.id))
      .orderBy(asc(releaseTemplateContacts.position)),
  ]);
  return {
    language: template.language,
    body: bodyOf(template.sections),
    topicIds: topicRows.map((row) => row.id),
    contacts: officerRows.map((officer) =>
      contactFromDirectory({ ...officer, officeName: officer.officeNames[template.language] }),
    ),
  };
}
