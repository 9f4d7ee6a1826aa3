/**
 * Writes synthetic legacy page dumps in the shape of the old site's exports (navigation block,
 * title, dateline, wrapped lines, run-together lists, contact blocks in every spelling, a lost
 * "œ"), with original text, for the import benchmark and for trying the importer.
 *
 *   node --import tsx scripts/generate-legacy-dumps.ts <folder> [--count 10000] [--seed 1]
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

type Language = 'fr' | 'en' | 'es';

const NAVIGATION = [
  '-',
  'À propos',
  "À proposL'Agence de coopération internationale (ACI) accompagne depuis 1962 les collectivités qui coopèrent par-delà leurs frontières.",
  'Gouvernance',
  'Gouvernance',
  '- Organigramme',
  '- Direction générale',
  '- Bureaux régionaux',
  '-',
  'Nos actions',
  "Nos actionsDepuis soixante ans, l'ACI relie des villes, des écoles et des coopératives.",
  'Programmes',
  'Programmes',
  '- Publications',
];

const WORDS: Record<
  Language,
  { subjects: string[]; verbs: string[]; objects: string[]; places: string[]; intro: string; listIntro: string }
> = {
  fr: {
    subjects: [
      "L'ACI",
      'La commune',
      'Le ministère de la Santé',
      'Les coopératives locales',
      'Le bureau régional',
      "L'équipe du projet",
    ],
    verbs: ['a lancé', 'soutient', 'a inauguré', 'finance', 'accompagne', 'a présenté'],
    objects: [
      'un programme de formation',
      'un réseau de puits solaires',
      'une école des métiers',
      "la main-d'uvre agricole",
      'une campagne de vaccination',
      'le cur du marché',
    ],
    places: ['Dakar', 'Niamey', 'Genève', 'Thiès', 'Zinder'],
    intro: "Pour plus d'informations, veuillez contacter",
    listIntro: 'Le projet comprend trois volets :',
  },
  en: {
    subjects: [
      'ICA',
      'The district council',
      'The health ministry',
      'Local cooperatives',
      'The regional office',
      'The project team',
    ],
    verbs: ['launched', 'supports', 'opened', 'funds', 'trains', 'presented'],
    objects: [
      'a training programme',
      'a network of solar pumps',
      'a vocational school',
      'a vaccination campaign',
      'a new market hall',
      'a cold chain',
    ],
    places: ['Manila', 'Dhaka', 'Bangkok', 'Cebu', 'Khulna'],
    intro: 'For more information, please contact',
    listIntro: 'The project has three parts:',
  },
  es: {
    subjects: [
      'La ACI',
      'El municipio',
      'El ministerio de Salud',
      'Las cooperativas locales',
      'La oficina regional',
      'El equipo del proyecto',
    ],
    verbs: ['lanzó', 'apoya', 'inauguró', 'financia', 'acompaña', 'presentó'],
    objects: [
      'un programa de formación',
      'una red de bombas solares',
      'una escuela de oficios',
      'una campaña de vacunación',
      'un nuevo mercado',
      'una cadena de frío',
    ],
    places: ['Ciudad de Panamá', 'San José', 'Ciudad de México', 'Colón', 'David'],
    intro: 'Para más información, por favor contacte a',
    listIntro: 'El proyecto tiene tres partes:',
  },
};

const PEOPLE = [
  'Awa Diop',
  'Ibrahim Moussa',
  'Claire Fontaine',
  'Maria Santos',
  'Lucía Méndez',
  'Tomás Arrieta',
  'Priya Das',
  'Jonas Weber',
];
const PHONE_LABELS = ['Tel', 'Tél.', 'Tel :', 'Tel.', 'Tél :'];

/** A small deterministic generator (mulberry32), so that every run benchmarks the same files. */
function random(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const pick = <T>(items: T[]): T => items[Math.floor(next() * items.length)]!;
  return { next, pick };
}

function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && line.length + word.length + 1 > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

/** One dump's text; `n` makes titles distinct so that slugs rarely need a suffix. */
export function generateDump(n: number, seed = 1): string {
  const { next, pick } = random(seed * 1_000_003 + n);
  const language = pick<Language>(['fr', 'fr', 'en', 'es']);
  const words = WORDS[language];
  const sentence = () =>
    `${pick(words.subjects)} ${pick(words.verbs)} ${pick(words.objects)} ${language === 'en' ? 'in' : 'à'} ${pick(words.places)}.`;
  const paragraph = () => Array.from({ length: 2 + Math.floor(next() * 3) }, sentence).join(' ');
  const lines: string[] = next() < 0.8 ? NAVIGATION.slice(next() < 0.5 ? 0 : 5) : [];
  const isPage = next() < 0.1;
  lines.push(`${pick(words.subjects)} ${pick(words.verbs)} ${pick(words.objects)} (${n})`);
  const wrapped = next() < 0.4;
  const paragraphs = Array.from({ length: 3 + Math.floor(next() * 5) }, paragraph);
  if (!isPage) paragraphs[0] = `${pick(words.places)} - ${paragraphs[0]}`;
  for (const [index, text] of paragraphs.entries()) {
    lines.push(...(wrapped ? wrap(text, 50 + Math.floor(next() * 20)) : [text]));
    if (index === 1 && next() < 0.5) {
      lines.push(words.listIntro);
      const items = [sentence(), sentence(), sentence()];
      if (next() < 0.5) lines.push(`- ${items.join(' - ')}`);
      else lines.push(...items.map((item) => `- ${item}`));
    }
  }
  if (!isPage) {
    const person = pick(PEOPLE);
    const email = `${person
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[^a-z ]/g, '')
      .replace(' ', '.')}@example.org`;
    const phone = `+${200 + Math.floor(next() * 99)} ${Math.floor(next() * 90 + 10)} 555 ${String(Math.floor(next() * 10000)).padStart(4, '0')}`;
    if (next() < 0.5) {
      lines.push(`${words.intro} ${person}, ${pick(words.places)}, ${pick(PHONE_LABELS)} ${phone}, Email: ${email}`);
    } else {
      lines.push(
        `${words.intro}:`,
        person,
        pick(words.places),
        `${pick(PHONE_LABELS)} ${phone}`,
        'E-mail :',
        `"mailto:${email}">${email}`,
      );
    }
  }
  return lines.join('\n');
}

async function main() {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { count: { type: 'string' }, seed: { type: 'string' } },
  });
  const folder = positionals[0];
  if (!folder) {
    console.error('Usage: node --import tsx scripts/generate-legacy-dumps.ts <folder> [--count 10000] [--seed 1]');
    process.exit(2);
  }
  const count = Number(values.count ?? 10_000);
  await fs.mkdir(folder, { recursive: true });
  for (let n = 0; n < count; n += 1) {
    await fs.writeFile(
      path.join(folder, `${String(n).padStart(5, '0')}.txt`),
      generateDump(n, Number(values.seed ?? 1)),
    );
  }
  console.log(`${count} dumps written to ${folder}`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) await main();
