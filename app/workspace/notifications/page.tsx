import type { Metadata } from 'next';
import Link from 'next/link';
import { getFormatter, getTranslations } from 'next-intl/server';
import { z } from 'zod';
import { ActionForm } from '@/components/workspace/action-form.client';
import { listMyNotifications, type NotificationDTO } from '@/lib/dal/notifications';
import { markAllRead, markRead } from './actions';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('Notifications');
  return { title: t('title') };
}

const PageNumber = z.coerce.number().int().min(1).max(10_000).catch(1);

export default async function NotificationsPage({ searchParams }: PageProps<'/workspace/notifications'>) {
  const page = PageNumber.parse((await searchParams).page);
  const [{ items, hasOlder }, t, format] = await Promise.all([
    listMyNotifications(page),
    getTranslations('Notifications'),
    getFormatter(),
  ]);
  const sentence = (item: NotificationDTO) =>
    t(`sentence.${item.kind}`, { actor: item.actorName ?? t('someone'), title: item.releaseTitle });
  const hasUnread = items.some((item) => !item.readAt);

  return (
    <div className="mx-auto flex max-w-3xl flex-col gap-6">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold text-brand-800">{t('title')}</h1>
        {hasUnread && <ActionForm action={markAllRead} fields={[]} submitLabel={t('markAllRead')} tone="quiet" />}
      </div>
      {items.length === 0 ? (
        <p className="text-muted">{t('empty')}</p>
      ) : (
        <ol className="flex flex-col gap-3">
          {items.map((item) => (
            <li
              key={item.id}
              className={`flex flex-col gap-2 rounded-lg border p-4 sm:flex-row sm:items-start sm:justify-between ${item.readAt ? 'border-brand-100 bg-white' : 'border-brand-600 bg-brand-50'}`}
            >
              <div className="flex min-w-0 flex-col gap-1">
                <p className={`break-words ${item.readAt ? '' : 'font-semibold'}`}>
                  {!item.readAt && (
                    <span className="mr-2 rounded bg-brand-700 px-1.5 py-0.5 text-xs font-medium text-white">
                      {t('unread')}
                    </span>
                  )}
                  {sentence(item)}
                </p>
                <p className="text-sm text-muted">
                  <time dateTime={item.createdAt.toISOString()}>
                    {format.dateTime(item.createdAt, { dateStyle: 'medium', timeStyle: 'short' })}
                  </time>
                </p>
                {item.releaseId && (
                  <p className="flex flex-wrap gap-x-4 text-sm">
                    {item.commentId && (
                      <Link
                        href={`/workspace/releases/${item.releaseId}#comment-${item.commentId}`}
                        className="text-brand-800 underline"
                      >
                        {t('openComment')}
                      </Link>
                    )}
                    <Link href={`/workspace/releases/${item.releaseId}`} className="text-brand-800 underline">
                      {t('openRelease')}
                    </Link>
                  </p>
                )}
              </div>
              {!item.readAt && (
                <div className="shrink-0">
                  <ActionForm
                    action={markRead}
                    fields={[{ name: 'notificationId', label: '', type: 'hidden', defaultValue: item.id }]}
                    submitLabel={t('markRead')}
                    tone="quiet"
                  />
                </div>
              )}
            </li>
          ))}
        </ol>
      )}
      {(page > 1 || hasOlder) && (
        <nav aria-label={t('title')} className="flex justify-between gap-4 text-sm">
          {page > 1 ? (
            <Link
              href={page === 2 ? '/workspace/notifications' : `/workspace/notifications?page=${page - 1}`}
              className="text-brand-800 underline"
            >
              {t('newer')}
            </Link>
          ) : (
            <span />
          )}
          {hasOlder && (
            <Link href={`/workspace/notifications?page=${page + 1}`} className="text-brand-800 underline">
              {t('older')}
            </Link>
          )}
        </nav>
      )}
    </div>
  );
}
