import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { Badge } from '@/components/ui/badge';
import { Muted } from '@/components/ui/muted';
import { Notice } from '@/components/ui/notice';
import { PageHeading } from '@/components/ui/page-heading';
import { Panel, PanelBar, PanelBody, PanelRow, PanelRows } from '@/components/ui/panel';
import { TextLink } from '@/components/ui/text-link';
import { ActionButton } from '@/components/workspace/action-button.client';
import { getZonedFormatter } from '@/components/workspace/zoned-time';
import { JOB_VIEWS, listJobsForAdmin, type JobDTO, type JobView } from '@/lib/dal/jobs-admin';
import { QUEUES } from '@/lib/jobs/queues';
import { cancelJob, retryJob } from './actions';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('AdminJobs'))('heading') };
}

const TONE: Record<JobView, 'danger' | 'warning' | 'neutral'> = {
  failed: 'danger',
  running: 'warning',
  queued: 'neutral',
  completed: 'neutral',
};

export default async function JobsPage() {
  const [overview, t, zoned] = await Promise.all([
    listJobsForAdmin(),
    getTranslations('AdminJobs'),
    getZonedFormatter(),
  ]);
  const when = (date: Date) => zoned(date, { dateStyle: 'medium', timeStyle: 'medium' });
  const queueName = (queue: JobDTO['queue']) => t(`queues.${queue}`);

  const row = (job: JobDTO) => (
    <PanelRow key={job.id}>
      <div className="flex flex-wrap items-start justify-between gap-2">
        <h3 className="min-w-0 break-words font-medium text-ink">
          {queueName(job.queue)}
          {job.subject && <span className="font-normal text-slate-700"> — {job.subject}</span>}
        </h3>
        <div className="flex flex-wrap gap-2">
          {job.view === 'failed' && (
            <ActionButton
              action={retryJob}
              fields={{ queue: job.queue, id: job.id }}
              label={t('retry')}
              accessibleName={t('retryJob', { queue: queueName(job.queue) })}
            />
          )}
          {(job.view === 'queued' || job.view === 'running') && (
            <ActionButton
              action={cancelJob}
              fields={{ queue: job.queue, id: job.id }}
              label={t('cancel')}
              accessibleName={t('cancelJob', { queue: queueName(job.queue) })}
              variant="danger"
            />
          )}
        </div>
      </div>
      <Muted className="mt-1 break-words">
        {t('attempts', { count: job.attempts, max: job.maxAttempts })}
        {' · '}
        {t('created', { date: when(job.createdAt) })}
        {job.view === 'queued' && ` · ${t('due', { date: when(job.startAfter) })}`}
        {job.view === 'running' && job.startedAt && ` · ${t('started', { date: when(job.startedAt) })}`}
        {(job.view === 'completed' || job.view === 'failed') &&
          job.completedAt &&
          ` · ${t('ended', { date: when(job.completedAt) })}`}
      </Muted>
      {job.error && (
        <Notice tone="error" role="note" className="mt-2 text-sm">
          <span className="font-semibold">{t('lastError')}</span>
          {': '}
          <code className="break-words">{job.error}</code>
        </Notice>
      )}
    </PanelRow>
  );

  return (
    <>
      <PageHeading intro={t('intro')} spacing="mb-4">
        {t('heading')}
      </PageHeading>
      <Panel as="section" padding="none" className="mb-6 overflow-x-auto" aria-labelledby="queues-heading">
        <PanelBar id="queues-heading">{t('queuesHeading')}</PanelBar>
        <table className="w-full text-left text-sm">
          <thead>
            <tr className="border-b border-brand-100">
              <th scope="col" className="px-4 py-2 font-semibold">
                {t('queue')}
              </th>
              {JOB_VIEWS.map((view) => (
                <th key={view} scope="col" className="px-4 py-2 text-right font-semibold">
                  {t(`views.${view}`)}
                </th>
              ))}
              <th scope="col" className="px-4 py-2 text-right font-semibold">
                {t('deadLetters')}
              </th>
            </tr>
          </thead>
          <tbody>
            {overview.queues.map((queue) => (
              <tr key={queue.queue} className="border-b border-slate-100 last:border-0">
                <th scope="row" className="px-4 py-2 font-medium">
                  {queueName(queue.queue)}
                  {queue.queue === QUEUES.notificationMail && (
                    <>
                      {' '}
                      <TextLink href="/workspace/admin/outbox" className="font-normal">
                        {t('mailQueueLink')}
                      </TextLink>
                    </>
                  )}
                </th>
                {JOB_VIEWS.map((view) => (
                  <td key={view} className="px-4 py-2 text-right tabular-nums">
                    {queue[view]}
                  </td>
                ))}
                <td className="px-4 py-2 text-right tabular-nums">{queue.deadLetters}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </Panel>
      {JOB_VIEWS.map((view) => (
        <Panel key={view} as="section" padding="none" className="mb-6" aria-labelledby={`jobs-${view}`}>
          <PanelBar id={`jobs-${view}`} className="flex items-center gap-2">
            {t(`headings.${view}`)}
            <Badge tone={TONE[view]} className="text-sm">
              {overview[view].length}
            </Badge>
          </PanelBar>
          {overview[view].length === 0 ? (
            <PanelBody>
              <Muted size="base">{t(`empty.${view}`)}</Muted>
            </PanelBody>
          ) : (
            <PanelRows as="ol">{overview[view].map(row)}</PanelRows>
          )}
        </Panel>
      ))}
    </>
  );
}
