import { z } from 'zod';

export const EMBARGO_LISTS_MAX = 50;

/** The advance send form: the lists chosen, and the box saying the editor means it. */
export const SendEmbargoInput = z.object({
  releaseId: z.uuid(),
  listIds: z.array(z.uuid()).min(1, 'choose_list').max(EMBARGO_LISTS_MAX, 'too_many'),
  confirm: z.literal('on', { error: 'confirm_send' }),
});
export type SendEmbargoInput = z.infer<typeof SendEmbargoInput>;

/** Revoke one recipient's link (`deliveryId`), or every link of the release's advance sends (none). */
export const RevokeEmbargoInput = z.object({
  releaseId: z.uuid(),
  deliveryId: z.uuid().optional(),
});
export type RevokeEmbargoInput = z.infer<typeof RevokeEmbargoInput>;
