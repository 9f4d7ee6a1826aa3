import { z } from 'zod';
import { exportMediaContact } from '@/lib/dal/media-contacts';
import { contactsCsv, downloadHeaders } from '@/lib/media-contacts/export';

const ExportRequest = z.object({ id: z.uuid(), format: z.enum(['json', 'csv']).default('json') });

/** Everything held about one contact, for the person who asked for it: JSON or CSV; 404 outside the reader's offices. */
export async function GET(request: Request, { params }: RouteContext<'/workspace/contacts/[id]/export'>) {
  const parsed = ExportRequest.safeParse({
    id: (await params).id,
    format: new URL(request.url).searchParams.get('format') ?? undefined,
  });
  if (!parsed.success) return new Response(null, { status: 404 });
  const contact = await exportMediaContact(parsed.data.id);
  return parsed.data.format === 'csv'
    ? new Response(contactsCsv([contact]), {
        headers: downloadHeaders('text/csv; charset=utf-8', `contact-${parsed.data.id}.csv`),
      })
    : new Response(JSON.stringify(contact, null, 2), {
        headers: downloadHeaders('application/json; charset=utf-8', `contact-${parsed.data.id}.json`),
      });
}
