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
