import fs from 'node:fs';
import path from 'node:path';
import { generateHTML } from '@tiptap/html';
import Link from '@tiptap/extension-link';
import StarterKit from '@tiptap/starter-kit';
import { describe, expect, it } from 'vitest';
import { parseDump } from './parse-dump';

describe('the rich text the importer builds', () => {
  it.each(fs.readdirSync(path.join(import.meta.dirname, 'fixtures')).filter((name) => /release|page/.test(name)))(
    '%s is a document TipTap itself can render',
    (name) => {
      const result = parseDump(fs.readFileSync(path.join(import.meta.dirname, 'fixtures', name)));
      if (!result.ok) expect.fail(result.reason);
      const html = generateHTML(result.dump.body, [StarterKit.configure({ link: false }), Link]);
      expect(html).toContain('<p>');
    },
  );

  it('turns web addresses into links', () => {
    const text = 'Un titre\nLe rapport est en ligne : https://example.org/rapport-2024.\n';
    const result = parseDump(new TextEncoder().encode(text));
    if (!result.ok) expect.fail(result.reason);
    const html = generateHTML(result.dump.body, [StarterKit.configure({ link: false }), Link]);
    expect(html).toMatch(
      /<a [^>]*href="https:\/\/example\.org\/rapport-2024">https:\/\/example\.org\/rapport-2024<\/a>\.<\/p>/,
    );
  });
});
