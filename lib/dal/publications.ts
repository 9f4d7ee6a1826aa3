import 'server-only';
import { and, desc, eq, isNull } from 'drizzle-orm';
import { db } from '@/db/client';
import { publications } from '@/db/schema';
import type { Locale } from '@/lib/i18n/locales';

export type PublicationSummaryDTO = {
  id: string;
  slug: string;
  language: Locale;
  title: string;
  summary: string;
  datelineCity: string;
  publishedAt: Date;
  officeCode: string;
  officeName: string;
  topics: string[];
};

const summaryColumns = {
  id: publications.id,
  slug: publications.slug,
  language: publications.language,
  title: publications.title,
  summary: publications.summary,
  datelineCity: publications.datelineCity,
  publishedAt: publications.publishedAt,
  officeCode: publications.officeCode,
  officeNames: publications.officeNames,
  topics: publications.topics,
};

type SummaryRow = { [K in keyof typeof summaryColumns]: (typeof summaryColumns)[K]['_']['data'] };

function toSummaryDTO({ officeNames, ...row }: SummaryRow, language: Locale): PublicationSummaryDTO {
  return { ...row, officeName: officeNames[language] };
}

/** The newest live releases in one language. */
export async function listLatestPublications(language: Locale, limit = 12): Promise<PublicationSummaryDTO[]> {
  const rows = await db
    .select(summaryColumns)
    .from(publications)
    .where(and(eq(publications.language, language), isNull(publications.withdrawnAt)))
    .orderBy(desc(publications.publishedAt))
    .limit(limit);
  return rows.map((row) => toSummaryDTO(row, language));
}
