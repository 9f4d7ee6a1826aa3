import 'server-only';
import { and, eq, inArray, ne } from 'drizzle-orm';
import type { Transaction } from '@/db/client';
import { notifications, outbox, users, type NotificationKind } from '@/db/schema';
import { sendNotificationMail } from '@/lib/dal/jobs';
import { composeNotificationEmail } from '@/lib/notifications/email';

export type NotificationEvent = {
  kind: NotificationKind;
  release: { id: string; title: string };
  /** Who caused it; `undefined` for the system (a scheduled publish). Never notified of their own act. */
  actor: { id: string; name: string } | undefined;
  commentId?: string;
  /** What the actor wrote with a workflow step ("what needs to change"), quoted to each person. */
  message?: string | null;
  now: Date;
};

/**
 * Tells people about an event on a release: one notification each and one e-mail in the outbox
 * with its mail job, written with the caller's transaction so that a rolled-back change announces nothing. Returns
 * who was notified (each person once, never the actor).
 */
export async function notifyPeople(
  tx: Transaction,
  recipientIds: (string | null | undefined)[],
  event: NotificationEvent,
): Promise<string[]> {
  const { kind, release, actor, commentId, message, now } = event;
  const ids = [...new Set(recipientIds.filter((id): id is string => Boolean(id)))].filter((id) => id !== actor?.id);
  if (ids.length === 0) return [];
  await tx.insert(notifications).values(
    ids.map((userId) => ({
      userId,
      kind,
      releaseId: release.id,
      commentId,
      actorId: actor?.id ?? null,
      data: (message ? { title: release.title, message } : { title: release.title }) as Record<string, string>,
      createdAt: now,
    })),
  );
  const recipients = await tx
    .select({ email: users.email, uiLanguage: users.uiLanguage })
    .from(users)
    .where(and(inArray(users.id, ids), eq(users.active, true), ne(users.email, '')));
  const path = `/workspace/releases/${release.id}${commentId ? `#comment-${commentId}` : ''}`;
  const releaseUrl = new URL(path, process.env.SITE_URL ?? 'http://localhost:3000').toString();
  if (recipients.length > 0) {
    const messages = await tx
      .insert(outbox)
      .values(
        recipients.map((recipient) => ({
          recipient: recipient.email,
          ...composeNotificationEmail({
            kind,
            language: recipient.uiLanguage,
            title: release.title,
            actorName: actor?.name ?? null,
            message: message ?? null,
            releaseUrl,
          }),
          payload: { kind, releaseId: release.id, ...(commentId ? { commentId } : {}) },
          createdAt: now,
        })),
      )
      .returning({ id: outbox.id });
    await sendNotificationMail(
      tx,
      messages.map((message) => message.id),
    );
  }
  return ids;
}
