import 'server-only';
import { asc, eq, isNull } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { notFound } from 'next/navigation';
import { db } from '@/db/client';
import { offices, topics, type OfficeKind } from '@/db/schema';
import { CACHE_TAGS } from '@/lib/cache/tags';
import type { LocalizedText } from '@/lib/i18n/locales';
import type { Contact } from '@/lib/validation/contact';
import { cachedRead } from './public-cache';

export type PublicOfficeDTO = {
  code: string;
  kind: OfficeKind;
  names: LocalizedText;
  cities: LocalizedText;
  countryCode: string;
  timeZone: string;
  parentCode: string | null;
  /** The regional office the office belongs to (its own code for a regional office), null for headquarters. */
  regionCode: string | null;
  contacts: Contact[];
};

export type PublicTopicDTO = { slug: string; labels: LocalizedText };

/** Every office, headquarters first, then each region followed by its country offices. */
export const listPublicOffices = cachedRead(
  'listPublicOffices',
  async (): Promise<PublicOfficeDTO[]> => {
    const parent = alias(offices, 'parent');
    const rows = await db
      .select({
        code: offices.code,
        kind: offices.kind,
        names: offices.names,
        cities: offices.cities,
        countryCode: offices.countryCode,
        timeZone: offices.timeZone,
        contacts: offices.contacts,
        parentCode: parent.code,
        parentKind: parent.kind,
      })
      .from(offices)
      .leftJoin(parent, eq(parent.id, offices.parentId))
      .orderBy(asc(offices.code));
    const dtos = rows.map(({ parentKind, ...row }) => ({
      ...row,
      regionCode:
        row.kind === 'regional'
          ? row.code
          : row.kind === 'country' && parentKind === 'regional'
            ? row.parentCode
            : null,
    }));
    const regions = dtos.filter((office) => office.kind === 'regional');
    return [
      ...dtos.filter((office) => office.kind === 'hq'),
      ...regions.flatMap((region) => [
        region,
        ...dtos.filter((office) => office.kind === 'country' && office.regionCode === region.code),
      ]),
    ];
  },
  () => [CACHE_TAGS.offices],
);

/** One office for its public page. Calls notFound() for an unknown code. */
export async function getPublicOffice(code: string): Promise<PublicOfficeDTO> {
  const office = (await listPublicOffices()).find((candidate) => candidate.code === code);
  if (!office) notFound();
  return office;
}

/** The topics visitors can filter by (retired and merged ones are left out). */
export const listPublicTopics = cachedRead(
  'listPublicTopics',
  async (): Promise<PublicTopicDTO[]> =>
    db
      .select({ slug: topics.slug, labels: topics.labels })
      .from(topics)
      .where(isNull(topics.retiredAt))
      .orderBy(asc(topics.slug)),
  () => [CACHE_TAGS.topics],
);
