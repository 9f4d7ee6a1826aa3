import type { Locale, LocalizedText } from '@/lib/i18n/locales';
import type { Contact } from '@/lib/validation/contact';
import type { OfficeKind } from '../schema/offices';
import type { DemoOfficeCode } from './demo-types';

type DemoOffice = {
  code: DemoOfficeCode;
  kind: OfficeKind;
  parent: DemoOfficeCode | null;
  names: LocalizedText;
  cities: LocalizedText;
  countryCode: string;
  timeZone: string;
  defaultLanguage: Locale;
  contacts: Contact[];
};

/** Parents come before their children. */
export const DEMO_OFFICES: DemoOffice[] = [
  {
    code: 'hq',
    kind: 'hq',
    parent: null,
    names: { fr: 'Siège de l’ACI', en: 'ICA Headquarters', es: 'Sede de la ACI' },
    cities: { fr: 'Genève', en: 'Geneva', es: 'Ginebra' },
    countryCode: 'CH',
    timeZone: 'Europe/Zurich',
    defaultLanguage: 'fr',
    contacts: [
      {
        name: 'Hélène Varga',
        role: 'Media unit',
        office: 'ACI Genève',
        phones: ['+41 22 555 01 10'],
        email: 'media@example.org',
      },
    ],
  },
  {
    code: 'americas',
    kind: 'regional',
    parent: 'hq',
    names: {
      fr: 'Bureau régional pour les Amériques',
      en: 'Regional Office for the Americas',
      es: 'Oficina Regional para las Américas',
    },
    cities: { fr: 'San José', en: 'San José', es: 'San José' },
    countryCode: 'CR',
    timeZone: 'America/Costa_Rica',
    defaultLanguage: 'es',
    contacts: [
      {
        name: 'Tomás Arrieta',
        role: 'Comunicación regional',
        office: 'ACI San José',
        phones: ['+506 5550 1200'],
        email: 'americas.press@example.org',
      },
    ],
  },
  {
    code: 'west-central-africa',
    kind: 'regional',
    parent: 'hq',
    names: {
      fr: 'Bureau régional pour l’Afrique de l’Ouest et du Centre',
      en: 'Regional Office for West and Central Africa',
      es: 'Oficina Regional para África Occidental y Central',
    },
    cities: { fr: 'Dakar', en: 'Dakar', es: 'Dakar' },
    countryCode: 'SN',
    timeZone: 'Africa/Dakar',
    defaultLanguage: 'fr',
    contacts: [
      {
        name: 'Aïssatou Ndiaye',
        role: 'Chargée de communication régionale',
        office: 'ACI Dakar',
        phones: ['+221 33 555 10 20'],
        email: 'wca.press@example.org',
      },
    ],
  },
  {
    code: 'asia-pacific',
    kind: 'regional',
    parent: 'hq',
    names: {
      fr: 'Bureau régional pour l’Asie et le Pacifique',
      en: 'Regional Office for Asia and the Pacific',
      es: 'Oficina Regional para Asia y el Pacífico',
    },
    cities: { fr: 'Bangkok', en: 'Bangkok', es: 'Bangkok' },
    countryCode: 'TH',
    timeZone: 'Asia/Bangkok',
    defaultLanguage: 'en',
    contacts: [
      {
        name: 'Niran Chaiyaporn',
        role: 'Regional media officer',
        office: 'ICA Bangkok',
        phones: ['+66 2 555 0147'],
        email: 'asiapacific.press@example.org',
      },
    ],
  },
  {
    code: 'panama',
    kind: 'country',
    parent: 'americas',
    names: { fr: 'ACI Panama', en: 'ICA Panama', es: 'ACI Panamá' },
    cities: { fr: 'Panama', en: 'Panama City', es: 'Ciudad de Panamá' },
    countryCode: 'PA',
    timeZone: 'America/Panama',
    defaultLanguage: 'es',
    contacts: [
      {
        name: 'Lucía Herrera',
        role: 'Comunicación',
        office: 'ACI Panamá',
        phones: ['+507 555 0142'],
        email: 'panama@example.org',
      },
    ],
  },
  {
    code: 'mexico',
    kind: 'country',
    parent: 'americas',
    names: { fr: 'ACI Mexique', en: 'ICA Mexico', es: 'ACI México' },
    cities: { fr: 'Mexico', en: 'Mexico City', es: 'Ciudad de México' },
    countryCode: 'MX',
    timeZone: 'America/Mexico_City',
    defaultLanguage: 'es',
    contacts: [
      { name: 'Diego Salcedo', office: 'ACI México', phones: ['+52 55 5550 3412'], email: 'mexico@example.org' },
    ],
  },
  {
    code: 'senegal',
    kind: 'country',
    parent: 'west-central-africa',
    names: { fr: 'ACI Sénégal', en: 'ICA Senegal', es: 'ACI Senegal' },
    cities: { fr: 'Dakar', en: 'Dakar', es: 'Dakar' },
    countryCode: 'SN',
    timeZone: 'Africa/Dakar',
    defaultLanguage: 'fr',
    contacts: [
      {
        name: 'Mamadou Faye',
        role: 'Chargé de communication',
        office: 'ACI Sénégal',
        phones: ['+221 33 555 12 34'],
        email: 'senegal@example.org',
      },
    ],
  },
  {
    code: 'niger',
    kind: 'country',
    parent: 'west-central-africa',
    names: { fr: 'ACI Niger', en: 'ICA Niger', es: 'ACI Níger' },
    cities: { fr: 'Niamey', en: 'Niamey', es: 'Niamey' },
    countryCode: 'NE',
    timeZone: 'Africa/Niamey',
    defaultLanguage: 'fr',
    contacts: [
      { name: 'Rahila Moussa', office: 'ACI Niger', phones: ['+227 20 55 50 60'], email: 'niger@example.org' },
    ],
  },
  {
    code: 'philippines',
    kind: 'country',
    parent: 'asia-pacific',
    names: { fr: 'ACI Philippines', en: 'ICA Philippines', es: 'ACI Filipinas' },
    cities: { fr: 'Manille', en: 'Manila', es: 'Manila' },
    countryCode: 'PH',
    timeZone: 'Asia/Manila',
    defaultLanguage: 'en',
    contacts: [
      {
        name: 'Marisol Dizon',
        role: 'Communications officer',
        office: 'ICA Manila',
        phones: ['+63 2 8555 0193'],
        email: 'philippines@example.org',
      },
    ],
  },
  {
    code: 'bangladesh',
    kind: 'country',
    parent: 'asia-pacific',
    names: { fr: 'ACI Bangladesh', en: 'ICA Bangladesh', es: 'ACI Bangladés' },
    cities: { fr: 'Dacca', en: 'Dhaka', es: 'Daca' },
    countryCode: 'BD',
    timeZone: 'Asia/Dhaka',
    defaultLanguage: 'en',
    contacts: [
      { name: 'Farhan Kabir', office: 'ICA Dhaka', phones: ['+880 2 5550 1177'], email: 'bangladesh@example.org' },
    ],
  },
];
