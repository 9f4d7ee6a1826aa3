import { describe, expect, it } from 'vitest';
import { RELEASE_STATES, type ReleaseState } from './states';
import {
  refusalFor,
  transitionsFrom,
  TRANSITION_NAMES,
  type Actor,
  type ActorRole,
  type GuardContext,
  type TransitionName,
} from './transitions';

const now = new Date('2026-05-04T10:00:00Z');
const actors: Record<ActorRole, Actor> = {
  writer: { kind: 'user', id: 'writer-1', role: 'writer' },
  editor: { kind: 'user', id: 'editor-1', role: 'editor' },
  admin: { kind: 'user', id: 'admin-1', role: 'admin' },
  system: { kind: 'system' },
};

/** A context where every requirement is met, so only role and state decide. */
function satisfied(state: ReleaseState, actor: Actor): GuardContext {
  return {
    state,
    actor,
    contentAuthorIds: ['someone-else'],
    checklistPassed: true,
    now,
    comment: 'Merci de préciser la source du chiffre.',
    scheduledAt: new Date(now.getTime() + 60 * 60 * 1000),
  };
}

// The workflow as the newsroom agreed it, written out once: who may take each transition, from where.
const RULES: Record<TransitionName, { by: ActorRole[]; from: ReleaseState[] }> = {
  submit: { by: ['writer', 'editor'], from: ['draft', 'changes_requested', 'published', 'unpublished'] },
  withdraw: { by: ['writer', 'editor'], from: ['in_review'] },
  request_changes: { by: ['editor'], from: ['in_review'] },
  approve: { by: ['editor'], from: ['in_review'] },
  schedule: { by: ['editor'], from: ['approved'] },
  unschedule: { by: ['editor', 'system'], from: ['scheduled'] },
  publish: { by: ['editor', 'system'], from: ['approved', 'scheduled'] },
  unpublish: { by: ['editor'], from: ['published'] },
  archive: { by: ['editor', 'admin'], from: ['draft', 'changes_requested', 'unpublished'] },
  import: { by: ['system'], from: ['draft'] },
};

describe('the transition table, for every role and state', () => {
  for (const name of TRANSITION_NAMES) {
    for (const role of Object.keys(actors) as ActorRole[]) {
      const allowed = RULES[name].by.includes(role);
      for (const state of RELEASE_STATES) {
        const expected = !allowed ? 'not_allowed' : RULES[name].from.includes(state) ? null : 'wrong_state';
        it(`${name} by ${role} from ${state}: ${expected ?? 'allowed'}`, () => {
          expect(refusalFor(name, satisfied(state, actors[role]))).toBe(expected);
        });
      }
    }
  }
});

describe('what each transition needs', () => {
  it('refuses a request for changes without a comment', () => {
    for (const comment of [undefined, '', '   \n']) {
      expect(refusalFor('request_changes', { ...satisfied('in_review', actors.editor), comment })).toBe(
        'needs_comment',
      );
    }
  });

  it("refuses approval by the release's own author", () => {
    const context = { ...satisfied('in_review', actors.editor), contentAuthorIds: ['editor-1'] };
    expect(refusalFor('approve', context)).toBe('four_eyes');
  });

  it('refuses approval by the editor who last changed the text under review', () => {
    const context = { ...satisfied('in_review', actors.editor), contentAuthorIds: ['writer-1', 'editor-1'] };
    expect(refusalFor('approve', context)).toBe('four_eyes');
  });

  it('lets another editor approve', () => {
    expect(
      refusalFor('approve', { ...satisfied('in_review', actors.editor), contentAuthorIds: ['writer-1'] }),
    ).toBeNull();
  });

  it('refuses to schedule for a time that has passed or is missing', () => {
    const base = satisfied('approved', actors.editor);
    expect(refusalFor('schedule', { ...base, scheduledAt: now })).toBe('needs_future_time');
    expect(refusalFor('schedule', { ...base, scheduledAt: new Date(now.getTime() - 1000) })).toBe('needs_future_time');
    expect(refusalFor('schedule', { ...base, scheduledAt: undefined })).toBe('needs_future_time');
  });

  it('refuses to submit, schedule or publish a release whose checklist is incomplete', () => {
    expect(refusalFor('submit', { ...satisfied('draft', actors.writer), checklistPassed: false })).toBe(
      'checklist_incomplete',
    );
    expect(refusalFor('schedule', { ...satisfied('approved', actors.editor), checklistPassed: false })).toBe(
      'checklist_incomplete',
    );
    expect(refusalFor('publish', { ...satisfied('scheduled', actors.system), checklistPassed: false })).toBe(
      'checklist_incomplete',
    );
  });

  it('checks the role before anything else, so a writer learns nothing about the release', () => {
    expect(refusalFor('publish', { ...satisfied('draft', actors.writer), checklistPassed: false })).toBe('not_allowed');
  });
});

describe('the buttons a person sees', () => {
  it('offers a writer submit on a draft, and nothing an editor does', () => {
    expect(transitionsFrom('draft', actors.writer)).toEqual(['submit']);
    expect(transitionsFrom('in_review', actors.writer)).toEqual(['withdraw']);
    expect(transitionsFrom('approved', actors.writer)).toEqual([]);
  });

  it('offers an editor the review decisions on a release in review', () => {
    expect(transitionsFrom('in_review', actors.editor)).toEqual(['withdraw', 'request_changes', 'approve']);
    // Four eyes: whoever wrote or changed the text is not offered to approve it.
    expect(transitionsFrom('in_review', actors.editor, ['editor-1'])).toEqual(['withdraw', 'request_changes']);
    expect(transitionsFrom('in_review', actors.editor, ['someone-else'])).toContain('approve');
  });

  it('offers an admin only archiving', () => {
    expect(RELEASE_STATES.flatMap((state) => transitionsFrom(state, actors.admin))).toEqual([
      'archive',
      'archive',
      'archive',
    ]);
  });
});
