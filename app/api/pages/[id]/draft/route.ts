import { answerDraftSave } from '@/lib/http/draft-route';
import { savePageDraft } from '@/lib/dal/pages';
import { SavePageDraftInput } from '@/lib/validation/pages';

/** Autosave of a static page's working copy. Who may save is the DAL's rule (page managers only). */
export async function PUT(request: Request, { params }: RouteContext<'/api/pages/[id]/draft'>) {
  const { id } = await params;
  return answerDraftSave(request, SavePageDraftInput, (input) => savePageDraft(id, input.draft, input.expectedVersion));
}
