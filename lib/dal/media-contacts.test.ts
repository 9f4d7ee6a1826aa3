import { and, count, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { auditLog, erasedAddresses, mediaContacts, mediaListMembers, mediaLists, topics } from '@/db/schema';
import { mapRows, readCsv } from '@/lib/media-contacts/csv-import';
import { erasedAddressHash } from '@/lib/media-contacts/email';
import type { MediaContactInput } from '@/lib/validation/media-contacts';
import { actAs } from '@/test/fake-auth';
import { freshNewsroom, type Newsroom } from '@/test/newsroom';
import {
  createMediaContact,
  eraseMediaContact,
  exportMediaContact,
  exportMediaContacts,
  getMediaContact,
  importMediaContacts,
  listMediaContacts,
  updateMediaContact,
} from './media-contacts';
import {
  addMediaListMember,
  createMediaList,
  deleteMediaList,
  getMediaList,
  listMediaLists,
  removeMediaListMember,
} from './media-lists';

vi.mock('@/lib/auth/auth', () => import('@/test/fake-auth'));

const NOT_FOUND = 'NEXT_HTTP_ERROR_FALLBACK;404';
async function outcomeOf(call: () => Promise<unknown>): Promise<string> {
  try {
    await call();
    return 'ok';
  } catch (error) {
    return (error as { digest?: string }).digest ?? String(error);
  }
}

let n: Newsroom;
let health: { id: string };
let climate: { id: string };
beforeAll(async () => {
  n = await freshNewsroom();
  [health, climate] = (await n.db
    .insert(topics)
    .values([
      { slug: 'health', labels: { fr: 'Santé', en: 'Health', es: 'Salud' } },
      { slug: 'climate', labels: { fr: 'Climat', en: 'Climate', es: 'Clima' } },
    ])
    .returning({ id: topics.id })) as [{ id: string }, { id: string }];
});

const contact = (overrides: Partial<MediaContactInput> = {}): MediaContactInput => ({
  officeId: n.offices.panama.id,
  name: 'Ana Ruiz',
  outlet: 'La Prensa',
  email: `ana.${crypto.randomUUID().slice(0, 8)}@prensa.example`,
  languages: ['es'],
  regionIds: [n.offices.panama.id],
  topicIds: [health.id],
  beat: 'public health',
  phone: '+507 000 0000',
  notes: '',
  consentSource: 'Press conference sign-up sheet',
  consentDate: '2026-03-01',
  status: 'active',
  ...overrides,
});

async function created(input: MediaContactInput): Promise<string> {
  const result = await createMediaContact(input);
  if (!result.ok) expect.fail(result.reason);
  return result.id;
}

const contactsCount = async () => (await n.db.select({ n: count() }).from(mediaContacts))[0]!.n;
const snapshot = async () => ({
  contacts: await n.db.select().from(mediaContacts).orderBy(mediaContacts.id),
  lists: await n.db.select().from(mediaLists).orderBy(mediaLists.id),
  members: await n.db.select().from(mediaListMembers).orderBy(mediaListMembers.listId, mediaListMembers.contactId),
  erased: await n.db.select().from(erasedAddresses).orderBy(erasedAddresses.hash),
});

describe('who manages media contacts', () => {
  it("lets a regional editor add contacts to the region's offices, and shows them to HQ editors and admins", async () => {
    actAs(n.people.americasEditor);
    const id = await created(contact({ name: 'Regional Reader' }));
    expect((await getMediaContact(id)).name).toBe('Regional Reader');
    actAs(n.people.hqEditor);
    expect((await getMediaContact(id)).name).toBe('Regional Reader');
    actAs(n.people.admin);
    expect((await listMediaContacts({ q: 'Regional Reader' })).rows.map((row) => row.id)).toEqual([id]);
  });

  it("hides a region's contacts from another region's editor, as if they did not exist", async () => {
    actAs(n.people.americasEditor);
    const id = await created(contact({ name: 'Hidden From Africa' }));
    actAs(n.people.westAfricaEditor);
    expect(await outcomeOf(() => getMediaContact(id))).toBe(NOT_FOUND);
    expect(await outcomeOf(() => exportMediaContact(id))).toBe(NOT_FOUND);
    expect((await listMediaContacts({ q: 'Hidden From Africa' })).total).toBe(0);
    expect(await exportMediaContacts({ q: 'Hidden From Africa' })).toEqual([]);
  });

  it('answers 404 to writers for every read', async () => {
    actAs(n.people.panamaWriter);
    expect(await outcomeOf(() => listMediaContacts({}))).toBe(NOT_FOUND);
    expect(await outcomeOf(() => exportMediaContacts({}))).toBe(NOT_FOUND);
    expect(await outcomeOf(() => listMediaLists())).toBe(NOT_FOUND);
  });

  it('refuses every change from a writer or an editor of another region, changing nothing', async () => {
    actAs(n.people.americasEditor);
    const id = await created(contact());
    const list = await createMediaList({ kind: 'static', officeId: n.offices.panama.id, name: 'Panama desk' });
    if (!list.ok) expect.fail(list.reason);
    const before = await snapshot();
    for (const intruder of [n.people.panamaWriter, n.people.westAfricaEditor]) {
      actAs(intruder);
      const calls: (() => Promise<unknown>)[] = [
        () => createMediaContact(contact()),
        () => updateMediaContact({ ...contact(), contactId: id }),
        () => eraseMediaContact({ contactId: id }),
        () => importMediaContacts(n.offices.panama.id, []),
        () => createMediaList({ kind: 'static', officeId: n.offices.panama.id, name: 'Intruders' }),
        () => addMediaListMember({ listId: list.id, contactId: id }),
        () => removeMediaListMember({ listId: list.id, contactId: id }),
        () => deleteMediaList({ listId: list.id }),
        () => getMediaList(list.id),
      ];
      for (const call of calls) expect(await outcomeOf(call)).toBe(NOT_FOUND);
    }
    expect(await snapshot()).toEqual(before);
  });

  it("refuses to move a contact to an office outside the editor's region", async () => {
    actAs(n.people.americasEditor);
    const id = await created(contact());
    const before = await snapshot();
    expect(
      await outcomeOf(() => updateMediaContact({ ...contact(), contactId: id, officeId: n.offices.senegal.id })),
    ).toBe(NOT_FOUND);
    expect(await snapshot()).toEqual(before);
  });
});

describe('one address, one contact per office', () => {
  it('refuses a second contact with the same address in any case, but lets another office hold it', async () => {
    actAs(n.people.hqEditor);
    const email = 'same.person@daily.example';
    await created(contact({ email }));
    const total = await contactsCount();
    expect(await createMediaContact(contact({ email: 'Same.Person@Daily.example'.toLowerCase() }))).toEqual({
      ok: false,
      reason: 'contact_email_taken',
    });
    expect(await contactsCount()).toBe(total);
    await created(contact({ email, officeId: n.offices.senegal.id }));
  });

  it('refuses to change an address to one the office already holds', async () => {
    actAs(n.people.hqEditor);
    await created(contact({ email: 'first@daily.example' }));
    const id = await created(contact({ email: 'second@daily.example' }));
    expect(await updateMediaContact({ ...contact({ email: 'first@daily.example' }), contactId: id })).toEqual({
      ok: false,
      reason: 'contact_email_taken',
    });
    expect((await getMediaContact(id)).email).toBe('second@daily.example');
  });

  it('refuses a region or topic that does not exist', async () => {
    actAs(n.people.hqEditor);
    const total = await contactsCount();
    expect(await createMediaContact(contact({ topicIds: [crypto.randomUUID()] }))).toEqual({
      ok: false,
      reason: 'invalid_target',
    });
    expect(await contactsCount()).toBe(total);
  });

  it('saves changes to every field, regions and topics included', async () => {
    actAs(n.people.americasEditor);
    const id = await created(contact());
    const changes = contact({
      name: 'Ana Ruiz Vega',
      languages: ['es', 'en'],
      regionIds: [n.offices.americas.id],
      topicIds: [climate.id],
      status: 'bounced',
      consentDate: null,
    });
    expect(await updateMediaContact({ ...changes, contactId: id })).toEqual({ ok: true, id });
    expect(await getMediaContact(id)).toMatchObject({
      name: 'Ana Ruiz Vega',
      email: changes.email,
      languages: ['es', 'en'],
      regionIds: [n.offices.americas.id],
      topicIds: [climate.id],
      status: 'bounced',
      consentDate: null,
    });
    const audit = await n.db.select().from(auditLog).where(eq(auditLog.subjectId, id)).orderBy(auditLog.at);
    expect(audit.map((row) => row.action)).toEqual(['media_contact.created', 'media_contact.updated']);
    expect(audit.every((row) => row.actorId === n.people.americasEditor.id)).toBe(true);
    expect(JSON.stringify(audit.map((row) => row.data))).not.toContain(changes.email);
  });
});

describe('finding contacts', () => {
  it('filters by words, language, region (with the countries under it), topic and status, a page at a time', async () => {
    actAs(n.people.hqEditor);
    const tag = `filterable-${crypto.randomUUID().slice(0, 6)}`;
    const inPanama = await created(
      contact({ name: `${tag} Panama`, languages: ['es'], regionIds: [n.offices.panama.id] }),
    );
    const inSenegal = await created(
      contact({
        name: `${tag} Senegal`,
        officeId: n.offices.senegal.id,
        languages: ['fr'],
        regionIds: [n.offices.senegal.id],
        topicIds: [climate.id],
      }),
    );
    const ids = async (filters: Parameters<typeof listMediaContacts>[0]) =>
      (await listMediaContacts({ q: tag, ...filters })).rows.map((row) => row.id);
    expect(await ids({})).toEqual([inPanama, inSenegal]);
    expect(await ids({ language: 'fr' })).toEqual([inSenegal]);
    expect(await ids({ region: 'americas' })).toEqual([inPanama]);
    expect(await ids({ topic: 'climate' })).toEqual([inSenegal]);
    expect(await ids({ office: 'senegal' })).toEqual([inSenegal]);
    expect(await ids({ status: 'bounced' })).toEqual([]);
    expect(await ids({ region: 'nowhere' })).toEqual([]);
    expect((await listMediaContacts({ q: tag, page: 2 })).rows).toEqual([]);
  });

  it('exports everything held about one contact, with its offices, topics and lists by name', async () => {
    actAs(n.people.americasEditor);
    const id = await created(contact({ email: 'export.me@prensa.example' }));
    const list = await createMediaList({ kind: 'static', officeId: n.offices.americas.id, name: 'Export desk' });
    if (!list.ok) expect.fail(list.reason);
    await addMediaListMember({ listId: list.id, contactId: id });
    expect(await exportMediaContact(id)).toMatchObject({
      email: 'export.me@prensa.example',
      office: 'panama',
      regions: ['panama'],
      topics: ['health'],
      lists: ['Export desk'],
      consentSource: 'Press conference sign-up sheet',
      consentDate: '2026-03-01',
    });
  });
});

describe('erasing a contact on request', () => {
  it('deletes the contact everywhere, keeps only the hash of the address, and audits it without the address', async () => {
    actAs(n.people.hqEditor);
    const email = 'erase.me@example.org';
    const id = await created(contact({ email }));
    const twin = await created(contact({ email, officeId: n.offices.senegal.id }));
    expect(await eraseMediaContact({ contactId: id })).toEqual({ ok: true });
    expect(await outcomeOf(() => getMediaContact(id))).toBe(NOT_FOUND);
    expect(await outcomeOf(() => getMediaContact(twin))).toBe(NOT_FOUND);
    expect(
      await n.db
        .select()
        .from(erasedAddresses)
        .where(eq(erasedAddresses.hash, erasedAddressHash(email))),
    ).toHaveLength(1);
    const [audit] = await n.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.subjectId, id), eq(auditLog.action, 'media_contact.erased')));
    expect(audit).toMatchObject({ action: 'media_contact.erased', subjectType: 'media_contact' });
    expect(JSON.stringify(audit!.data)).not.toContain('erase.me');
  });

  it('refuses to bring the address back through the form, in any case', async () => {
    actAs(n.people.hqEditor);
    const id = await created(contact({ email: 'gone@example.org' }));
    await eraseMediaContact({ contactId: id });
    expect(await createMediaContact(contact({ email: 'gone@example.org' }))).toEqual({
      ok: false,
      reason: 'erased_address',
    });
  });
});

describe('importing contacts from a CSV file', () => {
  const outcomesOf = (text: string) => {
    const read = readCsv(new TextEncoder().encode(text));
    if (!read.ok) throw new Error(read.reason);
    return mapRows(read.table, { name: 0, email: 1, languages: 2, regions: 3, topics: 4 });
  };

  it('imports the good rows and reports each other one with its reason, in row order', async () => {
    actAs(n.people.americasEditor);
    const erased = await created(contact({ email: 'was.erased@example.org' }));
    await eraseMediaContact({ contactId: erased });
    await created(contact({ email: 'already.here@example.org' }));
    const report = await importMediaContacts(
      n.offices.panama.id,
      outcomesOf(
        'Name,E-mail,Languages,Regions,Topics\n' +
          'New One,new.one@example.org,es,americas,health\n' +
          'Dup,NEW.ONE@example.org,es,,\n' +
          'Here,Already.Here@example.org,es,,\n' +
          'Erased,WAS.ERASED@example.org,es,,\n' +
          'Bad,not-an-address,es,,\n' +
          'Formula,formula@example.org,=1+1,,\n' +
          'Nowhere,nowhere@example.org,es,atlantis,\n' +
          'No topic,no.topic@example.org,es,,astrology\n' +
          'Default language,default.language@example.org,,,\n',
      ),
    );
    expect(report).toEqual({
      imported: 2,
      rejected: [
        { row: 3, email: 'NEW.ONE@example.org', reason: 'duplicate_in_file' },
        { row: 4, email: 'already.here@example.org', reason: 'already_exists' },
        { row: 5, email: 'was.erased@example.org', reason: 'erased' },
        { row: 6, email: 'not-an-address', reason: 'invalid_email' },
        { row: 7, email: 'formula@example.org', reason: 'formula' },
        { row: 8, email: 'nowhere@example.org', reason: 'unknown_region' },
        { row: 9, email: 'no.topic@example.org', reason: 'unknown_topic' },
      ],
    });
    const [imported] = (await listMediaContacts({ q: 'new.one@example.org' })).rows;
    expect(await getMediaContact(imported!.id)).toMatchObject({
      officeId: n.offices.panama.id,
      languages: ['es'],
      regionIds: [n.offices.americas.id],
      topicIds: [health.id],
    });
    const [defaulted] = (await listMediaContacts({ q: 'default.language@example.org' })).rows;
    // The office's own language when the file gives none.
    expect(defaulted!.languages).toEqual(['fr']);
  });

  it('imports nothing into an office outside the editor’s region', async () => {
    actAs(n.people.americasEditor);
    const total = await contactsCount();
    expect(
      await outcomeOf(() =>
        importMediaContacts(n.offices.senegal.id, outcomesOf('Name,E-mail\nX,x.senegal@example.org\n')),
      ),
    ).toBe(NOT_FOUND);
    expect(await contactsCount()).toBe(total);
  });
});

describe('lists', () => {
  it('holds the contacts added to a static list, once each, until they are removed', async () => {
    actAs(n.people.americasEditor);
    const a = await created(contact({ name: 'Static A' }));
    const b = await created(contact({ name: 'Static B' }));
    const list = await createMediaList({ kind: 'static', officeId: n.offices.americas.id, name: 'Static list' });
    if (!list.ok) expect.fail(list.reason);
    await addMediaListMember({ listId: list.id, contactId: a });
    await addMediaListMember({ listId: list.id, contactId: a });
    await addMediaListMember({ listId: list.id, contactId: b });
    expect((await getMediaList(list.id)).members.map((member) => member.name)).toEqual(['Static A', 'Static B']);
    await removeMediaListMember({ listId: list.id, contactId: a });
    const after = await getMediaList(list.id);
    expect(after.contacts).toBe(1);
    expect(after.candidates.map((candidate) => candidate.id)).toContain(a);
    const audit = await n.db.select().from(auditLog).where(eq(auditLog.subjectId, list.id)).orderBy(auditLog.at);
    expect(audit.map((row) => [row.action, (row.data as { contactId?: string }).contactId])).toEqual([
      ['media_list.created', undefined],
      ['media_list.member_added', a],
      ['media_list.member_added', b],
      ['media_list.member_removed', a],
    ]);
  });

  it("refuses a contact from outside the list's offices, even to an HQ editor who sees both", async () => {
    actAs(n.people.hqEditor);
    const senegalese = await created(contact({ officeId: n.offices.senegal.id }));
    const list = await createMediaList({ kind: 'static', officeId: n.offices.panama.id, name: 'Panama only' });
    if (!list.ok) expect.fail(list.reason);
    expect(await outcomeOf(() => addMediaListMember({ listId: list.id, contactId: senegalese }))).toBe(NOT_FOUND);
    expect((await getMediaList(list.id)).contacts).toBe(0);
  });

  it("matches a saved filter against the office's contacts as they are now", async () => {
    actAs(n.people.hqEditor);
    const beat = `americas-${crypto.randomUUID().slice(0, 6)}`;
    const spanish = await created(contact({ name: 'Filter ES', languages: ['es', 'en'], beat: `${beat} politics` }));
    await created(contact({ name: 'Filter FR', languages: ['fr'], beat: `${beat} politics` }));
    await created(
      contact({
        name: 'Filter ES Africa',
        officeId: n.offices.senegal.id,
        languages: ['es'],
        regionIds: [n.offices.senegal.id],
        beat,
      }),
    );
    const list = await createMediaList({
      kind: 'filter',
      officeId: n.offices.hq.id,
      name: 'Spanish-speaking journalists covering the Americas',
      filter: { languages: ['es'], officeIds: [n.offices.americas.id], topicIds: [], beat },
    });
    if (!list.ok) expect.fail(list.reason);
    const read = await getMediaList(list.id);
    expect(read.members.map((member) => member.id)).toEqual([spanish]);
    expect(read.contacts).toBe(1);
    await created(contact({ name: 'Filter ES later', languages: ['es'], beat }));
    expect((await getMediaList(list.id)).contacts).toBe(2);
    expect(await addMediaListMember({ listId: list.id, contactId: spanish })).toEqual({
      ok: false,
      reason: 'not_static_list',
    });
  });

  it("reaches only its own office's contacts when the list belongs to a country office", async () => {
    actAs(n.people.hqEditor);
    const beat = `country-${crypto.randomUUID().slice(0, 6)}`;
    await created(contact({ officeId: n.offices.americas.id, beat }));
    const inPanama = await created(contact({ beat }));
    const list = await createMediaList({
      kind: 'filter',
      officeId: n.offices.panama.id,
      name: 'Panama beat',
      filter: { languages: [], officeIds: [], topicIds: [], beat },
    });
    if (!list.ok) expect.fail(list.reason);
    expect((await getMediaList(list.id)).members.map((member) => member.id)).toEqual([inPanama]);
  });

  it('refuses a saved filter naming an office or topic that does not exist', async () => {
    actAs(n.people.hqEditor);
    const before = await snapshot();
    expect(
      await createMediaList({
        kind: 'filter',
        officeId: n.offices.hq.id,
        name: 'Broken',
        filter: { languages: [], officeIds: [crypto.randomUUID()], topicIds: [], beat: '' },
      }),
    ).toEqual({ ok: false, reason: 'invalid_target' });
    expect(await snapshot()).toEqual(before);
  });

  it('deletes a list and leaves its contacts, audited', async () => {
    actAs(n.people.americasEditor);
    const id = await created(contact());
    const list = await createMediaList({ kind: 'static', officeId: n.offices.panama.id, name: 'Short-lived' });
    if (!list.ok) expect.fail(list.reason);
    await addMediaListMember({ listId: list.id, contactId: id });
    await deleteMediaList({ listId: list.id });
    expect(await outcomeOf(() => getMediaList(list.id))).toBe(NOT_FOUND);
    expect((await getMediaContact(id)).id).toBe(id);
    const audit = await n.db.select().from(auditLog).where(eq(auditLog.subjectId, list.id)).orderBy(auditLog.at);
    expect(audit.map((row) => row.action)).toEqual([
      'media_list.created',
      'media_list.member_added',
      'media_list.deleted',
    ]);
  });
});
