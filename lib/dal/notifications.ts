import 'server-only';
import { and, count, desc, eq, isNull } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { notFound } from 'next/navigation';
import { z } from 'zod';
import { db } from '@/db/client';
import { notifications, releases, users, type NotificationKind } from '@/db/schema';
import { recordAudit } from './audit';
import { getCurrentUser } from './session';

export type NotificationDTO = {
  id: string;
  kind: NotificationKind;
  /** `null` when the system acted (a scheduled publish). */
  actorName: string | null;
  releaseId: string | null;
  releaseTitle: string;
  commentId: string | null;
  /** What the actor wrote with a workflow step ("what needs to change"), if anything. */
  message: string | null;
  createdAt: Date;
  readAt: Date | null;
};

export type NotificationPageDTO = { items: NotificationDTO[]; hasOlder: boolean };

export const NOTIFICATIONS_PER_PAGE = 25;

/** How many notifications the signed-in person has not read yet. */
export async function countUnreadNotifications(): Promise<number> {
  const user = await getCurrentUser();
  const [row] = await db
    .select({ n: count() })
    .from(notifications)
    .where(and(eq(notifications.userId, user.id), isNull(notifications.readAt)));
  return row?.n ?? 0;
}

/** The signed-in person's notifications, newest first, one page at a time (page 1 is the newest). */
export async function listMyNotifications(page: number): Promise<NotificationPageDTO> {
  const user = await getCurrentUser();
  const actor = alias(users, 'notification_actor');
  const rows = await db
    .select({
      id: notifications.id,
      kind: notifications.kind,
      actorName: actor.name,
      releaseId: notifications.releaseId,
      // The title when it happened, so the sentence still reads as it did; the current one if none was kept.
      titleThen: notifications.data,
      titleNow: releases.title,
      commentId: notifications.commentId,
      createdAt: notifications.createdAt,
      readAt: notifications.readAt,
    })
    .from(notifications)
    .leftJoin(actor, eq(actor.id, notifications.actorId))
    .leftJoin(releases, eq(releases.id, notifications.releaseId))
    .where(eq(notifications.userId, user.id))
    .orderBy(desc(notifications.createdAt), desc(notifications.id))
    .limit(NOTIFICATIONS_PER_PAGE + 1)
    .offset((page - 1) * NOTIFICATIONS_PER_PAGE);
  return {
    items: rows.slice(0, NOTIFICATIONS_PER_PAGE).map(({ titleThen, titleNow, ...row }) => ({
      ...row,
      releaseTitle: titleThen.title ?? titleNow ?? '',
      message: titleThen.message ?? null,
    })),
    hasOlder: rows.length > NOTIFICATIONS_PER_PAGE,
  };
}

/** Marks one of the signed-in person's notifications as read; calls notFound() for anyone else's. */
export async function markNotificationRead(notificationId: string, now: Date = new Date()): Promise<void> {
  const user = await getCurrentUser();
  if (!z.uuid().safeParse(notificationId).success) notFound();
  await db.transaction(async (tx) => {
    const [row] = await tx
      .select({ id: notifications.id, readAt: notifications.readAt })
      .from(notifications)
      .where(and(eq(notifications.id, notificationId), eq(notifications.userId, user.id)))
      .for('update');
    if (!row) notFound();
    if (row.readAt) return;
    await tx.update(notifications).set({ readAt: now }).where(eq(notifications.id, row.id));
    await recordAudit(tx, {
      actor: { id: user.id, email: user.email },
      action: 'notification.read',
      subjectType: 'user',
      subjectId: user.id,
      data: { notificationId },
    });
  });
}

/** Marks every unread notification of the signed-in person as read; returns how many. */
export async function markAllNotificationsRead(now: Date = new Date()): Promise<number> {
  const user = await getCurrentUser();
  return db.transaction(async (tx) => {
    const marked = await tx
      .update(notifications)
      .set({ readAt: now })
      .where(and(eq(notifications.userId, user.id), isNull(notifications.readAt)))
      .returning({ id: notifications.id });
    if (marked.length > 0) {
      await recordAudit(tx, {
        actor: { id: user.id, email: user.email },
        action: 'notification.read_all',
        subjectType: 'user',
        subjectId: user.id,
        data: { count: marked.length },
      });
    }
    return marked.length;
  });
}
