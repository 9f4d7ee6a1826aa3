import { z } from 'zod';

/** How many editors' picks the home page of one language shows at most. */
export const MAX_PICKS = 6;

export const PinInput = z.object({ publicationId: z.uuid() });
export type PinInput = z.infer<typeof PinInput>;

export const MovePickInput = z.object({ publicationId: z.uuid(), direction: z.enum(['up', 'down']) });
export type MovePickInput = z.infer<typeof MovePickInput>;
