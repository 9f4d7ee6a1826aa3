import 'server-only';
import { cache } from 'react';
import { openPreviewLink } from '@/lib/dal/preview-links';

/** One opening per request, however many parts of the page ask: each opening is audited. */
export const openPreview = cache((token: string) => openPreviewLink(token));
