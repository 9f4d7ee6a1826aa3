import { count, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import {
  auditLog,
  pressOfficers,
  publications,
  releases,
  releaseTemplateContacts,
  releaseTemplates,
  releaseTemplateTopics,
  releaseTopics,
  topics,
} from '@/db/schema';
import { contactFromDirectory } from '@/lib/releases/template-start';
import type { PressOfficerInput, ReleaseTemplateInput } from '@/lib/validation/press-directory';
import { actAs } from '@/test/fake-auth';
import { insertRelease } from '@/test/fixtures';
import { freshNewsroom, reloadUser, type Newsroom } from '@/test/newsroom';
import {
  createPressOfficer,
  deletePressOfficer,
  getPressOfficerForEdit,
  listPressOfficers,
  updatePressOfficer,
} from './press-officers';
import { createRelease } from './release-drafts';
import {
  createReleaseTemplate,
  deleteReleaseTemplate,
  listTemplatesForManagement,
  listTemplatesForNewRelease,
  updateReleaseTemplate,
} from './release-templates';
import { applyTransition } from './transitions';

vi.mock('@/lib/auth/auth', () => import('@/test/fake-auth'));

let n: Newsroom;
let waterId: string;
beforeAll(async () => {
  n = await freshNewsroom();
  const [water] = await n.db
    .insert(topics)
    .values({ slug: 'water', labels: { fr: 'Eau', en: 'Water', es: 'Agua' } })
    .returning();
  waterId = water!.id;
});

type Person = { id: string } | null;
const signInAs = async (person: Person) => actAs(person && (await reloadUser(n.db, person.id)));
const auditCount = async () => (await n.db.select({ n: count() }).from(auditLog))[0]!.n;

const officer = (over: Partial<PressOfficerInput> = {}): PressOfficerInput => ({
  officeId: n.offices.panama.id,
  name: 'Lucía Pérez',
  role: 'Portavoz',
  email: 'lucia.perez@example.org',
  phones: ['+00 507 555 0100'],
  languages: ['es', 'en'],
  ...over,
});

const template = (over: Partial<ReleaseTemplateInput> = {}): ReleaseTemplateInput => ({
  officeId: n.offices.panama.id,
  name: 'Darién',
  language: 'es',
  sections: [{ heading: 'Notas para los editores', paragraphs: ['Fotos disponibles.', 'Cifras semanales.'] }],
  topicIds: [waterId],
  officerIds: [],
  ...over,
});

/** Adds an entry as Panama's regional editor, who keeps that directory. */
async function panamaOfficer(over: Partial<PressOfficerInput> = {}) {
  await signInAs(n.people.americasEditor);
  return createPressOfficer(officer(over));
}

/** Whatever the call does, the directory, the templates and the audit log are as before. */
async function refusedWithNothingChanged(call: () => Promise<unknown>): Promise<string> {
  const snapshot = async () => ({
    officers: await n.db.select().from(pressOfficers).orderBy(pressOfficers.id),
    templates: await n.db.select().from(releaseTemplates).orderBy(releaseTemplates.id),
    topics: await n.db.select().from(releaseTemplateTopics),
    contacts: await n.db.select().from(releaseTemplateContacts),
    audit: await auditCount(),
  });
  const before = await snapshot();
  let digest = 'no refusal';
  try {
    await call();
  } catch (error) {
    digest = String((error as { digest?: string }).digest);
  }
  expect(await snapshot()).toEqual(before);
  return digest;
}

const NOT_FOUND = 'NEXT_HTTP_ERROR_FALLBACK;404';
const TO_LOGIN = expect.stringContaining('/login');

describe('the press directory', () => {
  it('lets an editor add a press officer to an office of their region, and audits it', async () => {
    const before = await auditCount();
    const { id } = await panamaOfficer();
    const [row] = await n.db.select().from(pressOfficers).where(eq(pressOfficers.id, id));
    expect(row).toMatchObject({ officeId: n.offices.panama.id, name: 'Lucía Pérez', languages: ['es', 'en'] });
    expect(await auditCount()).toBe(before + 1);
    const [entry] = await n.db.select().from(auditLog).where(eq(auditLog.subjectId, id));
    expect(entry).toMatchObject({ action: 'press_officer.created', subjectType: 'press_officer' });
  });

  it('is read by every signed-in person, the given office first, and changeable only where they keep it', async () => {
    await signInAs(n.people.hqEditor);
    await createPressOfficer(officer({ officeId: n.offices.senegal.id, name: 'Awa Ndiaye', email: 'awa@example.org' }));
    await signInAs(n.people.senegalWriter);
    const fromSenegal = await listPressOfficers();
    expect(fromSenegal[0]!.officeId).toBe(n.offices.senegal.id);
    expect(fromSenegal.map((entry) => entry.officeId)).toContain(n.offices.panama.id);
    expect(fromSenegal.every((entry) => !entry.editable)).toBe(true);

    await signInAs(n.people.americasEditor);
    const fromPanama = await listPressOfficers({ firstOfficeId: n.offices.panama.id });
    expect(fromPanama[0]!.officeId).toBe(n.offices.panama.id);
    expect(fromPanama.find((entry) => entry.name === 'Awa Ndiaye')!.editable).toBe(false);
    expect(fromPanama.find((entry) => entry.officeId === n.offices.panama.id)!.editable).toBe(true);
    expect((await listPressOfficers({ q: 'ndiaye' })).map((entry) => entry.name)).toEqual(['Awa Ndiaye']);
  });

  it('lets headquarters’ editors and admins change any office’s entries', async () => {
    const { id } = await panamaOfficer();
    await signInAs(n.people.hqEditor);
    await updatePressOfficer({ ...officer({ role: 'Jefa de prensa' }), officerId: id });
    await signInAs(n.people.admin);
    expect((await getPressOfficerForEdit(id)).role).toBe('Jefa de prensa');
  });

  describe.each([
    ['a writer of the office', (): Person => n.people.panamaWriter, NOT_FOUND],
    ['the editor of another region', (): Person => n.people.westAfricaEditor, NOT_FOUND],
    ['a signed-out visitor', (): Person => null, TO_LOGIN],
  ] as const)('refuses %s, changing nothing', (_who, person, refusal) => {
    it('when adding an entry', async () => {
      await signInAs(person());
      expect(await refusedWithNothingChanged(() => createPressOfficer(officer()))).toEqual(refusal);
    });

    it('when changing an entry', async () => {
      const { id } = await panamaOfficer();
      await signInAs(person());
      expect(
        await refusedWithNothingChanged(() => updatePressOfficer({ ...officer({ name: 'Otra' }), officerId: id })),
      ).toEqual(refusal);
    });

    it('when removing an entry', async () => {
      const { id } = await panamaOfficer();
      await signInAs(person());
      expect(await refusedWithNothingChanged(() => deletePressOfficer({ officerId: id }))).toEqual(refusal);
    });

    it('when opening an entry to change it', async () => {
      const { id } = await panamaOfficer();
      await signInAs(person());
      expect(await refusedWithNothingChanged(() => getPressOfficerForEdit(id))).toEqual(refusal);
    });
  });

  it('refuses to move an entry to an office the editor does not keep', async () => {
    const { id } = await panamaOfficer();
    expect(
      await refusedWithNothingChanged(() =>
        updatePressOfficer({ ...officer({ officeId: n.offices.senegal.id }), officerId: id }),
      ),
    ).toBe(NOT_FOUND);
  });

  it('leaves published releases and drafts alone when an entry changes or leaves the directory', async () => {
    const { id } = await panamaOfficer({ name: 'Rosa Quintero', email: 'rosa@example.org' });
    const [entry] = await n.db.select().from(pressOfficers).where(eq(pressOfficers.id, id));
    const copy = contactFromDirectory({ ...entry!, officeName: 'Oficina de Panamá' });
    const inPanama = { officeId: n.offices.panama.id, authorId: n.people.panamaWriter.id };
    const words = Array.from({ length: 90 }, (_, index) => `palabra${index}`).join(' ');
    const published = await insertRelease(n.db, inPanama, {
      title: 'Tanques de agua',
      summary: 'Doce escuelas reciben tanques.',
      datelineCity: 'Santiago',
      datelineCountry: 'Panamá',
      body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: words }] }] },
      bodyText: words,
      contacts: [copy],
      state: 'approved',
    });
    await n.db.insert(releaseTopics).values({ releaseId: published.id, topicId: waterId });
    expect(await applyTransition({ kind: 'system' }, published.id, 'publish')).toMatchObject({ ok: true });
    const draft = await insertRelease(n.db, inPanama, { title: 'Borrador', contacts: [copy], state: 'draft' });

    await signInAs(n.people.americasEditor);
    await updatePressOfficer({ ...officer({ name: 'Rosa Q. Díaz', phones: ['+00 507 555 9999'] }), officerId: id });
    const contactsOf = async (releaseId: string) =>
      (await n.db.select({ contacts: releases.contacts }).from(releases).where(eq(releases.id, releaseId)))[0]!
        .contacts;
    const [publication] = await n.db.select().from(publications).where(eq(publications.releaseId, published.id));
    expect(publication!.contacts).toEqual([copy]);
    expect(await contactsOf(published.id)).toEqual([copy]);
    expect(await contactsOf(draft.id)).toEqual([copy]);

    await deletePressOfficer({ officerId: id });
    expect(await contactsOf(draft.id)).toEqual([copy]);
    expect(copy).toEqual({
      name: 'Rosa Quintero',
      role: 'Portavoz',
      office: 'Oficina de Panamá',
      phones: ['+00 507 555 0100'],
      email: 'rosa@example.org',
    });
  });
});

describe('release templates', () => {
  it('pre-fill a new release with the template’s language, boilerplate, topics and copies of its contacts', async () => {
    const { id: officerId } = await panamaOfficer({ name: 'Marta Ruiz', email: 'marta@example.org' });
    const created = await createReleaseTemplate(template({ officerIds: [officerId] }));
    expect(created.ok).toBe(true);
    const templateId = created.ok ? created.id : '';

    await signInAs(n.people.panamaWriter);
    expect((await listTemplatesForNewRelease()).map((one) => one.id)).toContain(templateId);
    const result = await createRelease({ title: 'Agua en Darién', language: 'fr', templateId });
    if (!result.ok) throw new Error(result.reason);
    const [release] = await n.db.select().from(releases).where(eq(releases.id, result.id));
    expect(release!.language).toBe('es');
    expect(release!.body.content).toEqual([
      { type: 'paragraph' },
      { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Notas para los editores' }] },
      { type: 'paragraph', content: [{ type: 'text', text: 'Fotos disponibles.' }] },
      { type: 'paragraph', content: [{ type: 'text', text: 'Cifras semanales.' }] },
    ]);
    expect(release!.bodyText).toContain('Fotos disponibles.');
    expect(release!.contacts).toEqual([
      {
        name: 'Marta Ruiz',
        role: 'Portavoz',
        office: n.offices.panama.names.es,
        phones: ['+00 507 555 0100'],
        email: 'marta@example.org',
      },
    ]);
    const topicRows = await n.db.select().from(releaseTopics).where(eq(releaseTopics.releaseId, result.id));
    expect(topicRows.map((row) => row.topicId)).toEqual([waterId]);

    // The release keeps what it took: the template and the directory may change afterwards.
    await signInAs(n.people.americasEditor);
    await updateReleaseTemplate({ ...template({ sections: [], topicIds: [] }), templateId });
    await updatePressOfficer({ ...officer({ name: 'Marta R.' }), officerId });
    const [after] = await n.db.select().from(releases).where(eq(releases.id, result.id));
    expect(after!.contacts).toEqual(release!.contacts);
    expect(after!.body).toEqual(release!.body);
  });

  it('offer a writer their own office’s templates and the organisation’s, never another office’s', async () => {
    await signInAs(n.people.hqEditor);
    const organisation = await createReleaseTemplate(
      template({ officeId: null, name: 'Organisation', language: 'en' }),
    );
    const senegal = await createReleaseTemplate(
      template({ officeId: n.offices.senegal.id, name: 'Dakar', language: 'fr' }),
    );
    if (!organisation.ok || !senegal.ok) throw new Error('not created');
    await signInAs(n.people.panamaWriter);
    const offered = (await listTemplatesForNewRelease()).map((one) => one.id);
    expect(offered).toContain(organisation.id);
    expect(offered).not.toContain(senegal.id);
    const before = (await n.db.select({ n: count() }).from(releases))[0]!.n;
    expect(await createRelease({ title: 'Ajeno', language: 'fr', templateId: senegal.id })).toEqual({
      ok: false,
      reason: 'invalid_template',
    });
    expect((await n.db.select({ n: count() }).from(releases))[0]!.n).toBe(before);
    const fromOrganisation = await createRelease({ title: 'Para todos', language: 'es', templateId: organisation.id });
    expect(fromOrganisation.ok).toBe(true);
  });

  it('are kept for the whole organisation only by headquarters', async () => {
    await signInAs(n.people.americasEditor);
    expect(
      await refusedWithNothingChanged(() => createReleaseTemplate(template({ officeId: null, name: 'Regional' }))),
    ).toBe(NOT_FOUND);
    const managed = await listTemplatesForManagement();
    expect(managed.filter((one) => one.officeId === null).every((one) => !one.editable)).toBe(true);
    expect(managed.some((one) => one.officeId === n.offices.senegal.id)).toBe(false);
  });

  it('refuse topics and contacts that do not exist', async () => {
    await signInAs(n.people.americasEditor);
    expect(await createReleaseTemplate(template({ officerIds: [crypto.randomUUID()] }))).toEqual({
      ok: false,
      reason: 'invalid_target',
    });
  });

  describe.each([
    ['a writer of the office', (): Person => n.people.panamaWriter, NOT_FOUND],
    ['the editor of another region', (): Person => n.people.westAfricaEditor, NOT_FOUND],
    ['a signed-out visitor', (): Person => null, TO_LOGIN],
  ] as const)('refuse %s, changing nothing', (_who, person, refusal) => {
    const panamaTemplate = async () => {
      await signInAs(n.people.americasEditor);
      const created = await createReleaseTemplate(template({ name: `Panamá ${crypto.randomUUID()}` }));
      if (!created.ok) throw new Error('not created');
      return created.id;
    };

    it('when creating one', async () => {
      await signInAs(person());
      expect(await refusedWithNothingChanged(() => createReleaseTemplate(template()))).toEqual(refusal);
    });

    it('when changing one', async () => {
      const templateId = await panamaTemplate();
      await signInAs(person());
      expect(
        await refusedWithNothingChanged(() => updateReleaseTemplate({ ...template({ name: 'Otro' }), templateId })),
      ).toEqual(refusal);
    });

    it('when deleting one', async () => {
      const templateId = await panamaTemplate();
      await signInAs(person());
      expect(await refusedWithNothingChanged(() => deleteReleaseTemplate({ templateId }))).toEqual(refusal);
    });
  });

  it('are deleted by the editors who keep them, and the deletion is audited', async () => {
    await signInAs(n.people.americasEditor);
    const created = await createReleaseTemplate(template({ name: 'Efímera' }));
    if (!created.ok) throw new Error('not created');
    await deleteReleaseTemplate({ templateId: created.id });
    expect(await n.db.select().from(releaseTemplates).where(eq(releaseTemplates.id, created.id))).toEqual([]);
    const actions = await n.db
      .select({ action: auditLog.action })
      .from(auditLog)
      .where(eq(auditLog.subjectId, created.id));
    expect(actions.map((row) => row.action).sort()).toEqual(['release_template.created', 'release_template.deleted']);
  });
});
