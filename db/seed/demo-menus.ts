import type { LocalizedText } from '@/lib/i18n/locales';
import type { MenuKey } from '../schema/pages';
import type { DemoOfficeCode } from './demo-types';

/** A menu entry pointing at a demo page group, an office, a news listing, or nothing (a heading). */
export type DemoMenuItem =
  | { page: string; children?: DemoMenuItem[] }
  | { office: DemoOfficeCode; labels: LocalizedText }
  | { listing: string; labels: LocalizedText };

const NEWS: DemoMenuItem = { listing: '', labels: { fr: 'Actualités', en: 'News', es: 'Noticias' } };

/** The current site's navigation: about, structure and offices, our work, where we work, take action, data, 2030. */
export const DEMO_MENUS: Record<MenuKey, DemoMenuItem[]> = {
  header: [
    { page: 'about', children: [{ page: 'structure' }, { page: 'offices' }] },
    { page: 'our-work', children: [{ page: 'partnerships' }] },
    {
      page: 'where-we-work',
      children: [
        { office: 'americas', labels: { fr: 'Amériques', en: 'Americas', es: 'Américas' } },
        {
          office: 'west-central-africa',
          labels: {
            fr: 'Afrique de l’Ouest et du Centre',
            en: 'West and Central Africa',
            es: 'África Occidental y Central',
          },
        },
        {
          office: 'asia-pacific',
          labels: { fr: 'Asie et Pacifique', en: 'Asia and the Pacific', es: 'Asia y el Pacífico' },
        },
      ],
    },
    { page: 'take-action', children: [{ page: 'work-with-us' }] },
    { page: 'data-research' },
    { page: 'agenda-2030' },
    NEWS,
  ],
  footer: [{ page: 'about' }, { page: 'where-we-work' }, NEWS],
};
