import type { Role } from '@/lib/auth/roles';
import type { Locale } from '@/lib/i18n/locales';
import type { DemoOfficeCode } from './demo-types';

export type DemoAccount = {
  key: string;
  name: string;
  role: Role;
  office: DemoOfficeCode;
  uiLanguage: Locale;
  /** A zone of their own for reading times; unset, their office's. */
  timeZone?: string;
};

export const DEMO_ACCOUNTS: DemoAccount[] = [
  { key: 'admin', name: 'Adèle Fontaine', role: 'admin', office: 'hq', uiLanguage: 'fr' },
  { key: 'editor', name: 'Henri Delacroix', role: 'editor', office: 'hq', uiLanguage: 'fr' },
  {
    key: 'editor.desk',
    name: 'Sofia Lindqvist',
    role: 'editor',
    office: 'hq',
    uiLanguage: 'en',
    timeZone: 'Europe/Stockholm',
  },
  { key: 'editor.americas', name: 'Valentina Ortiz', role: 'editor', office: 'americas', uiLanguage: 'es' },
  { key: 'writer.panama', name: 'Andrés Quintero', role: 'writer', office: 'panama', uiLanguage: 'es' },
  { key: 'writer.mexico', name: 'Renata Villalobos', role: 'writer', office: 'mexico', uiLanguage: 'es' },
  { key: 'writer.dakar', name: 'Fatou Sarr', role: 'writer', office: 'senegal', uiLanguage: 'fr' },
  { key: 'writer.niamey', name: 'Ibrahim Maïga', role: 'writer', office: 'niger', uiLanguage: 'fr' },
];

export const demoEmail = (key: string) => `${key}@example.org`;
export const DEFAULT_DEMO_PASSWORD = 'communique-demo';
