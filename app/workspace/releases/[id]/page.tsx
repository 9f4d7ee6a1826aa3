import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { ContactCard } from '@/components/portal/contact-card';
import { HeroFigure } from '@/components/portal/hero-figure';
import { ReleaseComments } from '@/components/workspace/comments/release-comments';
import { ReleaseActions } from '@/components/workspace/release-actions.client';
import { ReleaseEditor } from '@/components/workspace/release-editor.client';
import { ReleaseAddress } from '@/components/workspace/release-address';
import { ReleaseTools } from '@/components/workspace/release-tools';
import { SourceChangeNotice } from '@/components/workspace/source-change-notice';
import { StateBadge } from '@/components/workspace/state-badge';
import { StepDone } from '@/components/workspace/step-done';
import { StepMessage } from '@/components/workspace/step-message';
import { ZonedTime } from '@/components/workspace/zoned-time';
import { DistributionPanel } from '@/components/workspace/distribution/distribution-panel';
import { listComments } from '@/lib/dal/comments';
import { findImportNotes } from '@/lib/dal/legacy-archive';
import { findReleaseDraftForEdit, listTopicChoices } from '@/lib/dal/release-drafts';
import { listPressOfficers } from '@/lib/dal/press-officers';
import { getReleaseView } from '@/lib/dal/releases';
import { findReleaseDistribution } from '@/lib/dal/release-lists';
import { getCurrentUser } from '@/lib/dal/session';
import { findSourceChange, findTranslationSource } from '@/lib/dal/translations';
import { TRANSITION_NAMES, transitionsFrom } from '@/lib/workflow/transitions';
import { zoneDisplayName } from '@/lib/time/zone-name';
import { z } from 'zod';
import { ImportNotes } from './import-notes';
import type { Locale } from '@/lib/i18n/locales';
import { Panel, PanelTitle } from '@/components/ui/panel';
import { Muted } from '@/components/ui/muted';

export async function generateMetadata({ params }: PageProps<'/workspace/releases/[id]'>): Promise<Metadata> {
  const release = await getReleaseView((await params).id);
  return { title: release.title };
}

/** The step just taken, named in the URL by the workflow's answer (`?done=publish`). */
const DoneStep = z.enum(TRANSITION_NAMES).optional().catch(undefined);

export default async function ReleaseViewPage({ params, searchParams }: PageProps<'/workspace/releases/[id]'>) {
  const { id } = await params;
  const done = DoneStep.parse((await searchParams).done);
  const [release, draft, user, importNotes, sourceChange] = await Promise.all([
    getReleaseView(id),
    findReleaseDraftForEdit(id),
    getCurrentUser(),
    findImportNotes(id),
    findSourceChange(id),
  ]);
  // After getReleaseView, which has answered 404 for a release outside the person's offices.
  const distribution = await findReleaseDistribution(release.id);
  const [t, tWorkflow, locale] = await Promise.all([
    getTranslations('ReleaseView'),
    getTranslations('Workflow'),
    getLocale() as Promise<Locale>,
  ]);
  const actor = { kind: 'user', id: user.id, role: user.role } as const;
  const transitions = transitionsFrom(release.state, actor, release.contentAuthorIds);
  const fourEyes = transitionsFrom(release.state, actor).includes('approve') && !transitions.includes('approve');
  const when = (date: Date | null) =>
    date ? <ZonedTime date={date} timeZone={release.officeTimeZone} style="long" /> : t('never');
  const facts: [string, React.ReactNode][] = [
    [t('office'), release.officeNames[locale]],
    [t('author'), release.authorName],
    [
      t('language'),
      <span key="language" className="uppercase">
        {release.language}
      </span>,
    ],
    [t('created'), when(release.createdAt)],
    [t('updated'), when(release.updatedAt)],
    ...(release.scheduledAt ? ([[t('scheduledFor'), when(release.scheduledAt)]] as [string, React.ReactNode][]) : []),
    [t('firstPublished'), when(release.firstPublishedAt)],
  ];

  const sidebar = (
    <>
      {importNotes && <ImportNotes releaseId={release.id} notes={importNotes} />}
      <Panel aria-labelledby="next-steps">
        <PanelTitle id="next-steps">{tWorkflow('heading')}</PanelTitle>
        {transitions.length === 0 && <Muted>{tWorkflow('none')}</Muted>}
        {fourEyes && <Muted className="mb-3">{tWorkflow('fourEyesNote')}</Muted>}
        <ReleaseActions
          releaseId={release.id}
          transitions={transitions}
          zoneName={zoneDisplayName(release.officeTimeZone, locale)}
          live={distribution?.live ?? false}
        />
      </Panel>
      <ReleaseAddress release={release} canChange={user.role === 'editor'} />
      <ReleaseTools releaseId={release.id} />
      {distribution && <DistributionPanel distribution={distribution} />}
      <ReleaseComments releaseId={release.id} bodyId="release-body" />
      <Panel aria-labelledby="facts">
        <PanelTitle id="facts">{t('details')}</PanelTitle>
        <dl className="grid grid-cols-2 gap-3 text-sm lg:grid-cols-1">
          {facts.map(([label, value]) => (
            <div key={label}>
              <dt className="text-xs text-muted">{label}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
      </Panel>
    </>
  );

  const stepMessage = (
    <>
      <StepDone done={done} release={release} />
      <StepMessage step={release.lastStep} timeZone={release.officeTimeZone} />
    </>
  );
  const sourceNotice = sourceChange && <SourceChangeNotice releaseId={release.id} change={sourceChange} />;

  if (draft) {
    const [topics, threads, officers, languageName, source] = await Promise.all([
      listTopicChoices(),
      listComments(id),
      listPressOfficers({ firstOfficeId: release.officeId }),
      getTranslations('Workspace.languages'),
      findTranslationSource(id),
    ]);
    const highlights = threads.flatMap((thread) =>
      thread.anchor && thread.anchorFound && !thread.resolvedAt ? [{ id: thread.id, ...thread.anchor }] : [],
    );
    return (
      <>
        {stepMessage}
        <ReleaseEditor
          release={draft}
          userId={user.id}
          timeZone={release.officeTimeZone}
          highlights={highlights}
          topics={topics.map((topic) => ({ id: topic.id, label: topic.labels[locale] }))}
          directory={officers.map((officer) => ({
            id: officer.id,
            name: officer.name,
            role: officer.role,
            phones: officer.phones,
            email: officer.email,
            officeName: officer.officeNames[draft.language],
            officeLabel: officer.officeNames[locale],
            ownOffice: officer.officeId === release.officeId,
            languages: officer.languages.map((one) => languageName(one)).join(', '),
          }))}
          source={source ?? undefined}
          notice={sourceNotice}
        >
          {sidebar}
        </ReleaseEditor>
      </>
    );
  }

  return (
    <>
      {stepMessage}
      {sourceNotice}
      <article className="grid gap-8 lg:grid-cols-[1fr_18rem]">
        <Panel as="div" padding="xl" className="min-w-0">
          <div className="mb-3 flex flex-wrap items-center gap-3">
            <StateBadge state={release.state} />
            <Muted>{t('readOnly')}</Muted>
          </div>
          <h1 className="mb-4 text-2xl font-bold leading-tight text-brand-800 sm:text-3xl">
            {release.title || t('untitled')}
          </h1>
          {release.summary && <p className="mb-6 text-lg text-muted">{release.summary}</p>}
          {release.datelineCity && (
            <p className="mb-2 font-semibold">
              {release.datelineCity}
              {release.datelineCountry && `, ${release.datelineCountry}`}
            </p>
          )}
          {release.hero && (
            <HeroFigure
              hero={release.hero}
              credit={release.hero.credit && t('heroCredit', { credit: release.hero.credit })}
            />
          )}
          {/* Rendered by lib/rich-text with an allowlist of nodes, marks and URL schemes. */}
          <div
            id="release-body"
            className="prose-release space-y-4 leading-relaxed"
            dangerouslySetInnerHTML={{ __html: release.bodyHtml }}
          />
          {release.contacts.length === 0 ? (
            <Muted className="mt-10">{t('noContacts')}</Muted>
          ) : (
            <ContactCard contacts={release.contacts} headingId="contacts" />
          )}
        </Panel>
        <aside className="flex flex-col gap-6">{sidebar}</aside>
      </article>
    </>
  );
}
