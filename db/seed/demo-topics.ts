import type { LocalizedText } from '@/lib/i18n/locales';
import type { DemoTopic } from './demo-types';

export const DEMO_TOPICS: { slug: DemoTopic; labels: LocalizedText }[] = [
  {
    slug: 'migration-governance',
    labels: { fr: 'Gouvernance des migrations', en: 'Migration governance', es: 'Gobernanza de la migración' },
  },
  {
    slug: 'labour-migration',
    labels: { fr: 'Migration de main-d’œuvre', en: 'Labour migration', es: 'Migración laboral' },
  },
  {
    slug: 'counter-trafficking',
    labels: { fr: 'Lutte contre la traite', en: 'Counter-trafficking', es: 'Lucha contra la trata' },
  },
  { slug: 'emergencies', labels: { fr: 'Situations d’urgence', en: 'Emergencies', es: 'Emergencias' } },
  {
    slug: 'climate',
    labels: { fr: 'Climat et environnement', en: 'Climate and environment', es: 'Clima y medio ambiente' },
  },
  { slug: 'health', labels: { fr: 'Santé', en: 'Health', es: 'Salud' } },
  { slug: 'partnerships', labels: { fr: 'Partenariats', en: 'Partnerships', es: 'Alianzas' } },
  {
    slug: 'data-research',
    labels: { fr: 'Données et recherche', en: 'Data and research', es: 'Datos e investigación' },
  },
  {
    slug: 'sustainable-development',
    labels: { fr: 'Développement durable', en: 'Sustainable development', es: 'Desarrollo sostenible' },
  },
];
