import { beforeAll, describe, expect, it, vi } from 'vitest';
import { auditLog } from '@/db/schema';
import { actAs } from '@/test/fake-auth';
import { freshNewsroom, type Newsroom } from '@/test/newsroom';
import { AUDIT_PAGE_SIZE, exportAuditEntries, listAuditActions, listAuditEntries } from './audit-log';

vi.mock('@/lib/auth/auth', () => import('@/test/fake-auth'));

let n: Newsroom;
beforeAll(async () => {
  n = await freshNewsroom();
  const editor = n.people.hqEditor;
  await n.db.insert(auditLog).values([
    {
      at: new Date('2026-11-01T09:00:00Z'),
      actorId: editor.id,
      actorLabel: editor.email,
      action: 'release.approve',
      releaseId: n.releases.panamaInReview.id,
    },
    {
      at: new Date('2026-11-10T09:00:00Z'),
      actorId: editor.id,
      actorLabel: editor.email,
      action: 'release.request_changes',
      releaseId: n.releases.senegalInReview.id,
    },
    {
      at: new Date('2026-11-20T23:30:00Z'),
      actorLabel: 'system',
      action: 'release.publish',
      releaseId: n.releases.panamaScheduled.id,
    },
    {
      at: new Date('2026-11-21T08:00:00Z'),
      actorId: n.people.admin.id,
      actorLabel: n.people.admin.email,
      action: 'user.create',
      data: { note: '100%_sure' },
    },
  ]);
  for (let index = 0; index < AUDIT_PAGE_SIZE; index += 1) {
    await n.db
      .insert(auditLog)
      .values({ at: new Date(Date.UTC(2026, 9, 1, 0, index)), actorLabel: 'anonymous', action: 'sign_in.failed' });
  }
});

const actions = (page: { entries: { action: string }[] }) => page.entries.map((entry) => entry.action);

describe('reading the audit log', () => {
  it('lists the newest entries first, a page at a time', async () => {
    actAs(n.people.admin);
    const first = await listAuditEntries({});
    expect(first.total).toBe(AUDIT_PAGE_SIZE + 4);
    expect(first.pageCount).toBe(2);
    expect(actions(first).slice(0, 4)).toEqual([
      'user.create',
      'release.publish',
      'release.request_changes',
      'release.approve',
    ]);
    expect((await listAuditEntries({ page: 2 })).entries).toHaveLength(4);
  });

  it('finds who acted by e-mail or by name, case-insensitively', async () => {
    actAs(n.people.admin);
    expect(actions(await listAuditEntries({ who: 'HQ.EDITOR@' }))).toEqual([
      'release.request_changes',
      'release.approve',
    ]);
    expect(actions(await listAuditEntries({ who: 'hq.editor' }))).toHaveLength(2);
    expect((await listAuditEntries({ who: '%' })).total).toBe(0);
  });

  it('combines what, when and which release', async () => {
    actAs(n.people.admin);
    expect(actions(await listAuditEntries({ action: 'release.approve' }))).toEqual(['release.approve']);
    expect(actions(await listAuditEntries({ from: '2026-11-10', to: '2026-11-20' }))).toEqual([
      'release.publish',
      'release.request_changes',
    ]);
    expect(actions(await listAuditEntries({ release: 'senegal in' }))).toEqual(['release.request_changes']);
    expect(actions(await listAuditEntries({ release: n.releases.panamaScheduled.id, from: '2026-11-01' }))).toEqual([
      'release.publish',
    ]);
    expect(await listAuditActions()).toEqual([
      'release.approve',
      'release.publish',
      'release.request_changes',
      'sign_in.failed',
      'user.create',
    ]);
  });

  it('exports every matching entry, not only one page', async () => {
    actAs(n.people.admin);
    expect(await exportAuditEntries({ action: 'sign_in.failed' })).toHaveLength(AUDIT_PAGE_SIZE);
  });

  it('answers 404 to anyone but an admin', async () => {
    for (const person of [n.people.hqEditor, n.people.panamaWriter]) {
      actAs(person);
      await expect(listAuditEntries({})).rejects.toMatchObject({ digest: 'NEXT_HTTP_ERROR_FALLBACK;404' });
      await expect(exportAuditEntries({})).rejects.toMatchObject({ digest: 'NEXT_HTTP_ERROR_FALLBACK;404' });
      await expect(listAuditActions()).rejects.toMatchObject({ digest: 'NEXT_HTTP_ERROR_FALLBACK;404' });
    }
  });
});
