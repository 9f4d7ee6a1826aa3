import type { RichTextDoc, RichTextMark, RichTextNode } from './types';

/**
 * Suggestions: while a release is in review, what colleagues type or delete is not applied but
 * stored in the document as marks on the text, an insertion (`suggestionInsert`, text that is
 * not there yet) or a deletion (`suggestionDelete`, text still there), each with its id, its
 * author and its time. The writer or an editor accepts or rejects them; the public only ever
 * reads a document without any (see `withoutSuggestions`, which the renderer applies too).
 */
export const SUGGESTION_INSERT = 'suggestionInsert';
export const SUGGESTION_DELETE = 'suggestionDelete';

export type SuggestionKind = 'insert' | 'delete';
export type SuggestionAttrs = { id: string; authorId: string; authorName: string; createdAt: string };
export type SuggestionDecision = 'accept' | 'reject';

/** One open suggestion, its text gathered from every run that carries its id. */
export type Suggestion = SuggestionAttrs & { kind: SuggestionKind; text: string };

// Deeper than any stored document may be (lib/rich-text/schema.ts): what lies below is dropped.
const MAX_DEPTH = 40;

const KIND_OF: Record<string, SuggestionKind> = { [SUGGESTION_INSERT]: 'insert', [SUGGESTION_DELETE]: 'delete' };

/** The suggestion a run of text carries, if any. */
export function suggestionOf(node: RichTextNode): (SuggestionAttrs & { kind: SuggestionKind }) | undefined {
  for (const mark of Array.isArray(node.marks) ? node.marks : []) {
    const kind = mark && Object.hasOwn(KIND_OF, mark.type) ? KIND_OF[mark.type] : undefined;
    if (kind) return { kind, ...(mark.attrs as SuggestionAttrs) };
  }
  return undefined;
}

const isSuggestionMark = (mark: RichTextMark) => Boolean(mark) && Object.hasOwn(KIND_OF, mark.type);

function walkText(nodes: RichTextNode[] | undefined, visit: (node: RichTextNode) => void, depth = 0) {
  if (depth > MAX_DEPTH) return;
  for (const node of Array.isArray(nodes) ? nodes : []) {
    if (!node || typeof node !== 'object') continue;
    if (node.type === 'text') visit(node);
    else walkText(node.content, visit, depth + 1);
  }
}

/** The open suggestions in document order, each once. */
export function listSuggestions(doc: { content?: RichTextNode[] }): Suggestion[] {
  const byId = new Map<string, Suggestion>();
  walkText(doc.content, (node) => {
    const suggestion = suggestionOf(node);
    if (!suggestion) return;
    const known = byId.get(suggestion.id);
    if (known) known.text += node.text ?? '';
    else byId.set(suggestion.id, { ...suggestion, text: node.text ?? '' });
  });
  return [...byId.values()];
}

export const hasSuggestions = (doc: { content?: RichTextNode[] }) => listSuggestions(doc).length > 0;

const sameMarks = (a: RichTextMark[] | undefined, b: RichTextMark[] | undefined) =>
  JSON.stringify(a ?? []) === JSON.stringify(b ?? []);

/** Joins neighbouring runs with the same marks and drops empty ones, as the editor would. */
function joinRuns(nodes: RichTextNode[]): RichTextNode[] {
  const joined: RichTextNode[] = [];
  for (const node of nodes) {
    if (node?.type === 'text' && !node.text) continue;
    const last = joined.at(-1);
    if (last?.type === 'text' && node?.type === 'text' && sameMarks(last.marks, node.marks))
      joined[joined.length - 1] = { ...last, text: (last.text ?? '') + node.text };
    else joined.push(node);
  }
  return joined;
}

function resolveNodes(
  nodes: RichTextNode[],
  decide: (suggestion: SuggestionAttrs & { kind: SuggestionKind }) => SuggestionDecision | undefined,
  depth = 0,
): RichTextNode[] {
  if (depth > MAX_DEPTH) return [];
  const resolved = nodes.flatMap((node): RichTextNode[] => {
    if (!node || typeof node !== 'object') return [];
    if (node.type !== 'text')
      return Array.isArray(node.content)
        ? [{ ...node, content: resolveNodes(node.content, decide, depth + 1) }]
        : [node];
    const suggestion = suggestionOf(node);
    const decision = suggestion && decide(suggestion);
    if (!suggestion || !decision) return [node];
    // An accepted insertion and a rejected deletion keep their text; the others take it away.
    const keep = (suggestion.kind === 'insert') === (decision === 'accept');
    if (!keep) return [];
    const marks = (node.marks ?? []).filter((mark) => !isSuggestionMark(mark));
    const { marks: _marks, ...rest } = node;
    return [marks.length ? { ...rest, marks } : rest];
  });
  return joinRuns(resolved);
}

/** The document with the named suggestions (or all of them) accepted or rejected; the others stay open. */
export function resolveSuggestions<Doc extends { content?: RichTextNode[] }>(
  doc: Doc,
  ids: readonly string[] | 'all',
  decision: SuggestionDecision,
): Doc {
  const wanted = ids === 'all' ? undefined : new Set(ids);
  return {
    ...doc,
    content: resolveNodes(Array.isArray(doc.content) ? doc.content : [], (suggestion) =>
      !wanted || wanted.has(suggestion.id) ? decision : undefined,
    ),
  };
}

export const acceptSuggestion = <Doc extends { content?: RichTextNode[] }>(doc: Doc, id: string) =>
  resolveSuggestions(doc, [id], 'accept');
export const rejectSuggestion = <Doc extends { content?: RichTextNode[] }>(doc: Doc, id: string) =>
  resolveSuggestions(doc, [id], 'reject');
export const acceptAllSuggestions = <Doc extends { content?: RichTextNode[] }>(doc: Doc) =>
  resolveSuggestions(doc, 'all', 'accept');
export const rejectAllSuggestions = <Doc extends { content?: RichTextNode[] }>(doc: Doc) =>
  resolveSuggestions(doc, 'all', 'reject');

/**
 * The text as it stands before any open suggestion is taken: deletions kept as the original
 * text, insertions dropped. What the public may read of a document, whatever it holds.
 */
export const withoutSuggestions = rejectAllSuggestions;

/** Null attributes and empty attribute objects are left out: the editor writes them, stored text may not. */
const presentAttrs = (attrs: Record<string, unknown> | undefined) => {
  const present = Object.entries(attrs ?? {}).filter(([, value]) => value != null);
  return present.length ? { attrs: Object.fromEntries(present) } : {};
};

function canonical(nodes: RichTextNode[] | undefined): unknown[] {
  return joinRuns(nodes ?? []).map((node) => {
    return {
      type: node.type,
      ...presentAttrs(node.attrs),
      ...(node.text !== undefined ? { text: node.text } : {}),
      ...(node.marks?.length
        ? { marks: node.marks.map((mark) => ({ type: mark.type, ...presentAttrs(mark.attrs) })) }
        : {}),
      ...(node.content?.length ? { content: canonical(node.content) } : {}),
    };
  });
}

export type SuggestionProblem = 'text_changed' | 'suggestion_changed';

/**
 * Checks a document saved in suggestion mode against the one stored: the text itself (every open
 * suggestion rejected) must be unchanged, and other people's suggestions must still be there as
 * they were. Suggestions already stored keep their author and time; new ones are signed with the
 * `author` and `now`, whatever the browser sent.
 */
export function signSuggestions(
  stored: RichTextDoc,
  submitted: RichTextDoc,
  author: { id: string; name: string },
  now: Date,
): { ok: true; doc: RichTextDoc } | { ok: false; problem: SuggestionProblem } {
  const textOf = (doc: RichTextDoc) => JSON.stringify(canonical(withoutSuggestions(doc).content));
  if (textOf(stored) !== textOf(submitted)) return { ok: false, problem: 'text_changed' };
  const before = new Map(listSuggestions(stored).map((suggestion) => [suggestion.id, suggestion]));
  const after = new Map(listSuggestions(submitted).map((suggestion) => [suggestion.id, suggestion]));
  for (const [id, suggestion] of before) {
    if (suggestion.authorId === author.id) continue;
    const kept = after.get(id);
    if (!kept || kept.kind !== suggestion.kind || kept.text !== suggestion.text)
      return { ok: false, problem: 'suggestion_changed' };
  }
  const createdAt = now.toISOString();
  const sign = (nodes: RichTextNode[]): RichTextNode[] =>
    nodes.map((node) => {
      if (node.type !== 'text') return node.content ? { ...node, content: sign(node.content) } : node;
      const marks = node.marks?.map((mark) => {
        if (!isSuggestionMark(mark)) return mark;
        const id = String(mark.attrs?.id ?? '');
        const known = before.get(id);
        // An id the browser made up, or reused for another kind of change, is a new suggestion.
        const attrs: SuggestionAttrs =
          known && KIND_OF[mark.type] === known.kind
            ? { id, authorId: known.authorId, authorName: known.authorName, createdAt: known.createdAt }
            : { id, authorId: author.id, authorName: author.name, createdAt };
        return { type: mark.type, attrs };
      });
      return marks ? { ...node, marks } : node;
    });
  return { ok: true, doc: { ...submitted, content: joinRuns(sign(submitted.content)) } };
}

/**
 * A text saved by someone who edits it directly (not in suggestion mode) keeps the suggestions
 * already stored as they were; any other suggestion mark it carries (made up, or with another
 * author or time) is taken off, its text kept: nobody signs a suggestion in someone else's name.
 */
export function keepStoredSuggestions(stored: RichTextDoc, submitted: RichTextDoc): RichTextDoc {
  const known = new Map(listSuggestions(stored).map((suggestion) => [suggestion.id, suggestion]));
  const isKnown = (mark: RichTextMark) => {
    const suggestion = known.get(String(mark.attrs?.id ?? ''));
    return (
      suggestion !== undefined &&
      KIND_OF[mark.type] === suggestion.kind &&
      mark.attrs?.authorId === suggestion.authorId &&
      mark.attrs?.authorName === suggestion.authorName &&
      mark.attrs?.createdAt === suggestion.createdAt
    );
  };
  let changed = false;
  const clean = (nodes: RichTextNode[]): RichTextNode[] =>
    nodes.map((node) => {
      if (node.type !== 'text') return node.content ? { ...node, content: clean(node.content) } : node;
      if (!node.marks?.some((mark) => isSuggestionMark(mark) && !isKnown(mark))) return node;
      changed = true;
      const marks = node.marks.filter((mark) => !isSuggestionMark(mark) || isKnown(mark));
      const { marks: _marks, ...rest } = node;
      return marks.length ? { ...rest, marks } : rest;
    });
  const content = clean(submitted.content);
  return changed ? { ...submitted, content: joinRuns(content) } : submitted;
}
