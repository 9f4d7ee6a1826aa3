import { beforeAll, describe, expect, it, vi } from 'vitest';
import { actAs } from '@/test/fake-auth';
import { freshNewsroom, type Newsroom } from '@/test/newsroom';
import { listMyDrafts, listMySubmitted, listRecentlyPublished, listScheduled, listWaitingForReview } from './releases';

vi.mock('@/lib/auth/auth', () => import('@/test/fake-auth'));

let n: Newsroom;
beforeAll(async () => {
  n = await freshNewsroom();
});

const titles = (items: { title: string }[]) => items.map((item) => item.title).sort();

describe('the dashboard lists', () => {
  it('show a writer their own drafts and their office’s scheduled and published releases', async () => {
    actAs(n.people.panamaWriter);
    expect(titles(await listMyDrafts())).toEqual(['Panama draft']);
    expect(titles(await listMySubmitted())).toEqual(['Panama in review']);
    expect(titles(await listScheduled())).toEqual(['Panama scheduled']);
    expect(titles(await listRecentlyPublished())).toEqual(['Panama published']);
    expect(await listWaitingForReview()).toEqual([]);
  });

  it('show a regional editor the reviews of their region only', async () => {
    actAs(n.people.americasEditor);
    expect(titles(await listWaitingForReview())).toEqual(['Panama in review']);
    actAs(n.people.westAfricaEditor);
    expect(titles(await listWaitingForReview())).toEqual(['Senegal in review']);
  });

  it('show a headquarters editor the reviews of every office', async () => {
    actAs(n.people.hqEditor);
    expect(titles(await listWaitingForReview())).toEqual(['Panama in review', 'Senegal in review']);
  });

  it('never show a writer the drafts of another office', async () => {
    actAs(n.people.senegalWriter);
    expect(titles(await listMyDrafts())).toEqual(['Senegal draft']);
    expect(titles(await listMySubmitted())).toEqual(['Senegal in review']);
    expect(await listScheduled()).toEqual([]);
  });
});
