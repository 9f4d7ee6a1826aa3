// @vitest-environment happy-dom
import { Editor } from '@tiptap/core';
import { afterEach, describe, expect, it } from 'vitest';
import { editorExtensions } from './editor-extensions';
import { keepSourceText, sourceDecorations, TranslationSource } from './translation-extensions';
import type { RichTextDoc } from './types';
import { countUntranslatedBlocks, markUntranslated } from './untranslated';

const source: RichTextDoc = {
  type: 'doc',
  content: [
    { type: 'paragraph', content: [{ type: 'text', text: 'Le village a construit une école.' }] },
    {
      type: 'paragraph',
      content: [
        { type: 'text', text: 'Lire ' },
        { type: 'text', text: 'le rapport', marks: [{ type: 'link', attrs: { href: 'https://example.org/r' } }] },
      ],
    },
  ],
};

let editor: Editor | undefined;
afterEach(() => editor?.destroy());

const open = () => {
  editor = new Editor({
    extensions: [...editorExtensions(), TranslationSource.configure({ blocks: ['<p>A</p>', '<p>B</p>'] })],
    content: markUntranslated(source),
  });
  return editor;
};
const doc = () => editor!.getJSON() as RichTextDoc;

describe('a translation in the editor', () => {
  it('starts with the source’s structure and links, every word marked untranslated', () => {
    open();
    expect(countUntranslatedBlocks(doc())).toBe(2);
    expect(JSON.stringify(doc())).toContain('https://example.org/r');
  });

  it('never marks what is typed, even in the middle of source words', () => {
    open();
    editor!.chain().setTextSelection(4).insertContent('grand ').run();
    const first = doc().content[0]!.content!;
    expect(first.find((node) => node.text === 'grand ')?.marks ?? []).toEqual([]);
    expect(countUntranslatedBlocks(doc())).toBe(2);
  });

  it('counts a block as translated once its source words are written over', () => {
    open();
    const end = editor!.state.doc.child(0).nodeSize - 1;
    editor!.chain().setTextSelection({ from: 1, to: end }).insertContent('The village built a school.').run();
    expect(countUntranslatedBlocks(doc())).toBe(1);
    expect(doc().content[0]).toEqual({
      type: 'paragraph',
      content: [{ type: 'text', text: 'The village built a school.' }],
    });
  });

  it('keeps a block as it is when the translator says so', () => {
    open();
    editor!.commands.setTextSelection(2);
    keepSourceText(editor!);
    expect(countUntranslatedBlocks(doc())).toBe(1);
    expect(doc().content[0]!.content![0]!.text).toBe('Le village a construit une école.');
  });

  it('puts each source block before the block of the same rank, and the extra ones after the last', () => {
    open();
    const set = sourceDecorations(editor!.state.doc, {
      blocks: ['<p>A</p>', '<p>B</p>', '<p>C</p>'],
      language: 'fr',
      label: 'Source :',
    });
    const found = set.find();
    expect(found.map((decoration) => decoration.from)).toEqual([
      0,
      editor!.state.doc.child(0).nodeSize,
      editor!.state.doc.content.size,
    ]);
  });
});
