import type { MetadataRoute } from 'next';
import { absoluteUrl } from '@/lib/portal/urls';

export const dynamic = 'force-dynamic'; // SITE_URL is read at run time, not baked in at build time

export default function robots(): MetadataRoute.Robots {
  return {
    rules: [
      { userAgent: '*', allow: '/', disallow: ['/workspace', '/login', '/preview', '/embargo', '/api', '/*/search'] },
    ],
    sitemap: absoluteUrl('/sitemap.xml'),
  };
}
