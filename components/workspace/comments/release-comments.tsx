import { getLocale, getTranslations } from 'next-intl/server';
import { postComment, postReply } from '@/app/workspace/releases/[id]/comments/actions';
import { listComments, listMentionableColleagues, type CommentDTO, type CommentThreadDTO } from '@/lib/dal/comments';
import type { Locale } from '@/lib/i18n/locales';
import { CommentForm } from './comment-form.client';
import { CommentHighlights } from './comment-highlights.client';
import { InlineCommentComposer } from './inline-comment-composer.client';
import { ThreadStatus } from './thread-status.client';
import { ZonedTime } from '../zoned-time';
import { Muted } from '@/components/ui/muted';
import { Panel, PanelTitle } from '@/components/ui/panel';
import { LINK } from '@/components/ui/text-link';

/** The body text with the people it mentions in bold. */
function CommentBody({ comment }: { comment: CommentDTO }) {
  const names = comment.mentions.map((person) => `@${person.name}`).sort((a, b) => b.length - a.length);
  const escaped = names.map((name) => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const parts = escaped.length ? comment.body.split(new RegExp(`(${escaped.join('|')})`, 'g')) : [comment.body];
  return (
    <p className="whitespace-pre-wrap break-words text-sm">
      {parts.map((part, index) =>
        names.includes(part) ? (
          <strong key={index} className="text-brand-800">
            {part}
          </strong>
        ) : (
          part
        ),
      )}
    </p>
  );
}

/**
 * The comments of a release beside its text: open threads (inline ones with their passage), the
 * resolved ones folded away, and forms to comment on a passage or on the whole release.
 */
export async function ReleaseComments({ releaseId, bodyId }: { releaseId: string; bodyId: string }) {
  const [threads, mentionable, t, locale] = await Promise.all([
    listComments(releaseId),
    listMentionableColleagues(releaseId),
    getTranslations('Comments'),
    getLocale() as Promise<Locale>,
  ]);
  const colleagues = mentionable.map((person) => ({
    id: person.id,
    name: person.name,
    office: person.officeNames[locale],
  }));
  const open = threads.filter((thread) => !thread.resolvedAt);
  const resolved = threads.filter((thread) => thread.resolvedAt);
  const highlights = open.flatMap((thread) =>
    thread.anchor && thread.anchorFound
      ? [{ id: thread.id, ...thread.anchor, label: t('highlightLink', { name: thread.authorName }) }]
      : [],
  );

  const byline = (comment: CommentDTO) => (
    <Muted size="xs">
      <span className="font-semibold text-ink">{comment.authorName}</span>
      {' · '}
      <ZonedTime date={comment.createdAt} />
    </Muted>
  );
  const thread = (item: CommentThreadDTO) => (
    <li key={item.id}>
      <article
        id={`comment-${item.id}`}
        aria-labelledby={`comment-${item.id}-by`}
        className="flex scroll-mt-24 flex-col gap-2 rounded border border-brand-100 p-3 target:ring-2 target:ring-brand-600"
      >
        <h3 id={`comment-${item.id}-by`} className="sr-only">
          {item.authorName}
        </h3>
        {item.anchor && (
          <figure className="flex flex-col gap-1">
            <figcaption className="text-xs font-medium text-muted">
              {item.anchorFound ? t('onPassage') : t('changed')}
            </figcaption>
            <blockquote
              className={`border-l-4 pl-2 text-sm italic ${item.anchorFound ? 'border-amber-500' : 'border-slate-300 text-muted line-through decoration-slate-400'}`}
            >
              {item.anchor.quote}
            </blockquote>
            {!item.anchorFound && <Muted size="xs">{t('changedHelp')}</Muted>}
            {item.anchorFound && !item.resolvedAt && (
              <a href={`#highlight-${item.id}`} className={`self-start text-sm ${LINK}`}>
                {t('showPassage')}
              </a>
            )}
          </figure>
        )}
        {byline(item)}
        <CommentBody comment={item} />
        {item.replies.length > 0 && (
          <ol className="flex flex-col gap-2 border-l-2 border-brand-100 pl-3">
            {item.replies.map((reply) => (
              <li
                key={reply.id}
                id={`comment-${reply.id}`}
                className="scroll-mt-24 target:rounded target:ring-2 target:ring-brand-600"
              >
                {byline(reply)}
                <CommentBody comment={reply} />
              </li>
            ))}
          </ol>
        )}
        {item.resolvedAt && item.resolvedByName && (
          <Muted size="xs">{t('resolvedBy', { name: item.resolvedByName })}</Muted>
        )}
        <div className="flex flex-col gap-2">
          {!item.resolvedAt && (
            <details className="group">
              <summary className="cursor-pointer text-sm font-medium text-brand-800">{t('reply')}</summary>
              <div className="mt-2">
                <CommentForm
                  action={postReply}
                  target={{ commentId: item.id }}
                  colleagues={colleagues}
                  label={t('replyLabel')}
                  submitLabel={t('postReply')}
                />
              </div>
            </details>
          )}
          {item.canResolve && (
            <ThreadStatus
              key={String(Boolean(item.resolvedAt))}
              commentId={item.id}
              resolved={Boolean(item.resolvedAt)}
            />
          )}
        </div>
      </article>
    </li>
  );

  return (
    <Panel aria-labelledby="comments-heading" id="comments" className="flex flex-col gap-4">
      <PanelTitle id="comments-heading" spacing="">
        {t('heading')}{' '}
        <Muted as="span" className="font-normal">
          ({t('openCount', { count: open.length })})
        </Muted>
      </PanelTitle>
      <CommentHighlights bodyId={bodyId} highlights={highlights} />
      <InlineCommentComposer releaseId={releaseId} bodyId={bodyId} colleagues={colleagues} />
      {threads.length === 0 && <Muted>{t('empty')}</Muted>}
      {open.length > 0 && <ol className="flex flex-col gap-3">{open.map(thread)}</ol>}
      {resolved.length > 0 && (
        <details>
          <summary className="cursor-pointer text-sm font-medium text-brand-800">
            {t('resolvedHeading', { count: resolved.length })}
          </summary>
          <ol className="mt-3 flex flex-col gap-3">{resolved.map(thread)}</ol>
        </details>
      )}
      <CommentForm
        action={postComment}
        target={{ releaseId }}
        colleagues={colleagues}
        label={t('newComment')}
        submitLabel={t('post')}
      />
    </Panel>
  );
}
