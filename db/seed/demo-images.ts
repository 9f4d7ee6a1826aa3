import { eq } from 'drizzle-orm';
import sharp from 'sharp';
import type { Database } from '@/db/client';
import { media } from '@/db/schema';
import type { Locale } from '@/lib/i18n/locales';
import { processImage } from '@/lib/media/process';
import { storeImageFiles } from '@/lib/media/storage';

type DemoImage = {
  group: string;
  name: string;
  alt: Record<Locale, string>;
  caption?: Record<Locale, string>;
  scene: string;
};

const W = 1600;
const H = 1000;

/** A flat illustration: a sky, the ground, and what the scene draws between them. */
const illustration = (sky: [string, string], ground: string, scene: string) => `
<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}">
  <defs><linearGradient id="sky" x1="0" y1="0" x2="0" y2="1">
    <stop offset="0" stop-color="${sky[0]}"/><stop offset="1" stop-color="${sky[1]}"/>
  </linearGradient></defs>
  <rect width="${W}" height="${H}" fill="url(#sky)"/>
  <path d="M0 ${H * 0.68} Q ${W * 0.3} ${H * 0.6} ${W * 0.55} ${H * 0.66} T ${W} ${H * 0.63} V ${H} H 0 Z" fill="${ground}"/>
  ${scene}
</svg>`;

const repeat = (count: number, draw: (index: number) => string) =>
  Array.from({ length: count }, (_, i) => draw(i)).join('');

/** Lead images for some demo releases, shared by every language version of each. */
const DEMO_IMAGES: DemoImage[] = [
  {
    group: 'panama-labour-corridor',
    name: 'cosecha-cafe-chiriqui.png',
    alt: {
      fr: 'Illustration : des rangées de caféiers sur une colline, avec des cueilleurs et leurs paniers',
      en: 'Illustration: rows of coffee shrubs on a hillside, with pickers carrying baskets',
      es: 'Ilustración: hileras de cafetos en una ladera, con recolectores y sus canastas',
    },
    scene: illustration(
      ['#f6d58e', '#fbeed0'],
      '#5f8f3e',
      repeat(
        7,
        (i) =>
          `<ellipse cx="${120 + i * 230}" cy="${760 + (i % 2) * 30}" rx="95" ry="55" fill="#2f5d25"/>` +
          `<circle cx="${200 + i * 230}" cy="${700 + (i % 3) * 20}" r="20" fill="#6b3f1f"/>` +
          `<rect x="${188 + i * 230}" y="${720 + (i % 3) * 20}" width="24" height="60" rx="8" fill="#d9822b"/>`,
      ) + '<circle cx="1320" cy="200" r="90" fill="#f2a93b"/>',
    ),
  },
  {
    group: 'senegal-youth-solar',
    name: 'panneaux-solaires-kolda.png',
    alt: {
      fr: 'Illustration : des panneaux solaires alignés sous un soleil de midi, près d’un village',
      en: 'Illustration: a row of solar panels under the midday sun, near a village',
      es: 'Ilustración: una fila de paneles solares bajo el sol del mediodía, cerca de un pueblo',
    },
    scene: illustration(
      ['#7cc3e8', '#d8eef8'],
      '#c9a26b',
      '<circle cx="1300" cy="180" r="110" fill="#ffd23f"/>' +
        repeat(
          5,
          (i) =>
            `<polygon points="${140 + i * 280},820 ${360 + i * 280},820 ${320 + i * 280},680 ${180 + i * 280},680" fill="#1f3b73" stroke="#d8e3f0" stroke-width="6"/>` +
            `<rect x="${245 + i * 280}" y="820" width="12" height="70" fill="#555"/>`,
        ) +
        repeat(3, (i) => `<rect x="${60 + i * 140}" y="560" width="110" height="90" fill="#e9d3a8"/>`),
    ),
  },
  {
    group: 'philippines-typhoon-response',
    name: 'shelter-kits-luzon.png',
    alt: {
      fr: 'Illustration : des abris de toile et des jerricans d’eau après le passage d’un typhon',
      en: 'Illustration: canvas shelters and water containers after a typhoon',
      es: 'Ilustración: refugios de lona y bidones de agua tras el paso de un tifón',
    },
    scene: illustration(
      ['#8a9bb0', '#cfd8e3'],
      '#6d7f4f',
      repeat(
        4,
        (i) =>
          `<polygon points="${120 + i * 380},820 ${300 + i * 380},620 ${480 + i * 380},820" fill="#2c7fb8"/>` +
          `<rect x="${260 + i * 380}" y="740" width="80" height="80" fill="#1b4f72"/>` +
          `<rect x="${150 + i * 380}" y="840" width="40" height="55" rx="6" fill="#f5b041"/>`,
      ) +
        repeat(
          30,
          (i) =>
            `<line x1="${(i * 97) % W}" y1="${(i * 53) % 500}" x2="${((i * 97) % W) - 20}" y2="${((i * 53) % 500) + 60}" stroke="#eef3f8" stroke-width="4"/>`,
        ),
    ),
  },
  {
    group: 'bangladesh-monsoon-preparedness',
    name: 'volunteers-coxs-bazar.png',
    alt: {
      fr: 'Illustration : des volontaires en gilet orange au bord d’une rivière sous des nuages de mousson',
      en: 'Illustration: volunteers in orange vests by a river under monsoon clouds',
      es: 'Ilustración: voluntarios con chaleco naranja junto a un río bajo nubes de monzón',
    },
    scene: illustration(
      ['#6c7a89', '#b8c4cf'],
      '#4e7a3a',
      repeat(4, (i) => `<ellipse cx="${250 + i * 380}" cy="${170 + (i % 2) * 50}" rx="230" ry="80" fill="#4b5561"/>`) +
        `<path d="M0 860 Q 400 800 800 860 T 1600 850 V 1000 H 0 Z" fill="#3d7ea6"/>` +
        repeat(
          6,
          (i) =>
            `<circle cx="${180 + i * 220}" cy="640" r="24" fill="#5a3a22"/>` +
            `<rect x="${160 + i * 220}" y="665" width="40" height="90" rx="10" fill="#f28c28"/>`,
        ),
    ),
  },
  {
    group: 'hq-mobility-data-report',
    name: 'mobility-data-chart.png',
    alt: {
      fr: 'Illustration : un graphique en barres qui monte d’année en année, au-dessus d’une carte stylisée',
      en: 'Illustration: a bar chart rising year after year above a stylised map',
      es: 'Ilustración: un gráfico de barras que sube año tras año sobre un mapa estilizado',
    },
    caption: {
      fr: 'Huit années de relevés : les déplacements liés aux catastrophes n’ont cessé d’augmenter (données fictives)',
      en: 'Eight years of records: displacement linked to disasters has kept rising (fictional data)',
      es: 'Ocho años de registros: los desplazamientos por desastres no han dejado de aumentar (datos ficticios)',
    },
    scene: illustration(
      ['#0b3c5d', '#328cc1'],
      '#1d2731',
      repeat(
        8,
        (i) =>
          `<rect x="${200 + i * 150}" y="${640 - i * 55}" width="100" height="${i * 55 + 60}" fill="${i === 7 ? '#f2b134' : '#d9e8f5'}"/>`,
      ) + '<path d="M120 760 H1480" stroke="#d9e8f5" stroke-width="6"/>',
    ),
  },
  {
    group: 'niger-community-reintegration',
    name: 'marche-tillaberi.png',
    alt: {
      fr: 'Illustration : des étals de marché sous des auvents colorés, dans une rue de terre',
      en: 'Illustration: market stalls under colourful awnings on a dirt street',
      es: 'Ilustración: puestos de mercado bajo toldos de colores en una calle de tierra',
    },
    scene: illustration(
      ['#f4a259', '#f9dcb2'],
      '#c98b4e',
      repeat(
        5,
        (i) =>
          `<polygon points="${80 + i * 300},600 ${340 + i * 300},600 ${310 + i * 300},540 ${110 + i * 300},540" fill="${['#bc4b51', '#5b8e7d', '#f4e285', '#8cb369', '#3d5a80'][i]}"/>` +
          `<rect x="${100 + i * 300}" y="600" width="220" height="160" fill="#8d5b34"/>` +
          repeat(3, (j) => `<circle cx="${140 + i * 300 + j * 70}" cy="590" r="22" fill="#e07a5f"/>`),
      ),
    ),
  },
];

/**
 * Stores the demo lead images as an upload by the headquarters' communication officer would, and
 * returns each one's id by the translation group it illustrates. An image stored before is reused.
 */
export async function createDemoImages(db: Database, uploaderId: string): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  for (const image of DEMO_IMAGES) {
    const png = await sharp(Buffer.from(image.scene)).png().toBuffer();
    const processed = await processImage(new Uint8Array(png));
    if (!processed.ok) throw new Error(`The demo image ${image.name} was refused: ${processed.reason}`);
    const files = await storeImageFiles(processed.image);
    await db
      .insert(media)
      .values({
        ...files,
        originalName: image.name,
        mimeType: processed.image.mimeType,
        byteSize: png.byteLength,
        width: processed.image.width,
        height: processed.image.height,
        sha256: processed.image.sha256,
        alt: image.alt,
        caption: image.caption ?? {},
        credit: 'ICA',
        uploadedById: uploaderId,
      })
      .onConflictDoNothing({ target: media.storageKey });
    const [row] = await db.select({ id: media.id }).from(media).where(eq(media.storageKey, files.storageKey));
    ids.set(image.group, row!.id);
  }
  return ids;
}
