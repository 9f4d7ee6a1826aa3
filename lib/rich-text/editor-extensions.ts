import { Extension, Node, mergeAttributes, type Editor, type Extensions, type JSONContent } from '@tiptap/core';
import { goToNextCell, tableEditing } from '@tiptap/pm/tables';
import Image from '@tiptap/extension-image';
import Link from '@tiptap/extension-link';
import { OrderedList } from '@tiptap/extension-list';
import StarterKit from '@tiptap/starter-kit';
import { ATTACHMENT_FORMATS, ATTACHMENT_HREF, type PickedAttachment } from '@/lib/media/attachment-types';
import type { PickedImage } from '@/lib/media/types';
import { safeHref } from './render-html';
import { Untranslated } from './translation-extensions';

/** Where an image may come from, as lib/rich-text/schema.ts allows it: our media library, or https. */
const IMAGE_SRC = /^(\/media\/[A-Za-z0-9/_.-]+|https:\/\/[^\s"'<>]+)$/;

const dataAttribute = (name: string) => ({
  default: null,
  parseHTML: (element: HTMLElement) => element.getAttribute(`data-${name}`),
  renderHTML: (attributes: Record<string, unknown>) => (attributes[name] ? { [`data-${name}`]: attributes[name] } : {}),
});

/**
 * An image block with its alt text and the photographer's credit, tied to its media library
 * entry. Width and height are left out (the stored schema has none), and pasted images from
 * anywhere but https or our library are dropped instead of being refused at the next save.
 */
export const EditorImage = Image.extend({
  addAttributes() {
    return {
      src: { default: null },
      alt: { default: null },
      title: { default: null },
      caption: dataAttribute('caption'),
      credit: dataAttribute('credit'),
      mediaId: dataAttribute('media-id'),
    };
  },
  parseHTML() {
    return [
      {
        tag: 'img[src]',
        getAttrs: (element: HTMLElement) => (IMAGE_SRC.test(element.getAttribute('src') ?? '') ? null : false),
      },
    ];
  },
});

// prosemirror-tables finds the parts of a table by this schema field.
const TABLE_ROLES: Record<string, string> = {
  table: 'table',
  tableRow: 'row',
  tableCell: 'cell',
  tableHeader: 'header_cell',
};
const TableRoles = Extension.create({
  name: 'tableRoles',
  extendNodeSchema: (extension) => (TABLE_ROLES[extension.name] ? { tableRole: TABLE_ROLES[extension.name] } : {}),
});

// Spans are kept so that a pasted table stays rectangular; the toolbar never merges cells.
const cellAttributes = () => ({
  colspan: { default: 1, parseHTML: (element: HTMLElement) => Number(element.getAttribute('colspan')) || 1 },
  rowspan: { default: 1, parseHTML: (element: HTMLElement) => Number(element.getAttribute('rowspan')) || 1 },
  colwidth: { default: null, parseHTML: () => null, renderHTML: () => ({}) },
});

const TableCell = Node.create({
  name: 'tableCell',
  content: 'paragraph+',
  isolating: true,
  addAttributes: cellAttributes,
  parseHTML: () => [{ tag: 'td' }],
  renderHTML: ({ HTMLAttributes }) => ['td', mergeAttributes(HTMLAttributes), 0],
});

const TableHeader = Node.create({
  name: 'tableHeader',
  content: 'paragraph+',
  isolating: true,
  addAttributes: cellAttributes,
  parseHTML: () => [{ tag: 'th' }],
  renderHTML: ({ HTMLAttributes }) => ['th', mergeAttributes(HTMLAttributes, { scope: 'col' }), 0],
});

const TableRow = Node.create({
  name: 'tableRow',
  content: '(tableCell | tableHeader)+',
  parseHTML: () => [{ tag: 'tr' }],
  renderHTML: () => ['tr', 0],
});

/**
 * A table of paragraphs with an optional caption. Its first row is column headers: the toolbar
 * inserts it so, and the checklist asks for it when a pasted table has none.
 */
export const EditorTable = Node.create({
  name: 'table',
  group: 'block',
  content: 'tableRow+',
  isolating: true,
  addAttributes: () => ({
    caption: {
      default: null,
      parseHTML: (element: HTMLElement) => element.querySelector('caption')?.textContent?.trim() || null,
      renderHTML: () => ({}),
    },
  }),
  parseHTML: () => [{ tag: 'table' }],
  renderHTML: () => ['div', { class: 'table-scroll' }, ['table', ['tbody', 0]]],
  addProseMirrorPlugins: () => [tableEditing()],
  addKeyboardShortcuts: () => ({
    Tab: ({ editor }) => goToNextCell(1)(editor.state, editor.view.dispatch),
    'Shift-Tab': ({ editor }) => goToNextCell(-1)(editor.state, editor.view.dispatch),
  }),
});

/** A document offered for download; the portal lists these in the release's downloads box. */
export const EditorAttachment = Node.create({
  name: 'attachment',
  group: 'block',
  atom: true,
  draggable: true,
  addAttributes: () => ({
    attachmentId: dataAttribute('attachment-id'),
    href: { default: null },
    title: dataAttribute('title'),
    format: dataAttribute('format'),
    bytes: {
      default: null,
      parseHTML: (element: HTMLElement) => Number(element.getAttribute('data-bytes')) || null,
      renderHTML: (attributes: Record<string, unknown>) => ({ 'data-bytes': attributes.bytes }),
    },
  }),
  parseHTML: () => [
    {
      tag: 'a[data-attachment-id]',
      getAttrs: (element: HTMLElement) =>
        ATTACHMENT_HREF.test(element.getAttribute('href') ?? '') &&
        (ATTACHMENT_FORMATS as readonly string[]).includes(element.getAttribute('data-format') ?? '')
          ? null
          : false,
    },
  ],
  renderHTML: ({ HTMLAttributes, node }) => ['a', mergeAttributes(HTMLAttributes), String(node.attrs.title ?? '')],
});

// The list style (`<ol type="a">`) is not part of a release: numbers only.
const PlainOrderedList = OrderedList.extend({
  addAttributes() {
    const { type: _type, ...attributes } = (this.parent?.() ?? {}) as Record<string, unknown>;
    return attributes;
  },
});

// A link is its address: a tooltip title is not part of a release.
const PlainLink = Link.extend({
  addAttributes() {
    const { title: _title, ...attributes } = (this.parent?.() ?? {}) as Record<string, unknown>;
    return attributes;
  },
});

/**
 * The editor's schema: exactly what lib/rich-text/schema.ts accepts (paragraphs, headings 2–3,
 * lists, quotes, images, tables, attachments, bold, italic, safe links, a translation's
 * untranslated text), so that nothing typed or pasted is refused.
 */
export function editorExtensions(
  image: typeof EditorImage = EditorImage,
  {
    table = EditorTable,
    attachment = EditorAttachment,
  }: { table?: typeof EditorTable; attachment?: typeof EditorAttachment } = {},
): Extensions {
  return [
    StarterKit.configure({
      heading: { levels: [2, 3] },
      code: false,
      codeBlock: false,
      strike: false,
      underline: false,
      horizontalRule: false,
      orderedList: false,
      link: false,
    }),
    PlainOrderedList,
    PlainLink.configure({
      openOnClick: false,
      autolink: true,
      defaultProtocol: 'https',
      isAllowedUri: (url) => safeHref(url) === url,
      shouldAutoLink: (url) => safeHref(url) === url || safeHref(`https://${url}`) !== undefined,
    }),
    image.configure({ inline: false, allowBase64: false }),
    Untranslated,
    TableRoles,
    table,
    TableRow,
    TableHeader,
    TableCell,
    attachment,
  ];
}

const cell = (type: 'tableHeader' | 'tableCell'): JSONContent => ({ type, content: [{ type: 'paragraph' }] });

/** Inserts a table of `columns` × `rows` body rows under a header row, the cursor in its first header. */
export function insertTable(editor: Editor, { columns = 3, rows = 2 } = {}): boolean {
  const row = (type: 'tableHeader' | 'tableCell'): JSONContent => ({
    type: 'tableRow',
    content: Array.from({ length: columns }, () => cell(type)),
  });
  const start = editor.state.selection.from;
  const inserted = editor
    .chain()
    .focus()
    .insertContent({
      type: 'table',
      content: [row('tableHeader'), ...Array.from({ length: rows }, () => row('tableCell'))],
    })
    .run();
  if (!inserted) return false;
  let tablePos: number | undefined;
  editor.state.doc.descendants((node, pos) => {
    if (tablePos !== undefined) return false;
    if (node.type.name === 'table' && pos + node.nodeSize >= start) tablePos = pos;
    return node.type.name !== 'table';
  });
  // Inside the table, its first row, its first cell and that cell's paragraph.
  if (tablePos !== undefined) editor.commands.setTextSelection(tablePos + 4);
  return true;
}

/**
 * Adds a document of the library, offered for download, at the end of the text: the portal lists
 * a release's documents in one downloads box after it, so where the block sits changes nothing.
 */
export function insertAttachment(editor: Editor, attachment: PickedAttachment): boolean {
  return editor
    .chain()
    .insertContentAt(editor.state.doc.content.size, { type: 'attachment', attrs: attachment })
    .focus('end')
    .run();
}

/** Inserts an image chosen in the media library where the cursor is. */
export function insertImage(editor: Editor, image: PickedImage): boolean {
  return editor
    .chain()
    .focus()
    .insertContent({
      type: 'image',
      attrs: {
        src: image.src,
        alt: image.alt,
        caption: image.caption || null,
        credit: image.credit || null,
        mediaId: image.mediaId,
      },
    })
    .run();
}
