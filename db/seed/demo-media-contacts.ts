import { and, eq, sql } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { mediaContactRegions, mediaContacts, mediaContactTopics, mediaListMembers, mediaLists } from '@/db/schema';
import type { Locale } from '@/lib/i18n/locales';
import type { DemoOfficeCode, DemoTopic } from './demo-types';

type DemoContact = {
  office: DemoOfficeCode;
  name: string;
  outlet: string;
  email: string;
  languages: Locale[];
  regions: DemoOfficeCode[];
  topics: DemoTopic[];
  beat: string;
  phone: string;
  consentSource: string;
  consentDate: string;
  status?: 'active' | 'unsubscribed' | 'bounced';
};

/** Fictional journalists (example.* addresses) across the demo offices and languages. */
export const DEMO_MEDIA_CONTACTS: DemoContact[] = [
  {
    office: 'hq',
    name: 'Claire Dubois',
    outlet: 'Le Quotidien de Genève',
    email: 'claire.dubois@quotidien.example',
    languages: ['fr', 'en'],
    regions: ['hq'],
    topics: ['migration-governance'],
    beat: 'International organisations',
    phone: '+41 22 555 01 10',
    consentSource: 'Accreditation form, Geneva press room',
    consentDate: '2025-09-12',
  },
  {
    office: 'hq',
    name: 'James Whitfield',
    outlet: 'Global Wire',
    email: 'j.whitfield@globalwire.example',
    languages: ['en'],
    regions: ['hq', 'asia-pacific'],
    topics: ['emergencies', 'climate'],
    beat: 'Humanitarian affairs',
    phone: '+44 20 5550 0110',
    consentSource: 'Business card at a briefing',
    consentDate: '2025-11-03',
  },
  {
    office: 'hq',
    name: 'Lucía Fernández',
    outlet: 'Agencia Informativa Latina',
    email: 'lucia.fernandez@ail.example',
    languages: ['es', 'en'],
    regions: ['americas'],
    topics: ['migration-governance', 'labour-migration'],
    beat: 'Migration and human mobility',
    phone: '+34 91 555 0120',
    consentSource: 'Subscription form, 2025 forum',
    consentDate: '2025-05-20',
  },
  {
    office: 'americas',
    name: 'Mariana Solís',
    outlet: 'La Nación (San José)',
    email: 'mariana.solis@lanacion.example',
    languages: ['es'],
    regions: ['americas'],
    topics: ['health'],
    beat: 'Public health',
    phone: '+506 2555 0130',
    consentSource: 'Press conference sign-up sheet',
    consentDate: '2026-01-15',
  },
  {
    office: 'americas',
    name: 'Diego Herrera',
    outlet: 'Radio Continente',
    email: 'diego.herrera@radiocontinente.example',
    languages: ['es', 'en'],
    regions: ['americas', 'mexico'],
    topics: ['counter-trafficking'],
    beat: 'Investigations',
    phone: '+52 55 5550 0140',
    consentSource: 'E-mail asking to be added',
    consentDate: '2025-10-02',
  },
  {
    office: 'panama',
    name: 'Ana Castillo',
    outlet: 'Prensa del Istmo',
    email: 'ana.castillo@istmo.example',
    languages: ['es'],
    regions: ['panama'],
    topics: ['emergencies'],
    beat: 'Darién crossings',
    phone: '+507 555 0150',
    consentSource: 'Field visit, Darién',
    consentDate: '2026-02-08',
  },
  {
    office: 'mexico',
    name: 'Roberto Aguilar',
    outlet: 'El Diario del Norte',
    email: 'roberto.aguilar@diarionorte.example',
    languages: ['es'],
    regions: ['mexico'],
    topics: ['labour-migration'],
    beat: 'Border and economy',
    phone: '+52 81 5550 0160',
    consentSource: 'Phone call to the office',
    consentDate: '2025-12-01',
    status: 'unsubscribed',
  },
  {
    office: 'west-central-africa',
    name: 'Aminata Diallo',
    outlet: 'Sahel Actualités',
    email: 'aminata.diallo@sahelactu.example',
    languages: ['fr'],
    regions: ['west-central-africa'],
    topics: ['climate', 'migration-governance'],
    beat: 'Climat et mobilité',
    phone: '+221 33 555 01 70',
    consentSource: 'Atelier de presse, Dakar',
    consentDate: '2025-07-18',
  },
  {
    office: 'senegal',
    name: 'Moussa Ndiaye',
    outlet: 'Radio Téranga',
    email: 'moussa.ndiaye@teranga.example',
    languages: ['fr', 'en'],
    regions: ['senegal'],
    topics: ['health'],
    beat: 'Santé publique',
    phone: '+221 77 555 01 80',
    consentSource: 'Formulaire d’inscription',
    consentDate: '2026-03-04',
  },
  {
    office: 'niger',
    name: 'Haoua Issoufou',
    outlet: 'Le Sahel Hebdo',
    email: 'haoua.issoufou@sahelhebdo.example',
    languages: ['fr'],
    regions: ['niger'],
    topics: ['emergencies'],
    beat: 'Humanitaire',
    phone: '+227 20 555 190',
    consentSource: 'Conférence de presse, Niamey',
    consentDate: '2025-08-25',
    status: 'bounced',
  },
  {
    office: 'asia-pacific',
    name: 'Maria Santos',
    outlet: 'Manila Daily Report',
    email: 'maria.santos@manilareport.example',
    languages: ['en'],
    regions: ['asia-pacific', 'philippines'],
    topics: ['climate'],
    beat: 'Disasters and climate',
    phone: '+63 2 5550 0200',
    consentSource: 'Regional media workshop',
    consentDate: '2025-06-30',
  },
  {
    office: 'bangladesh',
    name: 'Rahim Chowdhury',
    outlet: 'Dhaka Morning Post',
    email: 'rahim.chowdhury@dhakapost.example',
    languages: ['en'],
    regions: ['bangladesh'],
    topics: ['emergencies', 'health'],
    beat: 'Refugee response',
    phone: '+880 2 5550 0210',
    consentSource: 'Camp visit sign-up sheet',
    consentDate: '2026-01-27',
  },
];

/** Inserts the demo contacts and two lists, skipping what already exists. */
export async function seedMediaContacts(
  db: Database,
  context: { officeIds: Map<string, string>; topicIds: Map<string, string>; createdById?: string },
): Promise<void> {
  const contactIds = new Map<string, string>();
  for (const demo of DEMO_MEDIA_CONTACTS) {
    const officeId = context.officeIds.get(demo.office)!;
    const [inserted] = await db
      .insert(mediaContacts)
      .values({
        officeId,
        name: demo.name,
        outlet: demo.outlet,
        email: demo.email,
        languages: demo.languages,
        beat: demo.beat,
        phone: demo.phone,
        consentSource: demo.consentSource,
        consentDate: demo.consentDate,
        status: demo.status ?? 'active',
        createdById: context.createdById,
        updatedById: context.createdById,
      })
      .onConflictDoNothing()
      .returning({ id: mediaContacts.id });
    if (inserted) {
      await db
        .insert(mediaContactRegions)
        .values(demo.regions.map((code) => ({ contactId: inserted.id, officeId: context.officeIds.get(code)! })));
      await db
        .insert(mediaContactTopics)
        .values(demo.topics.map((slug) => ({ contactId: inserted.id, topicId: context.topicIds.get(slug)! })));
    }
    const [row] = await db
      .select({ id: mediaContacts.id })
      .from(mediaContacts)
      .where(and(eq(mediaContacts.officeId, officeId), eq(sql`lower(${mediaContacts.email})`, demo.email)));
    if (row) contactIds.set(demo.email, row.id);
  }

  const hq = context.officeIds.get('hq')!;
  const americas = context.officeIds.get('americas')!;
  const list = async (values: typeof mediaLists.$inferInsert) => {
    const [existing] = await db
      .select({ id: mediaLists.id })
      .from(mediaLists)
      .where(and(eq(mediaLists.officeId, values.officeId), eq(mediaLists.name, values.name)));
    if (existing) return undefined;
    const [created] = await db.insert(mediaLists).values(values).returning({ id: mediaLists.id });
    return created!.id;
  };
  await list({
    officeId: hq,
    name: 'Spanish-speaking journalists covering the Americas',
    kind: 'filter',
    filter: { languages: ['es'], officeIds: [americas], topicIds: [], beat: '' },
    createdById: context.createdById,
  });
  const desk = await list({
    officeId: hq,
    name: 'Geneva press corps',
    kind: 'static',
    createdById: context.createdById,
  });
  if (desk) {
    const members = [
      'claire.dubois@quotidien.example',
      'j.whitfield@globalwire.example',
      'lucia.fernandez@ail.example',
    ];
    await db
      .insert(mediaListMembers)
      .values(
        members.flatMap((email) =>
          contactIds.has(email) ? [{ listId: desk, contactId: contactIds.get(email)! }] : [],
        ),
      );
  }
}
