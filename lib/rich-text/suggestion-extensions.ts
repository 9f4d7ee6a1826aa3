import { Extension, Mark } from '@tiptap/core';
import type { MarkType, Mark as ProseMirrorMark } from '@tiptap/pm/model';
import { Plugin, PluginKey, TextSelection, type EditorState, type Transaction } from '@tiptap/pm/state';
import { SUGGESTION_DELETE, SUGGESTION_INSERT, type SuggestionAttrs } from './suggestions';

const ATTRS = ['id', 'authorId', 'authorName', 'createdAt'] as const;
const DATA = {
  id: 'data-suggestion',
  authorId: 'data-author-id',
  authorName: 'data-author',
  createdAt: 'data-created-at',
};

function suggestionMark(name: string, tag: 'ins' | 'del') {
  return Mark.create({
    name,
    inclusive: false,
    addAttributes: () =>
      Object.fromEntries(
        ATTRS.map((attr) => [
          attr,
          {
            default: '',
            parseHTML: (element: HTMLElement) => element.getAttribute(DATA[attr]) ?? '',
            renderHTML: (attributes: Record<string, string>) => ({ [DATA[attr]]: attributes[attr] }),
          },
        ]),
      ),
    parseHTML: () => [{ tag: `${tag}[data-suggestion]` }],
    renderHTML: ({ HTMLAttributes }) => [
      tag,
      { ...HTMLAttributes, class: 'suggestion', title: String(HTMLAttributes[DATA.authorName] ?? '') },
      0,
    ],
  });
}

/**
 * A suggested insertion (underlined) and a suggested deletion (struck through), with who made
 * them and when: part of every editor's schema, so that a text holding them keeps them.
 */
export const SuggestionInsert = suggestionMark(SUGGESTION_INSERT, 'ins');
export const SuggestionDelete = suggestionMark(SUGGESTION_DELETE, 'del');

export type SuggestionAuthor = { id: string; name: string };

/** Set on the transactions suggestion mode makes, the only ones that may change the text in it. */
export const SUGGESTING = 'suggesting';

type Types = { insert: MarkType; delete: MarkType };

const newAttrs = (author: SuggestionAuthor): SuggestionAttrs => ({
  id: crypto.randomUUID(),
  authorId: author.id,
  authorName: author.name,
  createdAt: new Date().toISOString(),
});

/** The suggestion of this author and type touching `pos`, to continue it rather than start another. */
function neighbourAttrs(tr: Transaction, pos: number, type: MarkType, author: SuggestionAuthor) {
  const $pos = tr.doc.resolve(pos);
  for (const node of [$pos.nodeBefore, $pos.nodeAfter]) {
    const mark = node?.isText ? node.marks.find((one) => one.type === type) : undefined;
    if (mark && mark.attrs.authorId === author.id) return mark.attrs as SuggestionAttrs;
  }
  return undefined;
}

/**
 * Suggests deleting the text between `from` and `to`: it is marked, not removed. What this
 * author suggested inserting is simply taken out again; other people's suggestions are left as
 * they are (their author or the writer decides them).
 */
function suggestDeletion(tr: Transaction, from: number, to: number, author: SuggestionAuthor, types: Types) {
  const ranges: { start: number; end: number; remove: boolean }[] = [];
  tr.doc.nodesBetween(from, to, (node, pos) => {
    if (!node.isText) return true;
    const start = Math.max(pos, from);
    const end = Math.min(pos + node.nodeSize, to);
    const inserted = node.marks.find((mark) => mark.type === types.insert);
    if (end <= start || node.marks.some((mark) => mark.type === types.delete)) return false;
    if (inserted && inserted.attrs.authorId !== author.id) return false;
    ranges.push({ start, end, remove: Boolean(inserted) });
    return false;
  });
  const attrs =
    neighbourAttrs(tr, from, types.delete, author) ?? neighbourAttrs(tr, to, types.delete, author) ?? newAttrs(author);
  for (const range of ranges.reverse()) {
    if (range.remove) tr.delete(range.start, range.end);
    else tr.addMark(range.start, range.end, types.delete.create(attrs));
  }
}

/** Suggests inserting `text` at `pos` (after marking what it replaces, if anything, as deleted). */
function suggestInsertion(state: EditorState, from: number, to: number, text: string, author: SuggestionAuthor) {
  const types = typesOf(state);
  const tr = state.tr;
  if (to > from) suggestDeletion(tr, from, to, author, types);
  const pos = tr.mapping.map(to);
  const attrs = neighbourAttrs(tr, pos, types.insert, author) ?? newAttrs(author);
  const formatting = tr.doc
    .resolve(pos)
    .marks()
    .filter((mark: ProseMirrorMark) => mark.type !== types.insert && mark.type !== types.delete);
  if (text) {
    tr.insert(pos, state.schema.text(text, [...formatting, types.insert.create(attrs)]));
    tr.setSelection(TextSelection.create(tr.doc, pos + text.length));
  }
  return tr.setMeta(SUGGESTING, true);
}

const typesOf = (state: EditorState): Types => ({
  insert: state.schema.marks[SUGGESTION_INSERT]!,
  delete: state.schema.marks[SUGGESTION_DELETE]!,
});

/** Backspace or Delete: the character before or after the cursor, or the selection, suggested for deletion. */
function suggestKeyDeletion(state: EditorState, direction: -1 | 1, author: SuggestionAuthor): Transaction | null {
  const { selection } = state;
  let from = selection.from;
  let to = selection.to;
  if (selection.empty) {
    const { $from } = selection;
    if (direction < 0 ? $from.parentOffset === 0 : $from.parentOffset === $from.parent.content.size) return null;
    if (direction < 0) from -= 1;
    else to += 1;
  }
  const tr = state.tr;
  suggestDeletion(tr, from, to, author, typesOf(state));
  // The cursor moves past what was marked, so that the next key goes on from there.
  const cursor = direction < 0 ? tr.mapping.map(from, -1) : tr.mapping.map(to, 1);
  tr.setSelection(TextSelection.create(tr.doc, Math.min(cursor, tr.doc.content.size)));
  return tr.setMeta(SUGGESTING, true);
}

const suggestionModeKey = new PluginKey('suggestionMode');

/**
 * Suggestion mode: what is typed, pasted or deleted becomes a suggestion of `author`, and nothing
 * else may change the text (no new paragraphs, formatting, images or tables: those are for the
 * writer, asked through a comment). Undo and redo still work on one's own suggestions.
 */
export const SuggestionMode = Extension.create<{ author: SuggestionAuthor }>({
  name: 'suggestionMode',
  addOptions: () => ({ author: { id: '', name: '' } }),
  addProseMirrorPlugins() {
    const { author } = this.options;
    return [
      new Plugin({
        key: suggestionModeKey,
        filterTransaction: (tr) => !tr.docChanged || Boolean(tr.getMeta(SUGGESTING)) || Boolean(tr.getMeta('history$')),
        props: {
          handleTextInput: (view, from, to, text) => {
            view.dispatch(suggestInsertion(view.state, from, to, text, author));
            return true;
          },
          handlePaste: (view, _event, slice) => {
            const text = slice.content.textBetween(0, slice.content.size, ' ', ' ').replace(/\s+/g, ' ');
            const { from, to } = view.state.selection;
            view.dispatch(suggestInsertion(view.state, from, to, text, author));
            return true;
          },
          handleDrop: () => true,
          // Chromium types through `beforeinput` and a DOM change that never reaches handleTextInput:
          // the typed text is taken here, before the browser changes the page.
          handleDOMEvents: {
            beforeinput: (view, event) => {
              if (event.inputType !== 'insertText' || !event.data) return false;
              const { from, to } = view.state.selection;
              view.dispatch(suggestInsertion(view.state, from, to, event.data, author));
              event.preventDefault();
              return true;
            },
          },
          handleKeyDown: (view, event) => {
            if (event.key === 'Enter') return true;
            if (event.key !== 'Backspace' && event.key !== 'Delete') return false;
            const tr = suggestKeyDeletion(view.state, event.key === 'Backspace' ? -1 : 1, author);
            if (tr) view.dispatch(tr);
            return true;
          },
        },
      }),
    ];
  },
});
