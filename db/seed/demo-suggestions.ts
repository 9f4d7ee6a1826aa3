import { SUGGESTION_DELETE, SUGGESTION_INSERT } from '@/lib/rich-text/suggestions';
import type { RichTextDoc, RichTextNode } from '@/lib/rich-text/types';

type DemoSuggestion = { kind: 'insert'; before: string; text: string } | { kind: 'delete'; text: string };

/** A copy editor's open suggestions on a release in review, so that the demo shows tracked changes. */
export const DEMO_SUGGESTIONS: Record<string, { by: string; suggestions: DemoSuggestion[] }> = {
  'wca-sahel-land-study-en': {
    by: 'editor.desk',
    suggestions: [
      { kind: 'insert', before: 'rural households', text: 'randomly chosen ' },
      { kind: 'delete', text: 'also ' },
    ],
  },
};

/** Splits the first run of text holding `anchor` around it and marks the suggestion there. */
function suggestIn(nodes: RichTextNode[], suggestion: DemoSuggestion, attrs: Record<string, string>): boolean {
  const anchor = suggestion.kind === 'insert' ? suggestion.before : suggestion.text;
  for (let index = 0; index < nodes.length; index++) {
    const node = nodes[index]!;
    if (node.type !== 'text') {
      if (node.content && suggestIn(node.content, suggestion, attrs)) return true;
      continue;
    }
    const at = node.text?.indexOf(anchor) ?? -1;
    if (at < 0 || (node.marks ?? []).some((mark) => mark.type.startsWith('suggestion'))) continue;
    const text = node.text!;
    const run = (value: string, marks = node.marks ?? []): RichTextNode[] =>
      value ? [{ ...node, text: value, ...(marks.length ? { marks } : {}) }] : [];
    const marked = (value: string, type: string) => run(value, [...(node.marks ?? []), { type, attrs }]);
    const replacement =
      suggestion.kind === 'insert'
        ? [...run(text.slice(0, at)), ...marked(suggestion.text, SUGGESTION_INSERT), ...run(text.slice(at))]
        : [...run(text.slice(0, at)), ...marked(anchor, SUGGESTION_DELETE), ...run(text.slice(at + anchor.length))];
    nodes.splice(index, 1, ...replacement);
    return true;
  }
  return false;
}

/** The demo release's text with its open suggestions, signed by `author` at `at`. */
export function withDemoSuggestions(
  body: RichTextDoc,
  key: string,
  author: { id: string; name: string },
  at: Date,
): RichTextDoc {
  const demo = DEMO_SUGGESTIONS[key];
  if (!demo) return body;
  const copy = structuredClone(body);
  demo.suggestions.forEach((suggestion, index) =>
    suggestIn(copy.content, suggestion, {
      id: `demo-${key}-${index}`,
      authorId: author.id,
      authorName: author.name,
      createdAt: at.toISOString(),
    }),
  );
  return copy;
}
