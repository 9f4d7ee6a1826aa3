import { answerDraftSave } from '@/lib/http/draft-route';
import { saveReleaseDraft } from '@/lib/dal/release-drafts';
import { SaveReleaseDraftInput } from '@/lib/validation/release-draft';

/** Autosave of a release's working copy. Who may save is the DAL's rule. */
export async function PUT(request: Request, { params }: RouteContext<'/api/releases/[id]/draft'>) {
  const { id } = await params;
  return answerDraftSave(request, SaveReleaseDraftInput, (input) =>
    saveReleaseDraft(id, input.draft, input.expectedVersion),
  );
}
