import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { ActionButton } from '@/components/workspace/action-button.client';
import { ActionForm, type FieldSpec } from '@/components/workspace/action-form.client';
import { MENU_KEYS, MENU_TARGET_KINDS } from '@/db/schema/pages';
import { listMenuTargets, listMenusForAdmin, type MenuItemAdminDTO } from '@/lib/dal/menu-admin';
import { listTopicsForAdmin } from '@/lib/dal/topic-admin';
import type { Locale } from '@/lib/i18n/locales';
import { addItem, deleteItem, saveItem } from './actions';
import { MenuTree } from './menu-tree.client';
import { Panel, SectionHeading } from '@/components/ui/panel';
import { Muted } from '@/components/ui/muted';
import { PageHeading } from '@/components/ui/page-heading';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('AdminMenus'))('heading') };
}

export default async function MenusPage({ searchParams }: PageProps<'/workspace/admin/menus'>) {
  const [menus, targets, topics, t, locale, { edit }] = await Promise.all([
    listMenusForAdmin(),
    listMenuTargets(),
    listTopicsForAdmin(),
    getTranslations('AdminMenus'),
    getLocale() as Promise<Locale>,
    searchParams,
  ]);
  const pageTitle = (id: string | null) => {
    const page = targets.pages.find((candidate) => candidate.id === id);
    return page ? `${page.title || page.path} (${page.language}/${page.path})` : '';
  };
  const describe = (item: MenuItemAdminDTO) =>
    ({
      none: t('targets.none'),
      page: pageTitle(item.pageId),
      office: targets.offices.find((office) => office.id === item.officeId)?.names[locale] ?? '',
      listing: `/news${item.listingQuery ? `?${item.listingQuery}` : ''}`,
      url: item.url ?? '',
    })[item.targetKind];
  const warning = (item: MenuItemAdminDTO) =>
    item.targetKind !== 'page'
      ? null
      : item.unpublishedIn.length === 3
        ? t('pageNotPublished')
        : item.unpublishedIn.length
          ? t('pageNotPublishedIn', { languages: item.unpublishedIn.join(', ').toUpperCase() })
          : null;

  const editing = menus.flatMap((menu) => menu.items).find((item) => item.id === edit);
  const query = new URLSearchParams(editing?.listingQuery ?? '');
  const fields = (item?: MenuItemAdminDTO): FieldSpec[] => [
    { name: 'labelFr', label: t('labelFr'), type: 'text', required: true, defaultValue: item?.labels.fr },
    { name: 'labelEn', label: t('labelEn'), type: 'text', required: true, defaultValue: item?.labels.en },
    { name: 'labelEs', label: t('labelEs'), type: 'text', required: true, defaultValue: item?.labels.es },
    {
      name: 'targetKind',
      label: t('targetKind'),
      type: 'select',
      defaultValue: item?.targetKind ?? 'page',
      options: MENU_TARGET_KINDS.map((kind) => ({ value: kind, label: t(`targetKinds.${kind}`) })),
    },
    {
      name: 'pageId',
      label: t('targetPage'),
      type: 'select',
      defaultValue: item?.pageId ?? '',
      options: [
        { value: '', label: '—' },
        ...targets.pages.map((page) => ({
          value: page.id,
          label: `${page.language.toUpperCase()} · ${page.title || page.path}${page.state === 'published' ? '' : ` (${t('notPublished')})`}`,
        })),
      ],
    },
    {
      name: 'officeId',
      label: t('targetOffice'),
      type: 'select',
      defaultValue: item?.officeId ?? '',
      options: [
        { value: '', label: '—' },
        ...targets.offices.map((office) => ({ value: office.id, label: office.names[locale] })),
      ],
    },
    {
      name: 'listingRegion',
      label: t('listingRegion'),
      type: 'select',
      defaultValue: query.get('region') ?? '',
      options: [
        { value: '', label: t('any') },
        ...targets.offices
          .filter((office) => office.kind === 'regional')
          .map((office) => ({ value: office.code, label: office.names[locale] })),
      ],
    },
    {
      name: 'listingTopic',
      label: t('listingTopic'),
      type: 'select',
      defaultValue: query.get('topic') ?? '',
      options: [
        { value: '', label: t('any') },
        ...topics
          .filter((topic) => !topic.retired)
          .map((topic) => ({ value: topic.slug, label: topic.labels[locale] })),
      ],
    },
    { name: 'url', label: t('targetUrl'), type: 'text', hint: t('targetUrlHint'), defaultValue: item?.url ?? '' },
  ];

  return (
    <>
      <PageHeading intro={<span className="block max-w-prose">{t('intro')}</span>}>{t('heading')}</PageHeading>
      {menus.map((menu) => (
        <section key={menu.key} aria-labelledby={`menu-${menu.key}`} className="mb-10">
          <SectionHeading id={`menu-${menu.key}`} size="xl" className="mb-3">
            {t(`menus.${menu.key}`)}
          </SectionHeading>
          {menu.items.length === 0 ? (
            <Muted size="base">{t('empty')}</Muted>
          ) : (
            <MenuTree
              shape={menu.shape}
              editHref="/workspace/admin/menus?edit="
              rows={menu.items.map((item) => ({
                id: item.id,
                parentId: item.parentId,
                position: item.position,
                depth: item.depth,
                label: item.labels[locale],
                target: describe(item),
                warning: warning(item),
                moves: item.moves,
              }))}
            />
          )}
        </section>
      ))}
      <div className="grid gap-6 lg:grid-cols-2">
        {editing && (
          <Panel id="edit" aria-labelledby="edit-heading" padding="lg">
            <SectionHeading id="edit-heading" size="xl" className="mb-4">
              {t('editHeading', { label: editing.labels[locale] })}
            </SectionHeading>
            <ActionForm
              key={editing.id}
              action={saveItem}
              submitLabel={t('save')}
              doneMessage={t('saved')}
              fields={[{ name: 'itemId', label: '', type: 'hidden', defaultValue: editing.id }, ...fields(editing)]}
            />
            <div className="mt-6 border-t border-brand-50 pt-4">
              <Muted className="mb-2">{t('deleteHint')}</Muted>
              <ActionButton action={deleteItem} fields={{ itemId: editing.id }} label={t('delete')} variant="danger" />
            </div>
          </Panel>
        )}
        <Panel aria-labelledby="add-heading" padding="lg">
          <SectionHeading id="add-heading" size="xl" className="mb-4">
            {t('addHeading')}
          </SectionHeading>
          <ActionForm
            action={addItem}
            submitLabel={t('add')}
            doneMessage={t('added')}
            fields={[
              {
                name: 'menuKey',
                label: t('menu'),
                type: 'select',
                defaultValue: 'header',
                options: MENU_KEYS.map((key) => ({ value: key, label: t(`menus.${key}`) })),
              },
              ...fields(),
            ]}
          />
        </Panel>
      </div>
    </>
  );
}
