// @vitest-environment happy-dom
import { Editor } from '@tiptap/core';
import { afterEach, describe, expect, it } from 'vitest';
import { editorExtensions } from './editor-extensions';
import { EditorKeys, matchingEntries, slashQuery, type EditorKey } from './editor-keys';

let editor: Editor | undefined;
afterEach(() => editor?.destroy());

function editorWith(html: string, handlers = new Set<(key: EditorKey) => boolean>()) {
  editor = new Editor({ extensions: [...editorExtensions(), EditorKeys.configure({ handlers })], content: html });
  editor.commands.focus('end');
  return editor;
}

describe('the block menu’s query', () => {
  it('is the word after a slash typed alone in a paragraph, the caret after it', () => {
    const current = editorWith('<p>First paragraph.</p><p>/tab</p>');
    expect(slashQuery(current)).toMatchObject({ query: 'tab' });
    current.commands.setTextSelection(3);
    expect(slashQuery(current)).toBeNull();
  });

  it('is nothing in the middle of a sentence, in a heading, or after two words', () => {
    expect(slashQuery(editorWith('<p>Prices rose 3/4</p>'))).toBeNull();
    editor?.destroy();
    expect(slashQuery(editorWith('<h2>/list</h2>'))).toBeNull();
    editor?.destroy();
    expect(slashQuery(editorWith('<p>/bulleted list</p>'))).toBeNull();
  });

  it('spans the slash and its word, so that choosing an entry removes them', () => {
    const current = editorWith('<p>Before.</p><p>/quo</p>');
    const query = slashQuery(current)!;
    current.chain().deleteRange({ from: query.from, to: query.to }).toggleBlockquote().run();
    // (the empty paragraph after it is the editor's own, so that the text can go on after a block)
    expect(current.getHTML()).toBe('<p>Before.</p><blockquote><p></p></blockquote><p></p>');
  });
});

describe('the block menu’s entries', () => {
  const entries = [
    { name: 'heading2', label: 'Intertitre' },
    { name: 'bulletList', label: 'Liste à puces' },
    { name: 'blockquote', label: 'Citation' },
    { name: 'image', label: 'Image' },
  ];

  it('are all offered after a bare slash', () => {
    expect(matchingEntries(entries, '')).toHaveLength(4);
  });

  it('are those with a word of their label, or their name, starting with the query, accents ignored', () => {
    expect(matchingEntries(entries, 'puce').map((entry) => entry.name)).toEqual(['bulletList']);
    expect(matchingEntries(entries, 'a').map((entry) => entry.name)).toEqual(['bulletList']);
    expect(matchingEntries(entries, 'im').map((entry) => entry.name)).toEqual(['image']);
    expect(matchingEntries(entries, 'head').map((entry) => entry.name)).toEqual(['heading2']);
    expect(matchingEntries(entries, 'zz')).toEqual([]);
  });
});

describe('the editor’s keys', () => {
  it('go to the menus first, and on to the text when no menu takes them', () => {
    const taken: EditorKey[] = [];
    const handlers = new Set([(key: EditorKey) => (taken.push(key), key === 'Mod-k')]);
    const current = editorWith('<p>Text</p>', handlers);
    current.view.dom.dispatchEvent(new KeyboardEvent('keydown', { key: 'k', ctrlKey: true, bubbles: true }));
    current.view.dom.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    expect(taken).toEqual(['Mod-k', 'Enter']);
    expect(current.getHTML()).toBe('<p>Text</p><p></p>');
  });
});
