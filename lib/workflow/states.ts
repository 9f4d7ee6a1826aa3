export const RELEASE_STATES = [
  'draft',
  'in_review',
  'changes_requested',
  'approved',
  'scheduled',
  'published',
  'unpublished',
  'archived',
] as const;
export type ReleaseState = (typeof RELEASE_STATES)[number];

/**
 * States whose working copy may be edited. In review, approved and scheduled releases are frozen:
 * what the editor reads is what gets published. A published or withdrawn release is edited in its
 * working copy only; the public keeps reading its publication until the edit is published.
 */
export const EDITABLE_STATES = [
  'draft',
  'changes_requested',
  'published',
  'unpublished',
] as const satisfies readonly ReleaseState[];

export const isEditableState = (state: ReleaseState) => (EDITABLE_STATES as readonly ReleaseState[]).includes(state);
