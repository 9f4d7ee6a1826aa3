import type { Metadata } from 'next';
import { TextLink } from '@/components/ui/text-link';
import { getTranslations } from 'next-intl/server';
import { z } from 'zod';
import { ActionForm } from '@/components/workspace/action-form.client';
import { ZonedTime } from '@/components/workspace/zoned-time';
import { listMyNotifications, type NotificationDTO } from '@/lib/dal/notifications';
import { markAllRead, markRead } from './actions';
import { PageHeading } from '@/components/ui/page-heading';
import { Muted } from '@/components/ui/muted';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('Notifications');
  return { title: t('title') };
}

const PageNumber = z.coerce.number().int().min(1).max(10_000).catch(1);

export default async function NotificationsPage({ searchParams }: PageProps<'/workspace/notifications'>) {
  const page = PageNumber.parse((await searchParams).page);
  const [{ items, hasOlder }, t] = await Promise.all([listMyNotifications(page), getTranslations('Notifications')]);
  const sentence = (item: NotificationDTO) =>
    t(`sentence.${item.kind}`, { actor: item.actorName ?? t('someone'), title: item.releaseTitle });
  const hasUnread = items.some((item) => !item.readAt);

  return (
    <div className="mx-auto flex max-w-3xl flex-col gap-6">
      <PageHeading
        spacing="mb-0"
        action={
          hasUnread && (
            <ActionForm action={markAllRead} fields={[]} submitLabel={t('markAllRead')} variant="secondary" />
          )
        }
      >
        {t('title')}
      </PageHeading>
      {items.length === 0 ? (
        <Muted size="base">{t('empty')}</Muted>
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
                {item.message && (
                  <figure className="border-l-4 border-brand-600 pl-3">
                    <figcaption className="text-sm text-muted">
                      {t('messageFrom', { actor: item.actorName ?? t('someone') })}
                    </figcaption>
                    <blockquote className="whitespace-pre-line break-words">{item.message}</blockquote>
                  </figure>
                )}
                <Muted>
                  <ZonedTime date={item.createdAt} />
                </Muted>
                {item.releaseId && (
                  <p className="flex flex-wrap gap-x-4 text-sm">
                    {item.commentId && (
                      <TextLink href={`/workspace/releases/${item.releaseId}#comment-${item.commentId}`}>
                        {t('openComment')}
                      </TextLink>
                    )}
                    <TextLink href={`/workspace/releases/${item.releaseId}`}>{t('openRelease')}</TextLink>
                  </p>
                )}
              </div>
              {!item.readAt && (
                <div className="shrink-0">
                  <ActionForm
                    action={markRead}
                    fields={[{ name: 'notificationId', label: '', type: 'hidden', defaultValue: item.id }]}
                    submitLabel={t('markRead')}
                    variant="secondary"
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
            <TextLink href={page === 2 ? '/workspace/notifications' : `/workspace/notifications?page=${page - 1}`}>
              {t('newer')}
            </TextLink>
          ) : (
            <span />
          )}
          {hasOlder && <TextLink href={`/workspace/notifications?page=${page + 1}`}>{t('older')}</TextLink>}
        </nav>
      )}
    </div>
  );
}
