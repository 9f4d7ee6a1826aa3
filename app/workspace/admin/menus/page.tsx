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
      <h1 className="mb-2 text-2xl font-bold text-brand-800">{t('heading')}</h1>
      <p className="mb-6 max-w-prose text-muted">{t('intro')}</p>
      {menus.map((menu) => (
        <section key={menu.key} aria-labelledby={`menu-${menu.key}`} className="mb-10">
          <h2 id={`menu-${menu.key}`} className="mb-3 text-xl font-semibold text-brand-800">
            {t(`menus.${menu.key}`)}
          </h2>
          {menu.items.length === 0 ? (
            <p className="text-muted">{t('empty')}</p>
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
          <section id="edit" aria-labelledby="edit-heading" className="rounded-lg border border-brand-100 bg-white p-5">
            <h2 id="edit-heading" className="mb-4 text-xl font-semibold text-brand-800">
              {t('editHeading', { label: editing.labels[locale] })}
            </h2>
            <ActionForm
              key={editing.id}
              action={saveItem}
              submitLabel={t('save')}
              doneMessage={t('saved')}
              fields={[{ name: 'itemId', label: '', type: 'hidden', defaultValue: editing.id }, ...fields(editing)]}
            />
            <div className="mt-6 border-t border-brand-50 pt-4">
              <p className="mb-2 text-sm text-muted">{t('deleteHint')}</p>
              <ActionButton action={deleteItem} fields={{ itemId: editing.id }} label={t('delete')} tone="danger" />
            </div>
          </section>
        )}
        <section aria-labelledby="add-heading" className="rounded-lg border border-brand-100 bg-white p-5">
          <h2 id="add-heading" className="mb-4 text-xl font-semibold text-brand-800">
            {t('addHeading')}
          </h2>
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
        </section>
      </div>
    </>
  );
}
