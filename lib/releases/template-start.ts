import type { TemplateSection } from '@/db/schema/press';
import type { RichTextDoc, RichTextNode } from '@/lib/rich-text/types';
import type { Contact } from '@/lib/validation/contact';

/** A directory entry as a release's contact: a copy, which later changes to the entry leave alone. */
export function contactFromDirectory(entry: {
  name: string;
  role: string;
  officeName: string;
  phones: string[];
  email: string;
}): Contact {
  return {
    name: entry.name,
    ...(entry.role ? { role: entry.role } : {}),
    ...(entry.officeName ? { office: entry.officeName } : {}),
    phones: [...entry.phones],
    ...(entry.email ? { email: entry.email } : {}),
  };
}

/** An empty paragraph to write in, then each section as a heading and its paragraphs. */
export function bodyOf(sections: TemplateSection[]): RichTextDoc {
  const paragraph = (text: string): RichTextNode =>
    text ? { type: 'paragraph', content: [{ type: 'text', text }] } : { type: 'paragraph' };
  return {
    type: 'doc',
    content: [
      paragraph(''),
      ...sections.flatMap((section) => [
        ...(section.heading
          ? [{ type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: section.heading }] }]
          : []),
        ...section.paragraphs.map(paragraph),
      ]),
    ],
  };
}
