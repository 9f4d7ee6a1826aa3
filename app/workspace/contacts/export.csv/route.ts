import { exportMediaContacts } from '@/lib/dal/media-contacts';
import { contactsCsv, downloadHeaders } from '@/lib/media-contacts/export';
import { MediaContactFiltersInput, parseFilters } from '@/lib/validation/workspace-filters';

/** The filtered contacts as a CSV file; the DAL answers 404 to anyone but an editor or admin. */
export async function GET(request: Request): Promise<Response> {
  const { filters } = parseFilters(MediaContactFiltersInput, Object.fromEntries(new URL(request.url).searchParams));
  const day = new Date().toISOString().slice(0, 10);
  return new Response(contactsCsv(await exportMediaContacts(filters)), {
    headers: downloadHeaders('text/csv; charset=utf-8', `media-contacts-${day}.csv`),
  });
}
