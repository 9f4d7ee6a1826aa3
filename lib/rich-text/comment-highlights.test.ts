// @vitest-environment happy-dom
import { Editor } from '@tiptap/core';
import { describe, expect, it } from 'vitest';
import { quoteAt } from '@/lib/comments/anchor';
import { CommentHighlights, passageDecorations } from './comment-highlights';
import { editorExtensions } from './editor-extensions';

const BODY = {
  type: 'doc',
  content: [
    { type: 'paragraph', content: [{ type: 'text', text: 'Doce escuelas recogen el agua de lluvia.' }] },
    {
      type: 'paragraph',
      content: [
        { type: 'text', text: 'Cada tanque guarda ' },
        { type: 'text', text: 'diez mil', marks: [{ type: 'bold' }] },
        { type: 'text', text: ' litros.' },
      ],
    },
  ],
};
const plain = 'Doce escuelas recogen el agua de lluvia.\nCada tanque guarda diez mil litros.';
const passage = (words: string) => ({
  id: words,
  ...quoteAt(plain, plain.indexOf(words), plain.indexOf(words) + words.length),
});

function editorWith(highlights: ReturnType<typeof passage>[]) {
  return new Editor({
    extensions: [...editorExtensions(), CommentHighlights.configure({ highlights })],
    content: BODY,
  });
}

describe('the passages inline comments quote, in the editor', () => {
  it('are marked where they are, across bold and plain text', () => {
    const editor = editorWith([passage('guarda diez mil litros')]);
    const [mark] = passageDecorations(editor.state.doc, [passage('guarda diez mil litros')]).find();
    expect(editor.state.doc.textBetween(mark!.from, mark!.to)).toBe('guarda diez mil litros');
    editor.destroy();
  });

  it('follow the text as it is edited above them', () => {
    const editor = editorWith([passage('agua de lluvia')]);
    editor.commands.insertContentAt(1, 'Hoy, ');
    const [mark] = passageDecorations(editor.state.doc, [passage('agua de lluvia')]).find();
    expect(editor.state.doc.textBetween(mark!.from, mark!.to)).toBe('agua de lluvia');
    editor.destroy();
  });

  it('lose their mark once the passage is edited away', () => {
    const editor = editorWith([passage('diez mil')]);
    editor.commands.setContent({
      type: 'doc',
      content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Cada tanque guarda veinte litros.' }] }],
    });
    expect(passageDecorations(editor.state.doc, [passage('diez mil')]).find()).toEqual([]);
    editor.destroy();
  });
});
