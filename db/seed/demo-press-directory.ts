import { and, eq, isNull } from 'drizzle-orm';
import type { Database } from '@/db/client';
import {
  pressOfficers,
  releaseTemplateContacts,
  releaseTemplates,
  releaseTemplateTopics,
  type TemplateSection,
} from '@/db/schema';
import type { Locale } from '@/lib/i18n/locales';
import type { DemoOfficeCode, DemoTopic } from './demo-types';

type DemoOfficer = {
  office: DemoOfficeCode;
  name: string;
  role: string;
  phones: string[];
  email: string;
  languages: Locale[];
};

/** Fictional spokespeople (+00 numbers, example.org addresses), at least one per demo office. */
export const DEMO_PRESS_OFFICERS: DemoOfficer[] = [
  {
    office: 'hq',
    name: 'Mireille Castagné',
    role: 'Porte-parole',
    phones: ['+00 22 555 01 20', '+00 79 555 01 21'],
    email: 'm.castagne@example.org',
    languages: ['fr', 'en'],
  },
  {
    office: 'hq',
    name: 'Jonah Whitcombe',
    role: 'Head of media relations',
    phones: ['+00 22 555 01 30'],
    email: 'j.whitcombe@example.org',
    languages: ['en', 'es'],
  },
  {
    office: 'americas',
    name: 'Camila Benavides',
    role: 'Oficial regional de comunicación',
    phones: ['+00 506 555 0210'],
    email: 'c.benavides@example.org',
    languages: ['es', 'en'],
  },
  {
    office: 'west-central-africa',
    name: 'Mamadou Kouyaté',
    role: 'Chargé de communication régional',
    phones: ['+00 221 555 0310', '+00 221 555 0311'],
    email: 'm.kouyate@example.org',
    languages: ['fr', 'en'],
  },
  {
    office: 'asia-pacific',
    name: 'Priya Ramaswamy',
    role: 'Regional communications officer',
    phones: ['+00 66 555 0410'],
    email: 'p.ramaswamy@example.org',
    languages: ['en'],
  },
  {
    office: 'panama',
    name: 'Rodrigo Saavedra',
    role: 'Responsable de prensa',
    phones: ['+00 507 555 0510'],
    email: 'r.saavedra@example.org',
    languages: ['es', 'en'],
  },
  {
    office: 'panama',
    name: 'Elena Morales',
    role: 'Portavoz en Darién',
    phones: ['+00 507 555 0520'],
    email: 'e.morales@example.org',
    languages: ['es'],
  },
  {
    office: 'mexico',
    name: 'Paulina Ocampo',
    role: 'Comunicación y prensa',
    phones: ['+00 52 555 0610'],
    email: 'p.ocampo@example.org',
    languages: ['es'],
  },
  {
    office: 'senegal',
    name: 'Khady Diallo',
    role: 'Chargée de presse',
    phones: ['+00 221 555 0710'],
    email: 'k.diallo@example.org',
    languages: ['fr', 'en'],
  },
  {
    office: 'niger',
    name: 'Issoufou Garba',
    role: 'Attaché de presse',
    phones: ['+00 227 555 0810'],
    email: 'i.garba@example.org',
    languages: ['fr'],
  },
  {
    office: 'philippines',
    name: 'Marisol Dela Cruz',
    role: 'Media and communications officer',
    phones: ['+00 63 555 0910'],
    email: 'm.delacruz@example.org',
    languages: ['en'],
  },
  {
    office: 'bangladesh',
    name: 'Tanvir Hossain',
    role: 'Communications officer',
    phones: ['+00 880 555 1010'],
    email: 't.hossain@example.org',
    languages: ['en'],
  },
];

type DemoTemplate = {
  /** `null` for a template of the whole organisation. */
  office: DemoOfficeCode | null;
  name: string;
  language: Locale;
  sections: TemplateSection[];
  topics: DemoTopic[];
  /** Directory entries by e-mail. */
  contacts: string[];
};

/** Two office templates and the organisation's template in each language; the boilerplate is the demo's own. */
export const DEMO_TEMPLATES: DemoTemplate[] = [
  {
    office: null,
    name: 'Communiqué standard',
    language: 'fr',
    sections: [
      {
        heading: 'À propos de l’organisation',
        paragraphs: [
          'L’organisation accompagne les gouvernements, les collectivités et les personnes en mouvement pour que la mobilité se fasse dans la sécurité et la dignité.',
          'Ses bureaux régionaux et nationaux travaillent avec les autorités locales, la société civile et le secteur privé.',
        ],
      },
      {
        heading: 'Notes aux rédactions',
        paragraphs: [
          'Photos et vidéos libres de droits pour un usage éditorial sur demande auprès des contacts ci-dessous.',
        ],
      },
    ],
    topics: [],
    contacts: ['m.castagne@example.org'],
  },
  {
    office: null,
    name: 'Standard release',
    language: 'en',
    sections: [
      {
        heading: 'About the organisation',
        paragraphs: [
          'The organisation works with governments, communities and people on the move so that mobility happens in safety and with dignity.',
          'Its regional and country offices work alongside local authorities, civil society and the private sector.',
        ],
      },
      {
        heading: 'Notes to editors',
        paragraphs: ['Royalty-free photos and video for editorial use are available from the contacts below.'],
      },
    ],
    topics: [],
    contacts: ['j.whitcombe@example.org'],
  },
  {
    office: null,
    name: 'Comunicado estándar',
    language: 'es',
    sections: [
      {
        heading: 'Acerca de la organización',
        paragraphs: [
          'La organización acompaña a gobiernos, comunidades y personas en movimiento para que la movilidad se produzca con seguridad y dignidad.',
          'Sus oficinas regionales y nacionales trabajan junto a las autoridades locales, la sociedad civil y el sector privado.',
        ],
      },
      {
        heading: 'Notas para los editores',
        paragraphs: [
          'Las fotos y los vídeos libres de derechos para uso editorial pueden solicitarse a los contactos indicados abajo.',
        ],
      },
    ],
    topics: [],
    contacts: ['j.whitcombe@example.org'],
  },
  {
    office: 'panama',
    name: 'Respuesta en Darién',
    language: 'es',
    sections: [
      {
        heading: 'Sobre la respuesta en Darién',
        paragraphs: [
          'Los equipos de la oficina en Panamá prestan atención en las estaciones de recepción de migrantes: agua, orientación, primeros auxilios y apoyo psicosocial.',
        ],
      },
      {
        heading: 'Notas para los editores',
        paragraphs: [
          'Las visitas de prensa a las estaciones se coordinan con al menos cinco días de antelación.',
          'Las cifras citadas proceden de los registros de la oficina y se actualizan cada semana.',
        ],
      },
    ],
    topics: ['emergencies', 'health'],
    contacts: ['e.morales@example.org', 'r.saavedra@example.org'],
  },
  {
    office: 'senegal',
    name: 'Retours et réintégration',
    language: 'fr',
    sections: [
      {
        heading: 'À propos du programme',
        paragraphs: [
          'Le bureau de Dakar aide les personnes qui rentrent au Sénégal à reprendre pied : formation, appui à la création d’activités et suivi social pendant un an.',
        ],
      },
      {
        heading: 'Notes aux rédactions',
        paragraphs: [
          'Des témoignages de bénéficiaires peuvent être organisés, avec leur accord, en français ou en wolof.',
        ],
      },
    ],
    topics: ['labour-migration', 'sustainable-development'],
    contacts: ['k.diallo@example.org'],
  },
];

/** Adds the demo directory and templates once; a second run changes nothing. */
export async function seedPressDirectory(
  db: Database,
  context: { officeIds: Map<string, string>; topicIds: Map<string, string>; createdById?: string },
): Promise<void> {
  const officerIds = new Map<string, string>();
  for (const demo of DEMO_PRESS_OFFICERS) {
    const officeId = context.officeIds.get(demo.office)!;
    const [existing] = await db
      .select({ id: pressOfficers.id })
      .from(pressOfficers)
      .where(and(eq(pressOfficers.officeId, officeId), eq(pressOfficers.email, demo.email)));
    const [row] = existing
      ? [existing]
      : await db
          .insert(pressOfficers)
          .values({
            officeId,
            name: demo.name,
            role: demo.role,
            phones: demo.phones,
            email: demo.email,
            languages: demo.languages,
            createdById: context.createdById,
            updatedById: context.createdById,
          })
          .returning({ id: pressOfficers.id });
    officerIds.set(demo.email, row!.id);
  }

  for (const demo of DEMO_TEMPLATES) {
    const officeId = demo.office ? context.officeIds.get(demo.office)! : null;
    const [existing] = await db
      .select({ id: releaseTemplates.id })
      .from(releaseTemplates)
      .where(
        and(
          officeId ? eq(releaseTemplates.officeId, officeId) : isNull(releaseTemplates.officeId),
          eq(releaseTemplates.name, demo.name),
        ),
      );
    if (existing) continue;
    const [template] = await db
      .insert(releaseTemplates)
      .values({
        officeId,
        name: demo.name,
        language: demo.language,
        sections: demo.sections,
        createdById: context.createdById,
        updatedById: context.createdById,
      })
      .returning({ id: releaseTemplates.id });
    if (demo.topics.length)
      await db
        .insert(releaseTemplateTopics)
        .values(demo.topics.map((slug) => ({ templateId: template!.id, topicId: context.topicIds.get(slug)! })));
    if (demo.contacts.length)
      await db.insert(releaseTemplateContacts).values(
        demo.contacts.map((email, position) => ({
          templateId: template!.id,
          officerId: officerIds.get(email)!,
          position,
        })),
      );
  }
}
