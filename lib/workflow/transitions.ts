import type { Role } from '@/lib/auth/roles';
import type { ReleaseState } from './states';

/**
 * Who takes a transition: a signed-in person, or the system (the scheduler publishing an embargoed
 * release, the importer publishing legacy content), named in the audit log by `label`.
 */
export type Actor = { kind: 'user'; id: string; role: Role } | { kind: 'system'; label?: string };
export type ActorRole = Role | 'system';

export type Requirement = 'comment' | 'four_eyes' | 'future_time' | 'checklist';

export type Transition = {
  from: readonly ReleaseState[];
  to: ReleaseState;
  by: readonly ActorRole[];
  needs?: readonly Requirement[];
};

/**
 * Every way a release changes state. Read by applyTransition() in lib/dal, by the UI to decide
 * which buttons to show, and by the tests. Office scope is checked by the DAL, not here.
 */
export const TRANSITIONS = {
  // A published or withdrawn release goes back through review with its edits (forward revisions).
  submit: {
    from: ['draft', 'changes_requested', 'published', 'unpublished'],
    to: 'in_review',
    by: ['writer', 'editor'],
    needs: ['checklist'],
  },
  withdraw: { from: ['in_review'], to: 'draft', by: ['writer', 'editor'] },
  request_changes: { from: ['in_review'], to: 'changes_requested', by: ['editor'], needs: ['comment'] },
  approve: { from: ['in_review'], to: 'approved', by: ['editor'], needs: ['four_eyes'] },
  schedule: { from: ['approved'], to: 'scheduled', by: ['editor'], needs: ['future_time', 'checklist'] },
  // The scheduler takes back a due release it may not publish (its checklist no longer passes).
  unschedule: { from: ['scheduled'], to: 'approved', by: ['editor', 'system'] },
  publish: { from: ['approved', 'scheduled'], to: 'published', by: ['editor', 'system'], needs: ['checklist'] },
  unpublish: { from: ['published'], to: 'unpublished', by: ['editor'] },
  archive: { from: ['draft', 'changes_requested', 'unpublished'], to: 'archived', by: ['editor', 'admin'] },
  // The importer publishes legacy content it is sure of; nobody can take it from the workspace.
  import: { from: ['draft'], to: 'published', by: ['system'] },
} as const satisfies Record<string, Transition>;

export type TransitionName = keyof typeof TRANSITIONS;
export const TRANSITION_NAMES = Object.keys(TRANSITIONS) as TransitionName[];

export type RefusalCode =
  'wrong_state' | 'not_allowed' | 'needs_comment' | 'four_eyes' | 'needs_future_time' | 'checklist_incomplete';

export type GuardContext = {
  state: ReleaseState;
  actor: Actor;
  /** The release's author and whoever last changed the text under review: none of them may approve it. */
  contentAuthorIds: readonly string[];
  checklistPassed: boolean;
  now: Date;
  comment?: string;
  scheduledAt?: Date;
};

export const roleOf = (actor: Actor): ActorRole => (actor.kind === 'system' ? 'system' : actor.role);

const REQUIREMENT_REFUSALS: Record<Requirement, (context: GuardContext) => RefusalCode | null> = {
  comment: ({ comment }) => (comment?.trim() ? null : 'needs_comment'),
  four_eyes: ({ actor, contentAuthorIds }) =>
    actor.kind === 'user' && contentAuthorIds.includes(actor.id) ? 'four_eyes' : null,
  future_time: ({ scheduledAt, now }) =>
    scheduledAt && scheduledAt.getTime() > now.getTime() ? null : 'needs_future_time',
  checklist: ({ checklistPassed }) => (checklistPassed ? null : 'checklist_incomplete'),
};

/** Why this transition may not be taken now, or null when it may. */
export function refusalFor(name: TransitionName, context: GuardContext): RefusalCode | null {
  const transition: Transition = TRANSITIONS[name];
  if (!transition.by.includes(roleOf(context.actor))) return 'not_allowed';
  if (!transition.from.includes(context.state)) return 'wrong_state';
  for (const requirement of transition.needs ?? []) {
    const refusal = REQUIREMENT_REFUSALS[requirement](context);
    if (refusal) return refusal;
  }
  return null;
}

/**
 * The transitions this actor's role may start from this state (the buttons to show; needs are
 * checked on use). Given the people who wrote or changed the text, "approve" is left out for them:
 * the four-eyes rule would refuse it anyway.
 */
export function transitionsFrom(
  state: ReleaseState,
  actor: Actor,
  contentAuthorIds: readonly string[] = [],
): TransitionName[] {
  return TRANSITION_NAMES.filter((name) => {
    const transition: Transition = TRANSITIONS[name];
    if (name === 'approve' && actor.kind === 'user' && contentAuthorIds.includes(actor.id)) return false;
    return transition.from.includes(state) && transition.by.includes(roleOf(actor));
  });
}
