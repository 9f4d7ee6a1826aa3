import { describe, expect, it } from 'vitest';
import { absoluteBodyHtml, composeReleaseEmail, headerSafe, type ReleaseEmailInput } from './compose-release-email';

const input = (overrides: Partial<ReleaseEmailInput> = {}): ReleaseEmailInput => ({
  kind: 'publish',
  language: 'fr',
  readerLanguages: ['fr'],
  siteUrl: 'https://news.example.org',
  preferencesUrl: 'https://news.example.org/fr/subscribe/preferences/s.token',
  unsubscribeUrl: 'https://news.example.org/api/unsubscribe/s.token',
  messageId: 'delivery-1@example.org',
  release: {
    title: 'Un centre de santé ouvre à Tahoua',
    summary: 'Il accueillera 300 patients par jour.',
    datelineCity: 'Niamey',
    // 23:30 UTC on 6 December is already 7 December in Niamey (UTC+1).
    publishedAt: new Date('2026-12-06T23:30:00Z'),
    timeZone: 'Africa/Niamey',
    bodyHtml:
      '<p>Le centre <a href="https://who.int/x" rel="noopener noreferrer">ouvre</a>.</p><figure><img src="/media/a/photo.jpg" alt="Le centre" loading="lazy"></figure>',
    bodyText: 'Le centre ouvre.',
    contacts: [{ name: 'Awa <b>Diop</b>', phones: ['+227 20 55 50 60'], email: 'awa@example.org' }],
    hero: { src: '/media/a/hero.jpg', alt: 'Le bâtiment' },
    url: 'https://news.example.org/fr/news/un-centre',
  },
  ...overrides,
});

describe('the e-mail carrying a published release', () => {
  it('has the title as subject, the dateline in the office’s zone, the body, contacts, downloads and the portal link', () => {
    const mail = composeReleaseEmail(input());
    expect(mail.subject).toBe('Un centre de santé ouvre à Tahoua');
    expect(mail.text).toContain('Niamey, le 7 décembre 2026 — Il accueillera 300 patients par jour.');
    expect(mail.text).toContain('Le centre ouvre.');
    expect(mail.text).toContain('- Awa <b>Diop</b>, Tél. +227 20 55 50 60, awa@example.org');
    expect(mail.text).toContain('Image principale: https://news.example.org/media/a/hero.jpg');
    expect(mail.text).toContain('https://news.example.org/fr/news/un-centre');
    expect(mail.text).toContain('https://news.example.org/fr/subscribe/preferences/s.token');
    expect(mail.html).toContain('<img src="https://news.example.org/media/a/photo.jpg"');
    expect(mail.html).toContain('href="https://who.int/x"');
    expect(mail.html).toContain('Awa &lt;b&gt;Diop&lt;/b&gt;');
    expect(mail.html).not.toContain('<b>Diop');
    expect(mail.html).toContain('href="https://news.example.org/fr/news/un-centre"');
    expect(mail.html).not.toContain('notAvailable');
  });

  it('carries the one-click unsubscribe headers and its stable Message-ID', () => {
    const mail = composeReleaseEmail(input());
    expect(mail.headers).toEqual({
      'List-Unsubscribe': '<https://news.example.org/api/unsubscribe/s.token>',
      'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
    });
    expect(mail.messageId).toBe('delivery-1@example.org');
  });

  it('says, in the reader’s language, that the text is not in it, and keeps the original text', () => {
    const mail = composeReleaseEmail(input({ readerLanguages: ['es', 'en'] }));
    expect(mail.text.split('\n')[0]).toBe('Este comunicado no existe en español: aquí tiene la versión original.');
    expect(mail.html).toContain('lang="es"');
    expect(mail.text).toContain('Le centre ouvre.');
    expect(mail.text).toContain('Elegir lo que recibe o darse de baja');
  });

  it('prefixes a correction in the reader’s language', () => {
    expect(composeReleaseEmail(input({ kind: 'correction', language: 'en', readerLanguages: ['en'] })).subject).toBe(
      'Correction: Un centre de santé ouvre à Tahoua',
    );
    expect(composeReleaseEmail(input({ kind: 'correction' })).subject).toBe(
      'Rectificatif : Un centre de santé ouvre à Tahoua',
    );
  });

  it('never lets a line break or control character of a title into the subject', () => {
    const mail = composeReleaseEmail(
      input({ release: { ...input().release, title: 'Titre\r\nBcc: evil@example.org\u0000\tfin' } }),
    );
    expect(mail.subject).toBe('Titre Bcc: evil@example.org fin');
    expect(headerSafe('a\u2028b\nc')).toBe('a b c');
  });

  it('keeps the one-click address inside its angle brackets', () => {
    const mail = composeReleaseEmail(input({ unsubscribeUrl: 'https://x.example/api/unsubscribe/a>\r\nBcc: y' }));
    expect(mail.headers['List-Unsubscribe']).toBe('<https://x.example/api/unsubscribe/a%3E%0D%0ABcc:%20y>');
  });

  it('makes only site-relative URLs absolute', () => {
    expect(absoluteBodyHtml('<img src="/media/x.jpg"><a href="//evil.example/">', 'https://n.example/')).toBe(
      '<img src="https://n.example/media/x.jpg"><a href="//evil.example/">',
    );
  });
});
