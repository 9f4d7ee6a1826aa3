/** TipTap's JSON document shape, as stored in the database (validated before it is rendered). */
export type RichTextMark = { type: string; attrs?: Record<string, unknown> };

export type RichTextNode = {
  type: string;
  attrs?: Record<string, unknown>;
  content?: RichTextNode[];
  marks?: RichTextMark[];
  text?: string;
};

export type RichTextDoc = { type: 'doc'; content: RichTextNode[] };

export const EMPTY_DOC: RichTextDoc = { type: 'doc', content: [] };
