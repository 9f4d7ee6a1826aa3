import { TRANSITION_NAMES, type TransitionName } from '@/lib/workflow/transitions';

/**
 * Every action the audit log records. The log stores these codes; people read them through the
 * `AuditActions` messages, which a test keeps complete in every language.
 */
const RECORDED = [
  'account.language_changed',
  'account.password_changed',
  'account.time_zone_changed',
  'attachment.uploaded',
  'comment.add',
  'comment.reopen',
  'comment.reply',
  'comment.resolve',
  'embargo_link.open',
  'media.alt_added',
  'media.deleted',
  'media.details_changed',
  'media.replaced',
  'media.uploaded',
  'media_contact.created',
  'media_contact.erased',
  'media_contact.imported',
  'media_contact.unsubscribed',
  'media_contact.updated',
  'media_list.created',
  'media_list.deleted',
  'media_list.member_added',
  'media_list.member_removed',
  'menu.item_added',
  'menu.item_deleted',
  'menu.item_moved',
  'menu.item_updated',
  'notification.read',
  'notification.read_all',
  'office.created',
  'office.updated',
  'page.create_translation',
  'page.created',
  'page.draft_saved',
  'page.imported',
  'page.published',
  'page.reimported',
  'page.renamed',
  'page.restore_revision',
  'page.save_version',
  'page.unpublished',
  'picks.moved',
  'picks.pinned',
  'picks.unpinned',
  'press_officer.created',
  'press_officer.deleted',
  'press_officer.updated',
  'preview_link.create',
  'preview_link.open',
  'preview_link.revoke',
  'release.create_translation',
  'release.created',
  'release.demoted',
  'release.draft_saved',
  'release.embargo_revoke',
  'release.embargo_send',
  'release.imported',
  'release.lists_chosen',
  'release.promoted',
  'release.reimported',
  'release.restore',
  'release.save_version',
  'release.slug_changed',
  'release.source_followed',
  'release_template.created',
  'release_template.deleted',
  'release_template.updated',
  'sign_in.failed',
  'sign_in.locked_out',
  'sign_in.refused_locked',
  'sign_in.refused_rate_limited',
  'sign_in.succeeded',
  'subscriber.confirmed',
  'subscriber.paused',
  'subscriber.preferences_changed',
  'subscriber.resumed',
  'subscriber.unsubscribed',
  'topic.created',
  'topic.merged',
  'topic.renamed',
  'topic.retired',
  'user.created',
  'user.deactivated',
  'user.reactivated',
  'user.signed_out_everywhere',
  'user.unlocked',
  'user.updated',
] as const;

export type AuditAction = (typeof RECORDED)[number] | `release.${TransitionName}`;

export const AUDIT_ACTIONS: readonly AuditAction[] = [
  ...RECORDED,
  ...TRANSITION_NAMES.map((name) => `release.${name}` as const),
];

/** Codes written by earlier versions, still in old logs: shown with the label of today's code. */
export const FORMER_AUDIT_ACTIONS: Readonly<Record<string, AuditAction>> = { 'user.create': 'user.created' };

/** The message key that names a stored code, or undefined for a code this version does not know. */
export function auditActionKey(code: string): AuditAction | undefined {
  const action = FORMER_AUDIT_ACTIONS[code] ?? code;
  return (AUDIT_ACTIONS as readonly string[]).includes(action) ? (action as AuditAction) : undefined;
}
