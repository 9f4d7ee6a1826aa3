import 'server-only';
import { cache } from 'react';
import { openEmbargoLink } from '@/lib/dal/embargo';

/** One opening per request, however many parts of the page ask: each opening is counted and audited. */
export const openEmbargo = cache((token: string) => openEmbargoLink(token));
