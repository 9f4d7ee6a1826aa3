import { describe, expect, it } from 'vitest';
import { PageDraftInput } from './pages';

describe("a static page's draft", () => {
  it('is refused, not a crash, when its body nests 3,000 levels deep', () => {
    let deep: unknown = { type: 'paragraph' };
    for (let level = 0; level < 3_000; level += 1) deep = { type: 'blockquote', content: [deep] };
    const parsed = PageDraftInput.safeParse({
      title: 'Qui sommes-nous',
      summary: '',
      body: { type: 'doc', content: [deep] },
    });
    expect(parsed.success).toBe(false);
    expect(JSON.stringify(parsed.error?.issues)).toContain('rich_text.too_deep');
  });
});
