import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { asc, count, eq } from 'drizzle-orm';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { POST as importRoute } from '@/app/api/import/route';
import { POST as replaceMediaFileRoute } from '@/app/api/media/[id]/file/route';
import { GET as listMediaRoute, POST as uploadMediaRoute } from '@/app/api/media/route';
import { POST as attachDocumentRoute } from '@/app/api/releases/[id]/attachments/route';
import { buildPdf } from '@/db/seed/sample-documents';
import {
  auditLog,
  comments,
  attachments,
  media,
  mediaContacts,
  mediaListMembers,
  mediaLists,
  menuItems,
  notifications,
  offices,
  pageRevisions,
  pages,
  pressOfficers,
  previewLinks,
  publications,
  releaseDistributionLists,
  releases,
  releaseTemplateContacts,
  releaseTemplates,
  releaseTemplateTopics,
  topics,
  users,
} from '@/db/schema';
import { listAuditActions, listAuditEntries } from '@/lib/dal/audit-log';
import { listComments, listMentionableColleagues } from '@/lib/dal/comments';
import { getMediaDetail, searchMediaLibrary } from '@/lib/dal/media';
import { listMenuTargets, listMenusForAdmin } from '@/lib/dal/menu-admin';
import { countUnreadNotifications, listMyNotifications } from '@/lib/dal/notifications';
import { listReleaseListChoices, listReleases } from '@/lib/dal/release-list';
import { listPicks, searchPublicationsToPin } from '@/lib/dal/picks';
import { listTopicsForAdmin } from '@/lib/dal/topic-admin';
import { getMediaContact, listMediaContactChoices, listMediaContacts } from '@/lib/dal/media-contacts';
import { getMediaList, listMediaLists } from '@/lib/dal/media-lists';
import { listOfficesForAdmin, getOfficeForAdmin } from '@/lib/dal/offices';
import { listOutboxMessages } from '@/lib/dal/outbox-admin';
import { listJobsForAdmin } from '@/lib/dal/jobs-admin';
import { getPageForEdit, getPagePreview, listPagesForAdmin, listPageRevisions } from '@/lib/dal/pages';
import { findReleaseDraftForEdit, listOfficesForNewRelease, listTopicChoices } from '@/lib/dal/release-drafts';
import {
  getReleaseView,
  listMyDrafts,
  listMySubmitted,
  listRecentlyPublished,
  listReviewOffices,
  listReviewQueue,
  listScheduled,
  listWaitingForReview,
} from '@/lib/dal/releases';
import { getEmbargoOverview } from '@/lib/dal/embargo';
import { listPreviewLinks } from '@/lib/dal/preview-links';
import { getPressOfficerForEdit, listDirectoryOffices, listPressOfficers } from '@/lib/dal/press-officers';
import {
  getTemplateForEdit,
  listTemplatesForManagement,
  listTemplatesForNewRelease,
} from '@/lib/dal/release-templates';
import { getDistributionReport } from '@/lib/dal/distribution-report';
import { findReleaseDistribution } from '@/lib/dal/release-lists';
import { compareRevisions, getReleaseHeading, getReleaseHistory, getReleasePreview } from '@/lib/dal/revisions';
import { getCurrentAdmin, getCurrentUser } from '@/lib/dal/session';
import UnknownWorkspacePath from './[...unknown]/page';
import { findSourceChange, findTranslationSource, listTranslations } from '@/lib/dal/translations';
import { getUserForAdmin, listUsersForAdmin } from '@/lib/dal/users';
import { IDLE, type FormState } from '@/lib/form-state';
import { EMPTY_DOC } from '@/lib/rich-text/types';
import { actAs } from '@/test/fake-auth';
import { insertRelease, insertRevision, insertUser } from '@/test/fixtures';
import { freshNewsroom, NEWSROOM_PASSWORD, reloadUser, type Newsroom } from '@/test/newsroom';
import { PUT as savePageDraftRoute } from '../api/pages/[id]/draft/route';
import { PUT as saveDraftRoute } from '../api/releases/[id]/draft/route';
import { changeLanguage, changePassword, changeTimeZone } from './account/actions';
import { cancelJob, retryJob } from './admin/jobs/actions';
import { GET as exportAuditCsv } from './admin/audit/export.csv/route';
import { GET as exportOneContact } from './contacts/[id]/export/route';
import { GET as exportContactsCsv } from './contacts/export.csv/route';
import {
  addListMember,
  createContact,
  createList,
  deleteList,
  eraseContact,
  removeListMember,
  updateContact,
} from './contacts/actions';
import { addItem, deleteItem, moveItem, placeItem, saveItem } from './admin/menus/actions';
import { addOffice, saveOffice } from './admin/offices/actions';
import { addTopic, mergeTopicInto, retireTopicNow, saveTopicLabels } from './admin/topics/actions';
import { pin, reorderPick, unpin } from './picks/actions';
import { createAccount, deactivateAccount, endSessions, reactivateAccount, updateAccount } from './admin/users/actions';
import { deleteMediaImage, saveMediaDetails } from './media/[id]/actions';
import { markAllRead, markRead } from './notifications/actions';
import {
  createStaticPageTranslation,
  publishStaticPage,
  renameStaticPage,
  restoreStaticPageRevision,
  savePageVersionNow,
  unpublishStaticPage,
} from './pages/[id]/actions';
import { createDraftPage } from './pages/new/actions';
import { changeAddress, followSource, promoteArchiveRelease, transitionRelease } from './releases/[id]/actions';
import { postComment, postReply, reopenThread, resolveThread } from './releases/[id]/comments/actions';
import { restoreReleaseRevision, saveReleaseVersion } from './releases/[id]/history/actions';
import { revokeReleaseEmbargoLinks, sendReleaseUnderEmbargo } from './releases/[id]/embargo/actions';
import { createReleasePreviewLink, revokeReleasePreviewLink } from './releases/[id]/preview-links/actions';
import { chooseDistributionLists } from './releases/[id]/distribution/actions';
import { createReleaseTranslation } from './releases/[id]/translations/actions';
import { createDraftRelease } from './releases/new/actions';
import { addPressOfficer, removePressOfficer, savePressOfficer } from './press-officers/actions';
import { addReleaseTemplate, removeReleaseTemplate, saveReleaseTemplate } from './templates/actions';

vi.mock('@/lib/auth/auth', () => import('@/test/fake-auth'));
vi.mock('next/cache', () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn(), updateTag: vi.fn() }));

/**
 * Who may do what in the workspace. Every page (by the DAL calls it makes), route handler and
 * server action is called as each persona; the resource is always in Panama, a country office under
 * the Americas region. Server actions are called directly with crafted form data, the way a
 * forged POST would reach them.
 */
const PERSONAS = [
  'anonymous',
  'writerOwn',
  'writerOther',
  'regionalInside',
  'regionalOutside',
  'hqEditor',
  'admin',
] as const;
type Persona = (typeof PERSONAS)[number];
type Outcome = 'ok' | 'login' | 'not_found' | `refused:${string}`;

const mediaDir = fs.mkdtempSync(path.join(os.tmpdir(), 'communique-matrix-media-'));
process.env.MEDIA_DIR = mediaDir;
afterAll(() => fs.rmSync(mediaDir, { recursive: true, force: true }));

let n: Newsroom;
let target: { id: string };
let photo: Uint8Array<ArrayBuffer>;
// One Panama release in review per person, so that one person's approval cannot change another's case.
const inReviewFor = new Map<string, string>();
// Threads by the Panama writer on a Panama release, one open and one resolved per person, so that
// one person's resolving cannot change another's case; and one notification each.
const openThreadFor = new Map<string, string>();
const resolvedThreadFor = new Map<string, string>();
const notificationOf = new Map<string, string>();
let thread: { id: string };
let targetNotification: { id: string };
// One Panama draft with a first revision per person, so that each restore and each new language starts afresh.
const draftFor = new Map<string, string>();
let previewLinkId: string;
// Images a Panama writer uploaded: one a Panama release shows, and one unused per person, so that one person's delete cannot change another's case.
let usedImageId: string;
const unusedImageFor = new Map<string, string>();
// A published French page, and one more per person, so that one person's unpublishing or new language cannot change another's case.
let staticPage: { id: string };
const staticPageFor = new Map<string, string>();
const insertStaticPage = async () => {
  const [page] = await n.db
    .insert(pages)
    .values({
      language: 'fr',
      path: `matrice-${++sequence}`,
      title: 'Qui sommes-nous',
      body: EMPTY_DOC,
      state: 'published',
      publishedTitle: 'Qui sommes-nous',
      publishedHtml: '<p>Texte</p>',
      publishedAt: new Date(),
    })
    .returning();
  await n.db
    .insert(pageRevisions)
    .values({ pageId: page!.id, number: 1, title: page!.title, summary: '', body: EMPTY_DOC });
  return page!;
};
beforeAll(async () => {
  n = await freshNewsroom();
  photo = new Uint8Array(
    await sharp({ create: { width: 640, height: 480, channels: 3, background: '#2a7ab0' } })
      .jpeg()
      .toBuffer(),
  );
  target = await insertUser(n.db, n.offices.panama.id, 'writer', { email: 'target@example.org' });
  const comment = async (resolved: boolean) => {
    const [row] = await n.db
      .insert(comments)
      .values({
        releaseId: n.releases.panamaInReview.id,
        authorId: n.people.panamaWriter.id,
        body: 'Le chiffre est-il à jour ?',
        ...(resolved ? { resolvedAt: new Date(), resolvedById: n.people.panamaWriter.id } : {}),
      })
      .returning();
    return row!;
  };
  const notify = async (userId: string) =>
    (
      await n.db
        .insert(notifications)
        .values({
          userId,
          kind: 'commented',
          releaseId: n.releases.panamaInReview.id,
          data: { title: 'Panama in review' },
        })
        .returning()
    )[0]!;
  thread = await comment(false);
  targetNotification = await notify(target.id);
  for (const person of Object.values(n.people)) {
    const release = await insertRelease(
      n.db,
      { officeId: n.offices.panama.id, authorId: n.people.panamaWriter.id },
      { state: 'in_review' },
    );
    inReviewFor.set(person.id, release.id);
    openThreadFor.set(person.id, (await comment(false)).id);
    resolvedThreadFor.set(person.id, (await comment(true)).id);
    notificationOf.set(person.id, (await notify(person.id)).id);
    const draft = await insertRelease(
      n.db,
      { officeId: n.offices.panama.id, authorId: n.people.panamaWriter.id },
      { state: 'draft', language: 'fr' },
    );
    await insertRevision(n.db, draft);
    draftFor.set(person.id, draft.id);
  }
  staticPage = await insertStaticPage();
  for (const person of Object.values(n.people)) staticPageFor.set(person.id, (await insertStaticPage()).id);
  const published = n.releases.panamaPublished;
  const [link] = await n.db
    .insert(previewLinks)
    .values({
      releaseId: published.id,
      revisionId: published.liveRevisionId!,
      tokenHash: 'a'.repeat(64),
      createdById: n.people.panamaWriter.id,
      expiresAt: new Date(Date.now() + 86_400_000),
    })
    .returning();
  previewLinkId = link!.id;
  const image = async (name: string) => {
    const folder = `ab/${crypto.randomUUID()}`;
    const [row] = await n.db
      .insert(media)
      .values({
        storageKey: `${folder}/original.jpg`,
        variants: [{ width: 640, height: 480, key: `${folder}/w640.webp`, bytes: 100 }],
        originalName: name,
        mimeType: 'image/jpeg',
        byteSize: 1000,
        width: 640,
        height: 480,
        sha256: folder,
        alt: { fr: 'Le port de Colón' },
        uploadedById: n.people.panamaWriter.id,
      })
      .returning();
    return row!.id;
  };
  usedImageId = await image('used.jpg');
  await insertRelease(
    n.db,
    { officeId: n.offices.panama.id, authorId: n.people.panamaWriter.id },
    { state: 'draft', heroMediaId: usedImageId },
  );
  for (const person of Object.values(n.people)) unusedImageFor.set(person.id, await image(`unused-${person.id}.jpg`));
  const contactIn = async (email: string) =>
    (
      await n.db
        .insert(mediaContacts)
        .values({ officeId: n.offices.panama.id, name: 'Ana Castillo', email, languages: ['es'] })
        .returning({ id: mediaContacts.id })
    )[0]!.id;
  const panamaListNamed = async (name: string) =>
    (
      await n.db
        .insert(mediaLists)
        .values({ officeId: n.offices.panama.id, name, kind: 'static' })
        .returning({ id: mediaLists.id })
    )[0]!.id;
  panamaContactId = await contactIn('ana.castillo@istmo.example');
  panamaListId = await panamaListNamed('Panama desk');
  for (const person of Object.values(n.people)) {
    contactToEraseFor.set(person.id, await contactIn(`erase.${person.id}@istmo.example`));
    listToDeleteFor.set(person.id, await panamaListNamed(`Short-lived ${person.id}`));
  }
  const officerIn = async (name: string) =>
    (
      await n.db
        .insert(pressOfficers)
        .values({ officeId: n.offices.panama.id, name, phones: ['+00 507 555 0100'], languages: ['es'] })
        .returning({ id: pressOfficers.id })
    )[0]!.id;
  const templateIn = async (officeId: string, name: string) =>
    (
      await n.db
        .insert(releaseTemplates)
        .values({ officeId, name, language: 'es' })
        .returning({ id: releaseTemplates.id })
    )[0]!.id;
  panamaOfficerId = await officerIn('Lucía Pérez');
  panamaTemplateId = await templateIn(n.offices.panama.id, 'Darién');
  senegalTemplateId = await templateIn(n.offices.senegal.id, 'Dakar');
  for (const person of Object.values(n.people)) {
    officerToRemoveFor.set(person.id, await officerIn(`Short-lived ${person.id}`));
    templateToRemoveFor.set(person.id, await templateIn(n.offices.panama.id, `Short-lived ${person.id}`));
  }
});
// A Panama press officer and Panama and Senegal templates; one officer and one template to remove per person.
let panamaOfficerId: string;
let panamaTemplateId: string;
let senegalTemplateId: string;
const officerToRemoveFor = new Map<string, string>();
const templateToRemoveFor = new Map<string, string>();
const officerFields = () => ({
  officeId: n.offices.panama.id,
  name: 'Lucía Pérez',
  role: 'Portavoz',
  email: '',
  phones: '+00 507 555 0100',
  languages: 'es',
});
const templateFields = () => ({
  officeId: n.offices.panama.id,
  name: 'Darién',
  language: 'es',
  sectionHeading: 'Notas',
  sectionText: 'Fotos disponibles.',
});
// A Panama media contact and a static Panama list; one contact to erase and one list to delete per person.
let panamaContactId: string;
let panamaListId: string;
const contactToEraseFor = new Map<string, string>();
const listToDeleteFor = new Map<string, string>();
const forPerson = (map: Map<string, string>, self: { id: string }) => map.get(self.id) ?? thread.id;
const draftOf = (self: { id: string }) => draftFor.get(self.id) ?? n.releases.panamaDraft.id;
const releaseInReviewFor = (self: { id: string }) => inReviewFor.get(self.id) ?? n.releases.panamaInReview.id;
const staticPageOf = (self: { id: string }) => staticPageFor.get(self.id) ?? staticPage.id;
const staticPageVersion = async (id: string) =>
  String((await n.db.select({ version: pages.version }).from(pages).where(eq(pages.id, id)))[0]!.version);

/** An autosave of the static page from the version it holds now, as the page editor sends it. */
const autosavePage = async (title: string) => {
  const request = new Request(`http://localhost/api/pages/${staticPage.id}/draft`, {
    method: 'PUT',
    headers: { origin: 'http://localhost:3000', 'content-type': 'application/json' },
    body: JSON.stringify({
      expectedVersion: Number(await staticPageVersion(staticPage.id)),
      draft: { title, summary: '', body: EMPTY_DOC },
    }),
  });
  const response = await savePageDraftRoute(request, { params: Promise.resolve({ id: staticPage.id }) });
  return response.status === 401 ? loginRedirect() : response.json();
};

/** An autosave of the Panama draft from the version it holds now, as the editor sends it. */
const autosave = async (title: string) => {
  const [current] = await n.db
    .select({ version: releases.version })
    .from(releases)
    .where(eq(releases.id, n.releases.panamaDraft.id));
  const draft = {
    title,
    summary: '',
    datelineCity: '',
    datelineCountry: '',
    body: EMPTY_DOC,
    contacts: [],
    topicIds: [],
    heroMediaId: null,
  };
  const request = new Request(`http://localhost/api/releases/${n.releases.panamaDraft.id}/draft`, {
    method: 'PUT',
    headers: { origin: 'http://localhost:3000', 'content-type': 'application/json' },
    body: JSON.stringify({ expectedVersion: current!.version, draft }),
  });
  const response = await saveDraftRoute(request, { params: Promise.resolve({ id: n.releases.panamaDraft.id }) });
  return response.status === 401 ? loginRedirect() : response.json();
};
// The route answers 401 rather than redirecting a fetch() to the sign-in page; the matrix reads it as "login".
const loginRedirect = () =>
  Promise.reject(Object.assign(new Error('signed out'), { digest: 'NEXT_REDIRECT;replace;/login;307;' }));

const personaUser = (persona: Persona) =>
  ({
    anonymous: undefined,
    writerOwn: n.people.panamaWriter,
    writerOther: n.people.senegalWriter,
    regionalInside: n.people.americasEditor,
    regionalOutside: n.people.westAfricaEditor,
    hqEditor: n.people.hqEditor,
    admin: n.people.admin,
  })[persona];

let sequence = 0;
const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.set(key, value);
  return data;
};
const officeFields = (over: Record<string, string> = {}) => ({
  parentId: n.offices.americas.id,
  nameFr: 'Bureau test',
  nameEn: 'Test office',
  nameEs: 'Oficina de prueba',
  cityFr: 'Ciudad',
  cityEn: 'Ciudad',
  cityEs: 'Ciudad',
  countryCode: 'CO',
  timeZone: 'America/Bogota',
  defaultLanguage: 'es',
  ...over,
});

const menuItemFields = () => ({
  labelFr: 'Contact',
  labelEn: 'Contact',
  labelEs: 'Contacto',
  targetKind: 'url',
  url: 'https://example.org/contact',
});

/** An upload of one release dump and one page dump, as a browser posts the import form. */
const dumpUpload = () => {
  const data = form({ officeCode: n.offices.panama.code });
  const id = ++sequence;
  const release = [
    `Fishing cooperatives share one cold store ${id}`,
    'Colón - Four fishing cooperatives now keep their catch in one shared cold store on the harbour.',
    'The store was built with the municipality and runs on its own solar roof.',
  ].join('\n');
  data.append('files', new File([release], `matrix-release-${id}.txt`, { type: 'text/plain' }));
  data.append(
    'files',
    new File(
      [`Our partners ${id}\nWe work with local groups in every country where we have an office.`],
      `matrix-page-${id}.txt`,
      { type: 'text/plain' },
    ),
  );
  return data;
};

/** A new file for the used image, a picture of its own each time so that it is never already in the library. */
const replacement = async () => {
  const data = form({ mediaId: usedImageId });
  const colour = { r: (++sequence * 41) % 256, g: (sequence * 73) % 256, b: (sequence * 17) % 256 };
  const bytes = await sharp({ create: { width: 320, height: 240, channels: 3, background: colour } })
    .png()
    .toBuffer();
  data.set('file', new File([new Uint8Array(bytes)], 'replacement.png', { type: 'image/png' }));
  return data;
};

/** A document attached to the Panama draft, as the editor posts it: a PDF of its own each time. */
const attachDocument = () => {
  const body = form({ title: 'le rapport' });
  body.set('file', new File([buildPdf([`Rapport ${++sequence}`])], 'rapport.pdf', { type: 'application/pdf' }));
  const id = n.releases.panamaDraft.id;
  return attachDocumentRoute(posted(`/api/releases/${id}/attachments`, body), { params: Promise.resolve({ id }) });
};

/** An image upload as the media picker posts it. */
const imageUpload = () => {
  const body = form({
    alt: 'Une coopérative de pêcheurs au port de Colón',
    credit: 'Bureau de Panama',
    language: 'fr',
  });
  body.set('file', new File([photo], 'harbour.jpg', { type: 'image/jpeg' }));
  return new Request('http://localhost/api/media', {
    method: 'POST',
    body,
    headers: { origin: 'http://localhost:3000' },
  });
};

type Call = () => Promise<unknown>;
// prettier-ignore
const MATRIX: [name: string, call: (self: { id: string }) => Call, expected: Record<Persona, Outcome>][] = [
  //                                                                                                anonymous  writerOwn   writerOther  regionalInside regionalOutside hqEditor  admin
  ['page /workspace (layout and dashboard lists)', () => () => Promise.all([getCurrentUser(), countUnreadNotifications(), listMyDrafts(), listMySubmitted(), listWaitingForReview(), listScheduled(), listRecentlyPublished()]),
    row('login', 'ok', 'ok', 'ok', 'ok', 'ok', 'ok')],
  ['page /workspace/releases/[id] (a Panama release)', () => () => Promise.all([getReleaseView(n.releases.panamaInReview.id), listComments(n.releases.panamaInReview.id), listMentionableColleagues(n.releases.panamaInReview.id), listTranslations(n.releases.panamaInReview.id), findReleaseDistribution(n.releases.panamaInReview.id)]),
    row('login', 'ok', 'not_found', 'ok', 'not_found', 'ok', 'ok')],
  ['page /workspace/releases/[id] (comments of an id that does not exist)', () => () => listComments(crypto.randomUUID()),
    row('login', 'not_found', 'not_found', 'not_found', 'not_found', 'not_found', 'not_found')],
  ['action postComment (on a Panama release)', () => () => postComment(IDLE, form({ releaseId: n.releases.panamaInReview.id, body: 'Ajoutez la date de la réunion.' })),
    row('login', 'ok', 'not_found', 'ok', 'not_found', 'ok', 'ok')],
  ['action postComment (mentioning a writer of Senegal on a Panama release)', () => () => postComment(IDLE, form({ releaseId: n.releases.panamaInReview.id, body: '@senegal.writer voyez-vous ?', mentionedUserIds: n.people.senegalWriter.id })),
    row('login', 'refused:mention_not_allowed', 'not_found', 'refused:mention_not_allowed', 'not_found', 'refused:mention_not_allowed', 'refused:mention_not_allowed')],
  ['action postReply (to a thread on a Panama release)', () => () => postReply(IDLE, form({ commentId: thread.id, body: 'Oui, chiffre de mars.' })),
    row('login', 'ok', 'not_found', 'ok', 'not_found', 'ok', 'ok')],
  ['action resolveThread (a Panama writer’s thread)', (self) => () => resolveThread(IDLE, form({ commentId: forPerson(openThreadFor, self) })),
    row('login', 'ok', 'not_found', 'ok', 'not_found', 'ok', 'refused:not_allowed')],
  ['action reopenThread (a Panama writer’s resolved thread)', (self) => () => reopenThread(IDLE, form({ commentId: forPerson(resolvedThreadFor, self) })),
    row('login', 'ok', 'not_found', 'ok', 'not_found', 'ok', 'refused:not_allowed')],
  ['page /workspace/releases', () => () => Promise.all([listReleases({ q: 'panama' }), listReleaseListChoices()]),
    row('login', 'ok', 'ok', 'ok', 'ok', 'ok', 'ok')],
  ['page /workspace/notifications', () => () => listMyNotifications(1),
    row('login', 'ok', 'ok', 'ok', 'ok', 'ok', 'ok')],
  ['action markRead (one’s own notification)', (self) => () => markRead(IDLE, form({ notificationId: forPerson(notificationOf, self) })),
    row('login', 'ok', 'ok', 'ok', 'ok', 'ok', 'ok')],
  ['action markRead (someone else’s notification)', () => () => markRead(IDLE, form({ notificationId: targetNotification.id })),
    row('login', 'not_found', 'not_found', 'not_found', 'not_found', 'not_found', 'not_found')],
  ['action markAllRead', () => () => markAllRead(),
    row('login', 'ok', 'ok', 'ok', 'ok', 'ok', 'ok')],
  ['page /workspace/releases/[id] (an id that does not exist)', () => () => getReleaseView(crypto.randomUUID()),
    row('login', 'not_found', 'not_found', 'not_found', 'not_found', 'not_found', 'not_found')],
  ['page /workspace/releases/[id]/history', () => () => getReleaseHistory(n.releases.panamaPublished.id),
    row('login', 'ok', 'not_found', 'ok', 'not_found', 'ok', 'ok')],
  ['page /workspace/releases/[id]/history/compare', () => () => compareRevisions(n.releases.panamaPublished.id, 1, 1),
    row('login', 'ok', 'not_found', 'ok', 'not_found', 'ok', 'ok')],
  ['page /workspace/releases/[id]/preview', () => () => getReleasePreview(n.releases.panamaPublished.id),
    row('login', 'ok', 'not_found', 'ok', 'not_found', 'ok', 'ok')],
  ['page /workspace/releases/[id]/preview-links', () => () => Promise.all([getReleaseHeading(n.releases.panamaPublished.id), listPreviewLinks(n.releases.panamaPublished.id)]),
    row('login', 'ok', 'not_found', 'ok', 'not_found', 'ok', 'ok')],
  ['page /workspace/releases/[id]/distribution (a Panama release)', () => () => getDistributionReport(n.releases.panamaPublished.id, {}),
    row('login', 'not_found', 'not_found', 'ok', 'not_found', 'ok', 'ok')],
  ['action chooseDistributionLists (a Panama list for a Panama release)', () => () => chooseDistributionLists(IDLE, form({ releaseId: n.releases.panamaPublished.id, listIds: panamaListId })),
    row('login', 'not_found', 'not_found', 'ok', 'not_found', 'ok', 'ok')],
  ['page /workspace/releases/[id]/embargo', () => () => Promise.all([getReleaseHeading(n.releases.panamaPublished.id), getEmbargoOverview(n.releases.panamaPublished.id)]),
    row('login', 'ok', 'not_found', 'ok', 'not_found', 'ok', 'ok')],
  ['action sendReleaseUnderEmbargo (a scheduled Panama release to a Panama list)', () => () => sendReleaseUnderEmbargo(IDLE, form({ releaseId: n.releases.panamaScheduled.id, listIds: panamaListId, confirm: 'on' })),
    row('login', 'not_found', 'not_found', 'ok', 'not_found', 'ok', 'not_found')],
  ['action revokeReleaseEmbargoLinks (every link of a scheduled Panama release)', () => () => revokeReleaseEmbargoLinks(IDLE, form({ releaseId: n.releases.panamaScheduled.id })),
    row('login', 'not_found', 'not_found', 'ok', 'not_found', 'ok', 'not_found')],
  ['page /workspace/releases/[id]/translations', () => () => Promise.all([getReleaseHeading(n.releases.panamaPublished.id), listTranslations(n.releases.panamaPublished.id)]),
    row('login', 'ok', 'not_found', 'ok', 'not_found', 'ok', 'ok')],
  ['action saveReleaseVersion (a Panama draft)', () => () => saveReleaseVersion(IDLE, form({ releaseId: n.releases.panamaDraft.id, message: 'Relu avec le bureau régional' })),
    row('login', 'ok', 'not_found', 'ok', 'not_found', 'ok', 'refused:not_allowed')],
  ['action restoreReleaseRevision (a Panama draft, at its current version)', (self) => () => restoreReleaseRevision(IDLE, form({ releaseId: draftOf(self), revisionNumber: '1', expectedVersion: '1' })),
    row('login', 'ok', 'not_found', 'ok', 'not_found', 'ok', 'refused:not_allowed')],
  ['action createReleasePreviewLink (a Panama release its writer wrote)', () => () => createReleasePreviewLink(IDLE, form({ releaseId: n.releases.panamaPublished.id, days: '7' })),
    row('login', 'ok', 'not_found', 'ok', 'not_found', 'ok', 'refused:not_allowed')],
  ['action revokeReleasePreviewLink (a link to a Panama release)', () => () => revokeReleasePreviewLink(IDLE, form({ releaseId: n.releases.panamaPublished.id, linkId: previewLinkId })),
    row('login', 'ok', 'not_found', 'ok', 'not_found', 'ok', 'refused:not_allowed')],
  ['action createReleaseTranslation (the English version of a French Panama draft)', (self) => () => createReleaseTranslation(IDLE, form({ sourceId: draftOf(self), language: 'en' })),
    row('login', 'ok', 'not_found', 'ok', 'not_found', 'ok', 'refused:not_allowed')],
  ['page /workspace/releases/[id] (the editor of a Panama draft)', () => () => Promise.all([getReleaseView(n.releases.panamaDraft.id), findReleaseDraftForEdit(n.releases.panamaDraft.id), listTopicChoices(), findSourceChange(n.releases.panamaDraft.id), findTranslationSource(n.releases.panamaDraft.id), listPressOfficers({ firstOfficeId: n.offices.panama.id })]),
    row('login', 'ok', 'not_found', 'ok', 'not_found', 'ok', 'ok')],
  // Only an editor of the release's offices may move a published release's address; writers and admins are refused.
  ['action changeAddress (a published Panama release)', () => () => changeAddress(IDLE, form({ releaseId: n.releases.panamaPublished.id, slug: `matrix-address-${++sequence}` })),
    row('login', 'refused:not_allowed', 'not_found', 'ok', 'not_found', 'ok', 'refused:not_allowed')],
  // A release that is not a translation has no source to follow, for anyone who can see it.
  ['action followSource (a Panama draft that is not a translation)', () => () => followSource(IDLE, form({ releaseId: n.releases.panamaDraft.id, toNumber: '2' })),
    row('login', 'not_found', 'not_found', 'not_found', 'not_found', 'not_found', 'not_found')],
  ['route /api/releases/[id]/draft (autosave of a Panama draft)', () => () => autosave(`Autosaved ${++sequence}`),
    row('login', 'ok', 'not_found', 'ok', 'not_found', 'ok', 'not_found')],
  ['page /workspace/releases/new', () => () => Promise.all([listOfficesForNewRelease(), listTemplatesForNewRelease()]),
    row('login', 'ok', 'ok', 'ok', 'ok', 'ok', 'not_found')],
  ['action createDraftRelease (in Panama, from a Senegal template)', () => () => createDraftRelease(IDLE, form({ title: `Matrix release ${++sequence}`, language: 'es', officeId: n.offices.panama.id, templateId: senegalTemplateId })),
    row('login', 'refused:invalid_template', 'not_found', 'refused:invalid_template', 'not_found', 'refused:invalid_template', 'not_found')],
  ['action createDraftRelease (in Panama, from a Panama template)', () => () => createDraftRelease(IDLE, form({ title: `Matrix release ${++sequence}`, language: 'es', officeId: n.offices.panama.id, templateId: panamaTemplateId })),
    row('login', 'ok', 'not_found', 'ok', 'not_found', 'ok', 'not_found')],
  ['action createDraftRelease (in Panama)', () => () => createDraftRelease(IDLE, form({ title: `Matrix release ${++sequence}`, language: 'es', officeId: n.offices.panama.id })),
    row('login', 'ok', 'not_found', 'ok', 'not_found', 'ok', 'not_found')],
  ['page /workspace/account', () => () => getCurrentUser(),
    row('login', 'ok', 'ok', 'ok', 'ok', 'ok', 'ok')],
  ['page /workspace/media', () => () => Promise.all([getCurrentUser(), searchMediaLibrary({ q: 'port', uploader: 'panama', from: '2020-01-01' })]),
    row('login', 'ok', 'ok', 'ok', 'ok', 'ok', 'ok')],
  ['page /workspace/media/[id] (a Panama writer’s image)', () => () => Promise.all([getCurrentUser(), getMediaDetail(usedImageId)]),
    row('login', 'ok', 'ok', 'ok', 'ok', 'ok', 'ok')],
  ['page /workspace/media/[id] (an id that does not exist)', () => () => getMediaDetail(crypto.randomUUID()),
    row('login', 'not_found', 'not_found', 'not_found', 'not_found', 'not_found', 'not_found')],
  ['action saveMediaDetails (a Panama writer’s image)', () => () => saveMediaDetails(IDLE, form({ mediaId: usedImageId, altFr: 'Le port de Colón à l’aube', altEn: 'Colón harbour at dawn', altEs: '', credit: 'Bureau de Panama' })),
    row('login', 'ok', 'not_found', 'ok', 'not_found', 'ok', 'ok')],
  ['route /api/media/[id]/file (POST, replacing a Panama writer’s image)', () => async () => replaceMediaFileRoute(posted(`/api/media/${usedImageId}/file`, await replacement()), { params: Promise.resolve({ id: usedImageId }) }).then(formStateOf(200)),
    row('login', 'ok', 'not_found', 'ok', 'not_found', 'ok', 'ok')],
  ['action deleteMediaImage (a Panama writer’s image a release uses)', () => () => deleteMediaImage(IDLE, form({ mediaId: usedImageId })),
    row('login', 'refused:in_use', 'not_found', 'refused:in_use', 'not_found', 'refused:in_use', 'refused:in_use')],
  ['action deleteMediaImage (a Panama writer’s unused image)', (self) => () => deleteMediaImage(IDLE, form({ mediaId: forPerson(unusedImageFor, self) })),
    row('login', 'ok', 'not_found', 'ok', 'not_found', 'ok', 'ok')],
  ['route /api/releases/[id]/attachments (POST, a PDF for a Panama draft)', () => () => attachDocument().then(expectStatus(201)),
    row('login', 'ok', 'not_found', 'ok', 'not_found', 'ok', 'not_found')],
  ['route /api/media (POST, an image upload)', () => () => uploadMediaRoute(imageUpload()).then(expectStatus(201)),
    row('login', 'ok', 'ok', 'ok', 'ok', 'ok', 'ok')],
  ['route /api/media (GET, the picker\'s library)', () => () => listMediaRoute(new Request('http://localhost/api/media?q=port')).then(expectStatus(200)),
    row('login', 'ok', 'ok', 'ok', 'ok', 'ok', 'ok')],
  ['page /workspace/admin/users', () => () => listUsersForAdmin(),
    row('login', 'not_found', 'not_found', 'not_found', 'not_found', 'not_found', 'ok')],
  ['page /workspace/admin/users/new', () => () => listOfficesForAdmin(),
    row('login', 'not_found', 'not_found', 'not_found', 'not_found', 'not_found', 'ok')],
  ['page /workspace/admin/users/[id]', () => () => getUserForAdmin(target.id),
    row('login', 'not_found', 'not_found', 'not_found', 'not_found', 'not_found', 'ok')],
  ['page /workspace/admin/offices', () => () => listOfficesForAdmin(),
    row('login', 'not_found', 'not_found', 'not_found', 'not_found', 'not_found', 'ok')],
  ['page /workspace/admin/offices/new', () => () => listOfficesForAdmin(),
    row('login', 'not_found', 'not_found', 'not_found', 'not_found', 'not_found', 'ok')],
  ['page /workspace/admin/offices/[id]', () => () => getOfficeForAdmin(n.offices.panama.id),
    row('login', 'not_found', 'not_found', 'not_found', 'not_found', 'not_found', 'ok')],
  ['page /workspace/admin/import', () => () => listOfficesForAdmin(),
    row('login', 'not_found', 'not_found', 'not_found', 'not_found', 'not_found', 'ok')],
  ['route /api/import (POST, an upload of legacy dumps)', () => () => importRoute(posted('/api/import', dumpUpload())).then(formStateOf(200)),
    row('login', 'not_found', 'not_found', 'not_found', 'not_found', 'not_found', 'ok')],
  ['page /workspace/review', () => () => Promise.all([listReviewQueue({ state: 'in_review' }), listReviewOffices()]),
    row('login', 'not_found', 'not_found', 'ok', 'ok', 'ok', 'not_found')],
  ['page /workspace/admin', () => () => getCurrentAdmin(),
    row('login', 'not_found', 'not_found', 'not_found', 'not_found', 'not_found', 'ok')],
  // Any path no screen answers, inside the workspace layout.
  ['page /workspace/[...unknown]', () => () => getCurrentUser().then(() => UnknownWorkspacePath()),
    row('login', 'not_found', 'not_found', 'not_found', 'not_found', 'not_found', 'not_found')],
  ['page /workspace/admin/audit', () => () => Promise.all([listAuditEntries({ who: 'editor' }), listAuditActions()]),
    row('login', 'not_found', 'not_found', 'not_found', 'not_found', 'not_found', 'ok')],
  ['route /workspace/admin/audit/export.csv', () => () => exportAuditCsv(new Request('http://localhost/workspace/admin/audit/export.csv?action=release.approve')),
    row('login', 'not_found', 'not_found', 'not_found', 'not_found', 'not_found', 'ok')],
  ['page /workspace/admin/outbox', () => () => listOutboxMessages({ status: 'failed' }),
    row('login', 'not_found', 'not_found', 'not_found', 'not_found', 'not_found', 'ok')],
  ['page /workspace/admin/jobs', () => () => listJobsForAdmin(),
    row('login', 'not_found', 'not_found', 'not_found', 'not_found', 'not_found', 'ok')],
  ['action retryJob (a job that has not failed)', () => () => retryJob(IDLE, form({ queue: 'portal-refresh', id: crypto.randomUUID() })),
    row('login', 'not_found', 'not_found', 'not_found', 'not_found', 'not_found', 'refused:not_retryable')],
  ['action cancelJob (a job that does not exist)', () => () => cancelJob(IDLE, form({ queue: 'edge-purge', id: crypto.randomUUID() })),
    row('login', 'not_found', 'not_found', 'not_found', 'not_found', 'not_found', 'refused:not_cancellable')],
  ['action createAccount', () => () => createAccount(IDLE, form({ email: `new-${++sequence}@example.org`, name: 'New Person', role: 'writer', officeId: n.offices.panama.id, uiLanguage: 'es' })),
    row('login', 'not_found', 'not_found', 'not_found', 'not_found', 'not_found', 'ok')],
  ['action updateAccount (someone else)', () => () => updateAccount(IDLE, form({ userId: target.id, name: 'Renamed', role: 'editor', officeId: n.offices.panama.id, uiLanguage: 'fr' })),
    row('login', 'not_found', 'not_found', 'not_found', 'not_found', 'not_found', 'ok')],
  ['action updateAccount (promoting oneself to admin)', (self) => () => updateAccount(IDLE, form({ userId: self.id, name: 'Me', role: 'admin', officeId: n.offices.hq.id, uiLanguage: 'fr' })),
    row('login', 'not_found', 'not_found', 'not_found', 'not_found', 'not_found', 'ok')],
  ['action deactivateAccount', () => () => deactivateAccount(IDLE, form({ userId: target.id })),
    row('login', 'not_found', 'not_found', 'not_found', 'not_found', 'not_found', 'ok')],
  ['action deactivateAccount (one\'s own account)', (self) => () => deactivateAccount(IDLE, form({ userId: self.id })),
    row('login', 'not_found', 'not_found', 'not_found', 'not_found', 'not_found', 'refused:own_account')],
  ['action reactivateAccount', () => () => reactivateAccount(IDLE, form({ userId: target.id })),
    row('login', 'not_found', 'not_found', 'not_found', 'not_found', 'not_found', 'ok')],
  ['action endSessions', () => () => endSessions(IDLE, form({ userId: target.id })),
    row('login', 'not_found', 'not_found', 'not_found', 'not_found', 'not_found', 'ok')],
  ['action addOffice', () => () => addOffice(IDLE, form({ code: `new-office-${++sequence}`, kind: 'country', ...officeFields() })),
    row('login', 'not_found', 'not_found', 'not_found', 'not_found', 'not_found', 'ok')],
  ['action saveOffice (Panama)', () => () => saveOffice(IDLE, form({ officeId: n.offices.panama.id, ...officeFields({ cityEs: 'Panamá' }) })),
    row('login', 'not_found', 'not_found', 'not_found', 'not_found', 'not_found', 'ok')],
  ['action changePassword (own, with the right current password)', () => () => changePassword(IDLE, form({ currentPassword: NEWSROOM_PASSWORD, newPassword: NEWSROOM_PASSWORD, confirmPassword: NEWSROOM_PASSWORD })),
    row('login', 'ok', 'ok', 'ok', 'ok', 'ok', 'ok')],
  ['action changePassword (own, with a wrong current password)', () => () => changePassword(IDLE, form({ currentPassword: 'not-the-password', newPassword: 'another-long-password', confirmPassword: 'another-long-password' })),
    row('login', 'refused:wrong_password', 'refused:wrong_password', 'refused:wrong_password', 'refused:wrong_password', 'refused:wrong_password', 'refused:wrong_password')],
  ['action transitionRelease (requesting changes on a Panama release in review)', (self) => () => transitionRelease(IDLE, form({ releaseId: releaseInReviewFor(self), transition: 'request_changes', comment: 'Précisez la source.' })),
    row('login', 'refused:not_allowed', 'not_found', 'ok', 'not_found', 'ok', 'refused:not_allowed')],
  ['action transitionRelease (a crafted publish of a Panama release in review)', (self) => () => transitionRelease(IDLE, form({ releaseId: releaseInReviewFor(self), transition: 'publish' })),
    row('login', 'refused:not_allowed', 'not_found', 'refused:wrong_state', 'not_found', 'refused:wrong_state', 'refused:not_allowed')],
  // A publish marked as a correction mails every subscriber: it is refused exactly as any publish is.
  ['action transitionRelease (a crafted correction publish of a Panama release in review)', (self) => () => transitionRelease(IDLE, form({ releaseId: releaseInReviewFor(self), transition: 'publish', correction: 'on' })),
    row('login', 'refused:not_allowed', 'not_found', 'refused:wrong_state', 'not_found', 'refused:wrong_state', 'refused:not_allowed')],
  // Only an editor of the release's office may promote; a release that was never imported is refused as such.
  ['action promoteArchiveRelease (a Panama release that was not imported)', () => () => promoteArchiveRelease(IDLE, form({ releaseId: n.releases.panamaPublished.id, promote: 'true' })),
    row('login', 'refused:not_allowed', 'not_found', 'refused:not_archive', 'not_found', 'refused:not_archive', 'refused:not_allowed')],
  ['page /workspace/admin/menus', () => () => Promise.all([listMenusForAdmin(), listMenuTargets(), listTopicsForAdmin()]),
    row('login', 'not_found', 'not_found', 'not_found', 'not_found', 'not_found', 'ok')],
  ['action addItem', () => () => addItem(IDLE, form({ menuKey: 'footer', ...menuItemFields() })),
    row('login', 'not_found', 'not_found', 'not_found', 'not_found', 'not_found', 'ok')],
  ['action saveItem (an entry that does not exist)', () => () => saveItem(IDLE, form({ itemId: crypto.randomUUID(), ...menuItemFields() })),
    row('login', 'not_found', 'not_found', 'not_found', 'not_found', 'not_found', 'not_found')],
  ['action deleteItem (an entry that does not exist)', () => () => deleteItem(IDLE, form({ itemId: crypto.randomUUID() })),
    row('login', 'not_found', 'not_found', 'not_found', 'not_found', 'not_found', 'not_found')],
  ['action moveItem (an entry that does not exist)', () => () => moveItem(IDLE, form({ itemId: crypto.randomUUID(), move: 'up', shape: 'seen' })),
    row('login', 'not_found', 'not_found', 'not_found', 'not_found', 'not_found', 'not_found')],
  ['action placeItem (an entry that does not exist)', () => () => placeItem(IDLE, form({ itemId: crypto.randomUUID(), parentId: '', index: '0', shape: 'seen' })),
    row('login', 'not_found', 'not_found', 'not_found', 'not_found', 'not_found', 'not_found')],
  ['page /workspace/admin/topics', () => () => listTopicsForAdmin(),
    row('login', 'not_found', 'not_found', 'not_found', 'not_found', 'not_found', 'ok')],
  ['action addTopic', () => () => addTopic(IDLE, form({ slug: `topic-${++sequence}`, labelFr: 'Eau', labelEn: 'Water', labelEs: 'Agua' })),
    row('login', 'not_found', 'not_found', 'not_found', 'not_found', 'not_found', 'ok')],
  ['action saveTopicLabels (a topic that does not exist)', () => () => saveTopicLabels(IDLE, form({ topicId: crypto.randomUUID(), labelFr: 'Eau', labelEn: 'Water', labelEs: 'Agua' })),
    row('login', 'not_found', 'not_found', 'not_found', 'not_found', 'not_found', 'not_found')],
  ['action mergeTopicInto (topics that do not exist)', () => () => mergeTopicInto(IDLE, form({ topicId: crypto.randomUUID(), intoId: crypto.randomUUID() })),
    row('login', 'not_found', 'not_found', 'not_found', 'not_found', 'not_found', 'not_found')],
  ['action retireTopicNow (a topic that does not exist)', () => () => retireTopicNow(IDLE, form({ topicId: crypto.randomUUID() })),
    row('login', 'not_found', 'not_found', 'not_found', 'not_found', 'not_found', 'not_found')],
  ['page /workspace/picks', () => () => Promise.all([listPicks('fr'), searchPublicationsToPin('fr', 'Panama')]),
    row('login', 'not_found', 'not_found', 'ok', 'ok', 'ok', 'ok')],
  ['action pin (a publication that does not exist)', () => () => pin(IDLE, form({ publicationId: crypto.randomUUID() })),
    row('login', 'not_found', 'not_found', 'not_found', 'not_found', 'not_found', 'not_found')],
  ['action unpin (a publication that does not exist)', () => () => unpin(IDLE, form({ publicationId: crypto.randomUUID() })),
    row('login', 'not_found', 'not_found', 'not_found', 'not_found', 'not_found', 'not_found')],
  ['action reorderPick (a publication that does not exist)', () => () => reorderPick(IDLE, form({ publicationId: crypto.randomUUID(), direction: 'up' })),
    row('login', 'not_found', 'not_found', 'not_found', 'not_found', 'not_found', 'not_found')],
  ['page /workspace/pages', () => () => listPagesForAdmin({ language: 'fr', state: 'published', q: 'Qui' }),
    row('login', 'not_found', 'not_found', 'not_found', 'not_found', 'ok', 'ok')],
  ['page /workspace/pages/new', () => () => listPagesForAdmin(),
    row('login', 'not_found', 'not_found', 'not_found', 'not_found', 'ok', 'ok')],
  ['page /workspace/pages/[id]', () => () => getPageForEdit(staticPage.id),
    row('login', 'not_found', 'not_found', 'not_found', 'not_found', 'ok', 'ok')],
  ['page /workspace/pages/[id]/history', () => () => listPageRevisions(staticPage.id),
    row('login', 'not_found', 'not_found', 'not_found', 'not_found', 'ok', 'ok')],
  ['page /workspace/pages/[id]/preview', () => () => getPagePreview(staticPage.id),
    row('login', 'not_found', 'not_found', 'not_found', 'not_found', 'ok', 'ok')],
  ['route /api/pages/[id]/draft (autosave of a static page)', () => () => autosavePage(`Autosaved page ${++sequence}`),
    row('login', 'not_found', 'not_found', 'not_found', 'not_found', 'ok', 'ok')],
  ['action createDraftPage', () => () => createDraftPage(IDLE, form({ language: 'fr', title: 'Contacts', path: `contacts-${++sequence}` })),
    row('login', 'not_found', 'not_found', 'not_found', 'not_found', 'ok', 'ok')],
  ['action publishStaticPage', () => () => publishStaticPage(IDLE, form({ pageId: staticPage.id })),
    row('login', 'not_found', 'not_found', 'not_found', 'not_found', 'ok', 'ok')],
  ['action unpublishStaticPage (a page of one’s own case)', (self) => () => unpublishStaticPage(IDLE, form({ pageId: staticPageOf(self) })),
    row('login', 'not_found', 'not_found', 'not_found', 'not_found', 'ok', 'ok')],
  ['action renameStaticPage', () => () => renameStaticPage(IDLE, form({ pageId: staticPage.id, path: `renommee-${++sequence}` })),
    row('login', 'not_found', 'not_found', 'not_found', 'not_found', 'ok', 'ok')],
  ['action savePageVersionNow', () => () => savePageVersionNow(IDLE, form({ pageId: staticPage.id, message: 'Relue par le siège' })),
    row('login', 'not_found', 'not_found', 'not_found', 'not_found', 'ok', 'ok')],
  ['action restoreStaticPageRevision (at the page’s current version)', () => async () => restoreStaticPageRevision(IDLE, form({ pageId: staticPage.id, revisionNumber: '1', expectedVersion: await staticPageVersion(staticPage.id) })),
    row('login', 'not_found', 'not_found', 'not_found', 'not_found', 'ok', 'ok')],
  ['action createStaticPageTranslation (the English version of one’s own French page)', (self) => () => createStaticPageTranslation(IDLE, form({ sourceId: staticPageOf(self), language: 'en' })),
    row('login', 'not_found', 'not_found', 'not_found', 'not_found', 'ok', 'ok')],
  ['action changeLanguage (own)', () => () => changeLanguage(IDLE, form({ uiLanguage: 'en' })),
    row('login', 'ok', 'ok', 'ok', 'ok', 'ok', 'ok')],
  ['action changeTimeZone (own)', () => () => changeTimeZone(IDLE, form({ timeZone: 'Asia/Tokyo' })),
    row('login', 'ok', 'ok', 'ok', 'ok', 'ok', 'ok')],
  ['page /workspace/contacts', () => () => Promise.all([listMediaContacts({ q: 'castillo' }), listMediaContactChoices()]),
    row('login', 'not_found', 'not_found', 'ok', 'ok', 'ok', 'ok')],
  ['page /workspace/contacts/new', () => () => listMediaContactChoices(),
    row('login', 'not_found', 'not_found', 'ok', 'ok', 'ok', 'ok')],
  ['page /workspace/contacts/import', () => () => listMediaContactChoices(),
    row('login', 'not_found', 'not_found', 'ok', 'ok', 'ok', 'ok')],
  ['page /workspace/contacts/[id] (a Panama contact)', () => () => getMediaContact(panamaContactId),
    row('login', 'not_found', 'not_found', 'ok', 'not_found', 'ok', 'ok')],
  ['page /workspace/contacts/lists', () => () => listMediaLists(),
    row('login', 'not_found', 'not_found', 'ok', 'ok', 'ok', 'ok')],
  ['page /workspace/contacts/lists/[id] (a Panama list)', () => () => getMediaList(panamaListId),
    row('login', 'not_found', 'not_found', 'ok', 'not_found', 'ok', 'ok')],
  ['route /workspace/contacts/export.csv', () => () => exportContactsCsv(new Request('http://localhost/workspace/contacts/export.csv?language=es')),
    row('login', 'not_found', 'not_found', 'ok', 'ok', 'ok', 'ok')],
  ['route /workspace/contacts/[id]/export (a Panama contact)', () => () => exportOneContact(new Request('http://localhost/workspace/contacts/x/export?format=json'), { params: Promise.resolve({ id: panamaContactId }) }),
    row('login', 'not_found', 'not_found', 'ok', 'not_found', 'ok', 'ok')],
  ['action createContact (in Panama)', () => () => createContact(IDLE, form({ officeId: n.offices.panama.id, name: 'Matrix', outlet: '', email: `matrix.${++sequence}@istmo.example`, languages: 'es', beat: '', phone: '', notes: '', consentSource: '', consentDate: '', status: 'active' })),
    row('login', 'not_found', 'not_found', 'ok', 'not_found', 'ok', 'ok')],
  ['action updateContact (a Panama contact)', () => () => updateContact(IDLE, form({ contactId: panamaContactId, officeId: n.offices.panama.id, name: 'Ana Castillo', outlet: 'Prensa del Istmo', email: 'ana.castillo@istmo.example', languages: 'es', beat: '', phone: '', notes: '', consentSource: '', consentDate: '', status: 'active' })),
    row('login', 'not_found', 'not_found', 'ok', 'not_found', 'ok', 'ok')],
  ['action eraseContact (a Panama contact of one’s own case)', (self) => () => eraseContact(IDLE, form({ contactId: contactToEraseFor.get(self.id) ?? panamaContactId })),
    row('login', 'not_found', 'not_found', 'ok', 'not_found', 'ok', 'ok')],
  ['action createList (in Panama)', () => () => createList(IDLE, form({ kind: 'static', officeId: n.offices.panama.id, name: `Matrix list ${++sequence}` })),
    row('login', 'not_found', 'not_found', 'ok', 'not_found', 'ok', 'ok')],
  ['action deleteList (a Panama list of one’s own case)', (self) => () => deleteList(IDLE, form({ listId: listToDeleteFor.get(self.id) ?? panamaListId })),
    row('login', 'not_found', 'not_found', 'ok', 'not_found', 'ok', 'ok')],
  ['action addListMember (a Panama contact to a Panama list)', () => () => addListMember(IDLE, form({ listId: panamaListId, contactId: panamaContactId })),
    row('login', 'not_found', 'not_found', 'ok', 'not_found', 'ok', 'ok')],
  ['action removeListMember (a contact not on the Panama list)', () => () => removeListMember(IDLE, form({ listId: panamaListId, contactId: crypto.randomUUID() })),
    row('login', 'not_found', 'not_found', 'ok', 'not_found', 'ok', 'ok')],
  ['page /workspace/press-officers', () => () => listPressOfficers({ q: 'pérez' }),
    row('login', 'ok', 'ok', 'ok', 'ok', 'ok', 'ok')],
  ['page /workspace/press-officers/new', () => () => listDirectoryOffices(),
    row('login', 'not_found', 'not_found', 'ok', 'ok', 'ok', 'ok')],
  ['page /workspace/press-officers/[id] (a Panama press officer)', () => () => Promise.all([getPressOfficerForEdit(panamaOfficerId), listDirectoryOffices()]),
    row('login', 'not_found', 'not_found', 'ok', 'not_found', 'ok', 'ok')],
  ['action addPressOfficer (in Panama)', () => () => addPressOfficer(IDLE, form(officerFields())),
    row('login', 'not_found', 'not_found', 'ok', 'not_found', 'ok', 'ok')],
  ['action savePressOfficer (a Panama press officer)', () => () => savePressOfficer(IDLE, form({ ...officerFields(), officerId: panamaOfficerId })),
    row('login', 'not_found', 'not_found', 'ok', 'not_found', 'ok', 'ok')],
  ['action removePressOfficer (a Panama press officer of one’s own case)', (self) => () => removePressOfficer(IDLE, form({ officerId: officerToRemoveFor.get(self.id) ?? panamaOfficerId })),
    row('login', 'not_found', 'not_found', 'ok', 'not_found', 'ok', 'ok')],
  ['page /workspace/templates', () => () => listTemplatesForManagement(),
    row('login', 'not_found', 'not_found', 'ok', 'ok', 'ok', 'ok')],
  ['page /workspace/templates/new', () => () => Promise.all([listDirectoryOffices(), listTopicChoices(), listPressOfficers()]),
    row('login', 'not_found', 'not_found', 'ok', 'ok', 'ok', 'ok')],
  ['page /workspace/templates/[id] (a Panama template)', () => () => getTemplateForEdit(panamaTemplateId),
    row('login', 'not_found', 'not_found', 'ok', 'not_found', 'ok', 'ok')],
  ['action addReleaseTemplate (in Panama)', () => () => addReleaseTemplate(IDLE, form(templateFields())),
    row('login', 'not_found', 'not_found', 'ok', 'not_found', 'ok', 'ok')],
  ['action addReleaseTemplate (for the whole organisation)', () => () => addReleaseTemplate(IDLE, form({ ...templateFields(), officeId: '' })),
    row('login', 'not_found', 'not_found', 'not_found', 'not_found', 'ok', 'ok')],
  ['action saveReleaseTemplate (a Panama template)', () => () => saveReleaseTemplate(IDLE, form({ ...templateFields(), templateId: panamaTemplateId })),
    row('login', 'not_found', 'not_found', 'ok', 'not_found', 'ok', 'ok')],
  ['action removeReleaseTemplate (a Panama template of one’s own case)', (self) => () => removeReleaseTemplate(IDLE, form({ templateId: templateToRemoveFor.get(self.id) ?? panamaTemplateId })),
    row('login', 'not_found', 'not_found', 'ok', 'not_found', 'ok', 'ok')],
];

const expectStatus = (status: number) => (response: Response) => {
  if (response.status === 401) return loginRedirect();
  if (response.status === 404) throw Object.assign(new Error('not found'), { digest: 'NEXT_HTTP_ERROR_FALLBACK;404' });
  expect(response.status).toBe(status);
  return response;
};

/** A route handler that answers a form's state: 401 is the way to the sign-in page, 404 is "not found". */
const formStateOf = (status: number) => async (response: Response) => {
  if (response.status === 401) return loginRedirect();
  if (response.status === 404) throw Object.assign(new Error('not found'), { digest: 'NEXT_HTTP_ERROR_FALLBACK;404' });
  expect(response.status).toBe(status);
  return (await response.json()) as FormState;
};
const posted = (path: string, body: FormData) =>
  new Request(`http://localhost${path}`, { method: 'POST', body, headers: { origin: 'http://localhost:3000' } });

function row(...outcomes: Outcome[]): Record<Persona, Outcome> {
  return Object.fromEntries(PERSONAS.map((persona, index) => [persona, outcomes[index]!])) as Record<Persona, Outcome>;
}

async function outcomeOf(call: Call): Promise<Outcome> {
  try {
    const result = (await call()) as FormState | undefined;
    if (result && typeof result === 'object' && 'status' in result) {
      if (result.status === 'refused') return `refused:${result.reason}`;
      if (result.status === 'invalid') return `refused:invalid ${JSON.stringify(result.fieldErrors)}`;
    }
    return 'ok';
  } catch (error) {
    const digest = String((error as { digest?: unknown }).digest ?? '');
    if (digest.startsWith('NEXT_REDIRECT') && digest.includes('/login')) return 'login';
    // An action that ends by opening what it made (a new release) succeeded.
    if (digest.startsWith('NEXT_REDIRECT;') && digest.includes(';/workspace/')) return 'ok';
    if (digest === 'NEXT_HTTP_ERROR_FALLBACK;404') return 'not_found';
    throw error;
  }
}

/** Everything a workspace call could change: people, offices, releases, preview links, static pages, media, comments, notifications, menus, topics, picks, media contacts and lists, the press directory, release templates, and the audit log. */
async function snapshot() {
  const [
    people,
    officeRows,
    releaseStates,
    links,
    pageVersions,
    mediaRows,
    attachmentRows,
    commentRows,
    notificationRows,
    menuRows,
    topicRows,
    picks,
    contactRows,
    listRows,
    memberRows,
    officerRows,
    templateRows,
    templateLinks,
    chosenLists,
    [audit],
  ] = await Promise.all([
    n.db.select().from(users).orderBy(asc(users.id)),
    n.db.select().from(offices).orderBy(asc(offices.id)),
    n.db
      .select({ id: releases.id, state: releases.state, version: releases.version })
      .from(releases)
      .orderBy(asc(releases.id)),
    n.db.select().from(previewLinks).orderBy(asc(previewLinks.id)),
    n.db.select({ id: pages.id, version: pages.version }).from(pages).orderBy(asc(pages.id)),
    n.db.select().from(media).orderBy(asc(media.id)),
    n.db.select().from(attachments).orderBy(asc(attachments.id)),
    n.db.select().from(comments).orderBy(asc(comments.id)),
    n.db.select().from(notifications).orderBy(asc(notifications.id)),
    n.db.select().from(menuItems).orderBy(asc(menuItems.id)),
    n.db.select().from(topics).orderBy(asc(topics.id)),
    n.db
      .select({ id: publications.id, pickPosition: publications.pickPosition })
      .from(publications)
      .orderBy(asc(publications.id)),
    n.db.select().from(mediaContacts).orderBy(asc(mediaContacts.id)),
    n.db.select().from(mediaLists).orderBy(asc(mediaLists.id)),
    n.db.select().from(mediaListMembers).orderBy(asc(mediaListMembers.listId), asc(mediaListMembers.contactId)),
    n.db.select().from(pressOfficers).orderBy(asc(pressOfficers.id)),
    n.db.select().from(releaseTemplates).orderBy(asc(releaseTemplates.id)),
    Promise.all([
      n.db.select().from(releaseTemplateTopics).orderBy(asc(releaseTemplateTopics.templateId)),
      n.db.select().from(releaseTemplateContacts).orderBy(asc(releaseTemplateContacts.templateId)),
    ]),
    n.db
      .select()
      .from(releaseDistributionLists)
      .orderBy(asc(releaseDistributionLists.releaseId), asc(releaseDistributionLists.listId)),
    n.db.select({ n: count() }).from(auditLog),
  ]);
  return {
    people,
    officeRows,
    releaseStates,
    links,
    pageVersions,
    mediaRows,
    attachmentRows,
    commentRows,
    notificationRows,
    menuRows,
    topicRows,
    picks,
    contactRows,
    listRows,
    memberRows,
    officerRows,
    templateRows,
    templateLinks,
    chosenLists,
    auditRows: audit?.n,
  };
}

describe('the workspace authorization matrix', () => {
  for (const [name, call, expected] of MATRIX) {
    describe(name, () => {
      for (const persona of PERSONAS) {
        const outcome = expected[persona];
        it(`${outcome === 'ok' ? 'allows' : `answers ${outcome} to`} ${persona}${outcome === 'ok' ? '' : ', changing nothing'}`, async () => {
          const user = personaUser(persona);
          // Each call comes with a freshly signed-in session, as after a real sign-in.
          actAs(user ? await reloadUser(n.db, user.id) : null);
          const before = outcome === 'ok' ? undefined : await snapshot();
          expect(await outcomeOf(call(user ?? { id: crypto.randomUUID() }))).toBe(outcome);
          if (before) expect(await snapshot()).toEqual(before);
        });
      }
    });
  }

  it('covers every page of the workspace', () => {
    const pages = fs
      .readdirSync(import.meta.dirname, { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('page.tsx'))
      .map((file) => `page /workspace/${path.dirname(file)}`.replace(/\/\.$/, '').replaceAll(path.sep, '/'));
    const covered = new Set(MATRIX.map(([name]) => name.split(' (')[0]));
    expect(pages.filter((page) => !covered.has(page))).toEqual([]);
  });

  it('covers every route handler of the workspace', () => {
    const routes = fs
      .readdirSync(import.meta.dirname, { recursive: true, encoding: 'utf8' })
      .filter((file) => path.basename(file) === 'route.ts')
      .map((file) => `route /workspace/${path.dirname(file)}`.replaceAll(path.sep, '/'));
    const covered = new Set(MATRIX.map(([name]) => name.split(' (')[0]));
    expect(routes.filter((route) => !covered.has(route))).toEqual([]);
  });

  it('covers every server action of the workspace', async () => {
    const files = fs
      .readdirSync(import.meta.dirname, { recursive: true, encoding: 'utf8' })
      .filter((file) => path.basename(file) === 'actions.ts');
    const modules = await Promise.all(files.map((file) => import(path.join(import.meta.dirname, file))));
    const actions = modules.flatMap((module) => Object.keys(module));
    const covered = new Set(MATRIX.map(([name]) => name.split(' (')[0]!.replace('action ', '')));
    expect(actions.filter((action) => !covered.has(action))).toEqual([]);
  });
});
