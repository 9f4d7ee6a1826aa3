// @vitest-environment happy-dom
import { Editor } from '@tiptap/core';
import { generateJSON } from '@tiptap/html';
import { afterEach, describe, expect, it } from 'vitest';
import { addColumnAfter, addRowAfter, deleteColumn, deleteRow, goToNextCell } from '@tiptap/pm/tables';
import { runChecklist } from '@/lib/validation/checklist';
import { listAttachments } from './attachments';
import { editorExtensions, insertAttachment, insertImage, insertTable } from './editor-extensions';
import { toPlainText } from './plain-text';
import type { RichTextDoc } from './types';
import { parseRichText } from './schema';

const PASTED = `
  <h1>A first-level title</h1><h2>Section</h2><h3>Sub-section</h3><h4>Too deep</h4>
  <p><strong>Bold</strong>, <em>italic</em>, <u>underlined</u>, <s>struck</s>, <code>code</code>, <mark>marked</mark>,
  <a href="https://example.org/report">a report</a>, <a href="mailto:press@example.org">mail</a>, <a href="tel:+5075550100">call</a>,
  <a href="javascript:alert(1)">a trap</a>, <a href="data:text/html,x">data</a>, <a href="ftp://example.org">ftp</a>.<br>After a break.</p>
  <ul><li><p>One</p></li><li><p>Two</p></li></ul>
  <ol type="a" start="3" style="list-style-type: upper-roman"><li>Three</li></ol>
  <blockquote><p>Quoted</p></blockquote>
  <pre><code>const x = 1;</code></pre><hr>
  <table><tr><td>Cell</td></tr></table>
  <img src="/media/2026/05/photo.jpg" alt="Tanks on a school roof" data-credit="Ana Ríos" data-media-id="0b7f6f3e-2f43-4a83-9f5e-2a0d6c3f1f10">
  <img src="http://example.org/insecure.jpg" alt="insecure"><img src="data:image/png;base64,AAAA" alt="inline">
  <img src="javascript:alert(1)" alt="trap"><iframe src="https://example.org"></iframe><script>alert(1)</script>`;

let editor: Editor | undefined;
afterEach(() => editor?.destroy());

describe('the editor’s schema', () => {
  it('turns anything pasted into a document the stored schema accepts', () => {
    const json = generateJSON(PASTED, editorExtensions());
    expect(parseRichText(json)).toMatchObject({ ok: true });
  });

  it('keeps what releases use: headings 2 and 3, bold, italic, safe links, lists, quotes and library images', () => {
    const json = generateJSON(PASTED, editorExtensions());
    const text = JSON.stringify(json);
    expect(
      json.content
        .filter((node: { type: string }) => node.type === 'heading')
        .map((node: { attrs: { level: number } }) => node.attrs.level),
    ).toEqual([2, 3]);
    for (const kept of [
      '"bold"',
      '"italic"',
      'https://example.org/report',
      'mailto:press@example.org',
      'tel:+5075550100',
      '"bulletList"',
      '"orderedList"',
      '"blockquote"',
      '"hardBreak"',
      'Ana Ríos',
    ]) {
      expect(text).toContain(kept);
    }
    for (const dropped of [
      'javascript:',
      'data:',
      'ftp:',
      'http://example.org/insecure',
      '"codeBlock"',
      '"code"',
      '"strike"',
      '"underline"',
      '"horizontalRule"',
      'upper-roman',
    ]) {
      expect(text).not.toContain(dropped);
    }
    expect(toPlainText(json)).toContain('A first-level title');
  });

  it('produces an allowlisted document from the toolbar’s commands and an inserted library image', () => {
    editor = new Editor({ extensions: editorExtensions(), content: '<p>Rain water for twelve schools.</p>' });
    editor.chain().selectAll().toggleBold().toggleItalic().run();
    editor.chain().setTextSelection({ from: 1, to: 5 }).setLink({ href: 'https://example.org' }).run();
    editor
      .chain()
      .focus('end')
      .setParagraph()
      .toggleHeading({ level: 2 })
      .toggleBulletList()
      .toggleOrderedList()
      .toggleBlockquote()
      .run();
    insertImage(editor, {
      mediaId: '0b7f6f3e-2f43-4a83-9f5e-2a0d6c3f1f10',
      src: '/media/2026/05/photo.jpg',
      alt: 'Tanks on a school roof',
      credit: 'Ana Ríos',
      width: 960,
      height: 640,
    });
    const json = editor.getJSON();
    expect(parseRichText(json)).toMatchObject({ ok: true });
    expect(JSON.stringify(json)).toContain('"mediaId":"0b7f6f3e-2f43-4a83-9f5e-2a0d6c3f1f10"');
  });

  it('refuses to link to a script, whatever the toolbar is asked', () => {
    editor = new Editor({ extensions: editorExtensions(), content: '<p>Click here</p>' });
    editor.chain().selectAll().setLink({ href: 'javascript:alert(1)' }).run();
    expect(JSON.stringify(editor.getJSON())).not.toContain('javascript:');
  });

  it('keeps a captioned image’s caption, alt text and credit through a save', () => {
    editor = new Editor({ extensions: editorExtensions(), content: '<p>Intro</p>' });
    insertImage(editor, {
      mediaId: '0b7f6f3e-2f43-4a83-9f5e-2a0d6c3f1f10',
      src: '/media/2026/05/photo.jpg',
      alt: 'Tanks on a school roof',
      caption: 'The first tank, installed in March',
      credit: 'Ana Ríos',
      width: 960,
      height: 640,
    });
    const json = editor.getJSON();
    expect(parseRichText(json)).toMatchObject({ ok: true });
    expect(JSON.stringify(json)).toContain('"caption":"The first tank, installed in March"');
  });
});

describe('tables in the editor', () => {
  const headerRow = (json: { content: { type: string; content: { content: { type: string }[] }[] }[] }) =>
    json.content.find((node) => node.type === 'table')!.content[0]!.content.map((cell) => cell.type);

  it('are inserted with a header row, and rows and columns can be added and removed', () => {
    editor = new Editor({ extensions: editorExtensions(), content: '<p>Budget</p>' });
    insertTable(editor, { columns: 3, rows: 2 });
    editor.commands.insertContent('Region');
    expect(addRowAfter(editor.state, editor.view.dispatch)).toBe(true);
    expect(addColumnAfter(editor.state, editor.view.dispatch)).toBe(true);
    let json = editor.getJSON() as Parameters<typeof headerRow>[0];
    const table = () => (editor!.getJSON().content ?? []).find((node) => node.type === 'table')!;
    expect(table().content).toHaveLength(4);
    expect(headerRow(json)).toEqual(['tableHeader', 'tableHeader', 'tableHeader', 'tableHeader']);
    expect(JSON.stringify(table().content![0])).toContain('Region');
    // Into the first body row, last column: the header row stays.
    for (let step = 0; step < 7; step += 1) goToNextCell(1)(editor.state, editor.view.dispatch);
    expect(deleteColumn(editor.state, editor.view.dispatch)).toBe(true);
    expect(deleteRow(editor.state, editor.view.dispatch)).toBe(true);
    json = editor.getJSON() as Parameters<typeof headerRow>[0];
    expect(table().content).toHaveLength(3);
    expect(headerRow(json)).toHaveLength(3);
    expect(headerRow(json)).toEqual(['tableHeader', 'tableHeader', 'tableHeader']);
    expect(JSON.stringify(table().content![0])).toContain('Region');
    expect(parseRichText(editor.getJSON())).toMatchObject({ ok: true });
  });

  it('stores a pasted table without headers, which the checklist then asks to fix', () => {
    const json = generateJSON('<table><tr><td>2025</td><td>3</td></tr></table>', editorExtensions());
    expect(parseRichText(json)).toMatchObject({ ok: true });
    const checklist = runChecklist({
      language: 'en',
      title: 'T',
      summary: 'S',
      datelineCity: 'Colón',
      contacts: [],
      topicIds: [],
      body: json as RichTextDoc,
      bodyText: toPlainText(json),
    });
    expect(checklist.find((item) => item.rule === 'table_header')).toEqual({
      rule: 'table_header',
      passed: false,
      count: 1,
    });
  });
});

describe('attachments in the editor', () => {
  it('are inserted as a block the stored schema accepts and the downloads box lists', () => {
    editor = new Editor({ extensions: editorExtensions(), content: '<p>The full report:</p>' });
    const attachment = {
      attachmentId: '0b7f6f3e-2f43-4a83-9f5e-2a0d6c3f1f10',
      href: `/media/ab/${'ab'.repeat(32)}/annual-report.pdf`,
      title: 'The annual report',
      format: 'pdf' as const,
      bytes: 2_400_000,
    };
    insertAttachment(editor, attachment);
    const json = editor.getJSON();
    expect(parseRichText(json)).toMatchObject({ ok: true });
    expect(listAttachments(json)).toEqual([attachment]);
  });

  it('drop a pasted download link that does not point at the library', () => {
    const json = generateJSON(
      '<a data-attachment-id="0b7f6f3e-2f43-4a83-9f5e-2a0d6c3f1f10" data-format="pdf" href="https://evil.example/x.pdf">x</a>',
      editorExtensions(),
    );
    expect(JSON.stringify(json)).not.toContain('"attachment"');
  });
});
