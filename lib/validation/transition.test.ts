import { describe, expect, it } from 'vitest';
import { TransitionRequestInput } from './transition';

const releaseId = '6f1d2a7e-6f4b-4d43-9a55-0d7a1d2f3c4b';

describe('a workflow button press', () => {
  it('reads a ticked "send as a correction" box as a correction, and an absent one as none', () => {
    expect(TransitionRequestInput.parse({ releaseId, transition: 'publish', correction: 'on' }).correction).toBe(true);
    expect(TransitionRequestInput.parse({ releaseId, transition: 'publish' }).correction).toBe(false);
  });

  it('refuses a correction value a check box never sends', () => {
    expect(TransitionRequestInput.safeParse({ releaseId, transition: 'publish', correction: 'yes' }).success).toBe(
      false,
    );
  });
});
