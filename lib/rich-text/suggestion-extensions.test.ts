// @vitest-environment happy-dom
import { Editor } from '@tiptap/core';
import { afterEach, describe, expect, it } from 'vitest';
import { editorExtensions } from './editor-extensions';
import { parseRichText } from './schema';
import { SuggestionMode } from './suggestion-extensions';
import { listSuggestions } from './suggestions';
import { toPlainText } from './plain-text';

const author = { id: 'editor-id', name: 'Eva Editor' };
const BODY = {
  type: 'doc',
  content: [{ type: 'paragraph', content: [{ type: 'text', text: 'The council opens ten small schools.' }] }],
};

let editor: Editor;
afterEach(() => editor?.destroy());

function suggesting(by = author, content: object = BODY) {
  editor = new Editor({ extensions: [...editorExtensions(), SuggestionMode.configure({ author: by })], content });
  return editor;
}
/** Where a word starts in the one paragraph (its text starts at position 1). */
const at = (word: string) => 1 + 'The council opens ten small schools.'.indexOf(word);
const type = (text: string, from: number, to = from) =>
  editor.view.someProp('handleTextInput', (handle) => handle(editor.view, from, to, text, () => editor.state.tr));
const press = (key: string) =>
  editor.view.someProp('handleKeyDown', (handle) => handle(editor.view, new KeyboardEvent('keydown', { key })));

describe('suggestion mode in the editor', () => {
  it('turns typed text into one insertion signed by the person typing, leaving the text as it was', () => {
    suggesting();
    type('n', at('ten'));
    type('ew ', at('ten') + 1);
    expect(listSuggestions(editor.getJSON() as never)).toEqual([
      expect.objectContaining({ kind: 'insert', text: 'new ', authorId: 'editor-id', authorName: 'Eva Editor' }),
    ]);
    expect(toPlainText(editor.getJSON() as never)).toBe('The council opens ten small schools.');
    expect(parseRichText(editor.getJSON()).ok).toBe(true);
  });

  it('takes text typed through beforeinput, as Chromium sends it, as a suggestion', () => {
    suggesting();
    editor.commands.setTextSelection(at('ten'));
    const event = new InputEvent('beforeinput', {
      inputType: 'insertText',
      data: 'new ',
      cancelable: true,
      bubbles: true,
    });
    editor.view.dom.dispatchEvent(event);
    expect(event.defaultPrevented).toBe(true);
    expect(listSuggestions(editor.getJSON() as never)).toEqual([
      expect.objectContaining({ kind: 'insert', text: 'new ', authorId: 'editor-id' }),
    ]);
  });

  it('turns Backspace into one deletion that keeps the text, struck through', () => {
    suggesting();
    editor.commands.setTextSelection(at('schools'));
    for (let i = 0; i < 'small '.length; i++) press('Backspace');
    expect(listSuggestions(editor.getJSON() as never)).toEqual([
      expect.objectContaining({ kind: 'delete', text: 'small ', authorId: 'editor-id' }),
    ]);
    expect(editor.getHTML()).toContain('<del data-suggestion=');
  });

  it('replaces a selection with a deletion and an insertion', () => {
    suggesting();
    type('eleven', at('ten'), at('ten') + 3);
    expect(listSuggestions(editor.getJSON() as never).map(({ kind, text }) => [kind, text])).toEqual([
      ['delete', 'ten'],
      ['insert', 'eleven'],
    ]);
  });

  it("takes back one's own insertion on Backspace instead of marking it", () => {
    suggesting();
    type('new ', at('ten'));
    for (let i = 0; i < 4; i++) press('Backspace');
    expect(editor.getJSON()).toEqual(BODY);
  });

  it('leaves the suggestion of someone else in place', () => {
    suggesting();
    type('new ', at('ten'));
    const withOther = editor.getJSON();
    editor.destroy();
    suggesting({ id: 'other', name: 'Otto' }, withOther);
    editor.commands.setTextSelection(at('ten') + 4);
    for (let i = 0; i < 4; i++) press('Backspace');
    expect(listSuggestions(editor.getJSON() as never)).toEqual([
      expect.objectContaining({ kind: 'insert', text: 'new ', authorId: 'editor-id' }),
    ]);
  });

  it('refuses any other change to the text: formatting, new paragraphs, inserted content', () => {
    suggesting();
    editor.commands.setTextSelection({ from: at('ten'), to: at('ten') + 3 });
    editor.commands.toggleBold();
    editor.commands.insertContent('Plain');
    expect(press('Enter')).toBe(true);
    expect(editor.getJSON()).toEqual(BODY);
  });
});
