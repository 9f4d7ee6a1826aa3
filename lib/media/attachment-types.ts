/**
 * The documents a release may offer for download, told apart by their bytes (lib/media/documents.ts),
 * never by their name. Safe for client code: no Node module here.
 */
export const ATTACHMENT_FORMATS = ['pdf', 'docx', 'xlsx', 'csv'] as const;
export type AttachmentFormat = (typeof ATTACHMENT_FORMATS)[number];

export const ATTACHMENT_CONTENT_TYPES: Record<AttachmentFormat, string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv; charset=utf-8',
};

export const MAX_ATTACHMENT_BYTES = 50 * 1024 * 1024;

/** Where a stored document is served: `/media/<ab>/<sha256>/<name>.<format>`, always as a download. */
export const ATTACHMENT_HREF =
  /^\/media\/[a-z0-9]{2}\/[a-f0-9]{64}\/[a-z0-9_-][a-z0-9._-]{0,127}\.(pdf|docx|xlsx|csv)$/;

/** The format a stored key ends with, when it is a document's. */
export function attachmentFormatOfKey(key: string): AttachmentFormat | undefined {
  const extension = key.slice(key.lastIndexOf('.') + 1);
  return (ATTACHMENT_FORMATS as readonly string[]).includes(extension) ? (extension as AttachmentFormat) : undefined;
}

/** A document as the editor inserts it and the portal's downloads box lists it. */
export type PickedAttachment = {
  attachmentId: string;
  href: string;
  title: string;
  format: AttachmentFormat;
  bytes: number;
};
