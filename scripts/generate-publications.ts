// Fills a database with synthetic live publications for benchmarks: original, meaningless text
// with a realistic word-frequency curve (a few common topical words, a long tail of rare ones).
// Usage: DATABASE_URL=postgres://… node --import tsx scripts/generate-publications.ts [count]
import { and, eq, inArray, like, sql } from 'drizzle-orm';
import { closeDatabase, db, type Database } from '@/db/client';
import { offices, publications, releases, revisions, users } from '@/db/schema';
import type { Locale } from '@/lib/i18n/locales';
import { EMPTY_DOC } from '@/lib/rich-text/types';
import { runScript } from './run-script';

export const TOPICAL_WORDS: Record<Locale, string[]> = {
  fr: 'migration mobilité développement durable sécurité réfugiés santé région frontière travailleurs saisonniers climat inondations sécheresse communautés résilience formation emploi jeunes femmes enfants protection données recherche partenariat gouvernement accord programme urgence abri eau potable réintégration retour diaspora investissement agriculture récoltes recrutement droits humains traite victimes justice enquête rapport déplacements catastrophes tempêtes évacuation santé publique vaccination dépistage frontières corridors emploi local énergie solaire compétences certification'.split(
    ' ',
  ),
  en: 'migration mobility development sustainable security refugees health region border workers seasonal climate floods drought communities resilience training employment youth women children protection data research partnership government agreement programme emergency shelter water drinking reintegration return diaspora investment agriculture harvest recruitment rights human trafficking victims justice investigation report displacement disasters storms evacuation public vaccination screening borders corridors jobs local energy solar skills certification'.split(
    ' ',
  ),
  es: 'migración movilidad desarrollo sostenible seguridad refugiados salud región frontera trabajadores temporales clima inundaciones sequía comunidades resiliencia formación empleo jóvenes mujeres niños protección datos investigación alianza gobierno acuerdo programa emergencia albergue agua potable reintegración retorno diáspora inversión agricultura cosecha contratación derechos humanos trata víctimas justicia investigación informe desplazamientos desastres tormentas evacuación pública vacunación detección fronteras corredores empleos local energía solar competencias certificación'.split(
    ' ',
  ),
};

const SYLLABLES = [
  'ka',
  'lo',
  'mi',
  'ra',
  'te',
  'su',
  'vo',
  'ne',
  'pa',
  'di',
  'ro',
  'la',
  'ti',
  'ba',
  'ce',
  'mu',
  'fe',
  'go',
  'ni',
  'sa',
];
const TAIL_SIZE = 8000;

/** A deterministic pseudo-random generator, so that two runs produce the same corpus. */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The language's vocabulary by rank: topical words first, then made-up words. */
export function vocabulary(language: Locale): string[] {
  const tail: string[] = [];
  for (let i = 0; tail.length < TAIL_SIZE; i++) {
    const a = SYLLABLES[i % 20]!;
    const b = SYLLABLES[Math.floor(i / 20) % 20]!;
    const c = SYLLABLES[Math.floor(i / 400) % 20]!;
    tail.push(`${a}${b}${c}${language === 'fr' ? 'ique' : language === 'es' ? 'ano' : 'ing'}`);
  }
  return [...TOPICAL_WORDS[language], ...tail];
}

function zipfSampler(size: number, random: () => number): () => number {
  const cumulative: number[] = [];
  let total = 0;
  for (let rank = 1; rank <= size; rank++) cumulative.push((total += 1 / rank));
  return () => {
    const target = random() * total;
    let low = 0;
    let high = size - 1;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (cumulative[mid]! < target) low = mid + 1;
      else high = mid;
    }
    return low;
  };
}

const LANGUAGES: Locale[] = ['fr', 'en', 'es'];
const CITIES = ['Genève', 'Dakar', 'Panama', 'Manille', 'Niamey', 'Dhaka', 'San José', 'Mexico', 'Bangkok'];
const DAY = 24 * 60 * 60 * 1000;

/** Inserts `count` live publications (with the releases and revisions they belong to). */
export async function generatePublications(
  database: Database,
  count: number,
  options: { batch?: number; onProgress?: (done: number) => void } = {},
) {
  const random = mulberry32(20260101);
  const words = Object.fromEntries(LANGUAGES.map((language) => [language, vocabulary(language)])) as Record<
    Locale,
    string[]
  >;
  const pick = zipfSampler(TAIL_SIZE + TOPICAL_WORDS.fr.length, random);
  const sentence = (language: Locale, length: number) =>
    Array.from({ length }, () => words[language][pick()]!).join(' ');
  const officeRows = await database
    .select({ id: offices.id, code: offices.code, names: offices.names, kind: offices.kind })
    .from(offices);
  const [author] = await database.select({ id: users.id }).from(users).limit(1);
  if (!officeRows.length || !author)
    throw new Error('Seed the demo newsroom first (npm run db:seed): the generator needs offices and a user.');
  const topics = [
    'migration-governance',
    'labour-migration',
    'counter-trafficking',
    'emergencies',
    'climate',
    'health',
    'partnerships',
    'data-research',
    'sustainable-development',
  ];
  const batch = options.batch ?? 500;
  const start = (
    await database
      .select({ n: sql<number>`count(*)::int` })
      .from(releases)
      .where(like(releases.sourceKey, 'bench:%'))
  )[0]!.n;

  for (let offset = 0; offset < count; offset += batch) {
    const size = Math.min(batch, count - offset);
    const items = Array.from({ length: size }, (_, i) => {
      const n = start + offset + i;
      const language = LANGUAGES[n % 3]!;
      const office = officeRows[Math.floor(random() * officeRows.length)]!;
      return {
        n,
        language,
        office,
        title: sentence(language, 9),
        summary: sentence(language, 28),
        bodyText: sentence(language, 170),
        city: CITIES[Math.floor(random() * CITIES.length)]!,
        topics: [topics[Math.floor(random() * topics.length)]!],
        publishedAt: new Date(Date.now() - Math.floor(random() * 3650) * DAY),
      };
    });
    await database.transaction(async (tx) => {
      const releaseRows = await tx
        .insert(releases)
        .values(
          items.map((item) => ({
            language: item.language,
            slug: `bench-${item.n}`,
            officeId: item.office.id,
            authorId: author.id,
            body: EMPTY_DOC,
            sourceKey: `bench:${item.n}`,
          })),
        )
        .returning({ id: releases.id, translationGroupId: releases.translationGroupId });
      const revisionRows = await tx
        .insert(revisions)
        .values(
          items.map((item, i) => ({
            releaseId: releaseRows[i]!.id,
            number: 1,
            state: 'published' as const,
            title: item.title,
            summary: item.summary,
            datelineCity: item.city,
            datelineCountry: '',
            body: EMPTY_DOC,
            bodyText: '',
            contacts: [],
            topicIds: [],
            contentAuthorId: author.id,
          })),
        )
        .returning({ id: revisions.id });
      await tx.insert(publications).values(
        items.map((item, i) => ({
          releaseId: releaseRows[i]!.id,
          revisionId: revisionRows[i]!.id,
          language: item.language,
          slug: `bench-${item.n}`,
          translationGroupId: releaseRows[i]!.translationGroupId,
          title: item.title,
          summary: item.summary,
          datelineCity: item.city,
          datelineCountry: '',
          bodyHtml: `<p>${item.bodyText}</p>`,
          bodyText: item.bodyText,
          contacts: [],
          officeId: item.office.id,
          officeCode: item.office.code,
          officeNames: item.office.names,
          regionCode: null,
          topics: item.topics,
          publishedAt: item.publishedAt,
        })),
      );
      // A published release needs its live revision, which needs the release: link them once both exist.
      await tx
        .update(releases)
        .set({ state: 'published', liveRevisionId: revisions.id })
        .from(revisions)
        .where(
          and(
            eq(revisions.releaseId, releases.id),
            inArray(
              releases.id,
              releaseRows.map((row) => row.id),
            ),
          ),
        );
    });
    options.onProgress?.(offset + size);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await runScript(async () => {
    const count = Number(process.argv[2] ?? 100_000);
    if (!Number.isInteger(count) || count < 1) throw new Error('Usage: generate-publications.ts [count]');
    await generatePublications(db, count, { onProgress: (done) => process.stdout.write(`\r${done} / ${count}`) });
    console.log(`\n${count} synthetic publications added.`);
    await closeDatabase();
  });
}
