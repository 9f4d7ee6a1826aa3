import { afterEach, describe, expect, it } from 'vitest';
import { absoluteUrl, telHref } from './urls';

afterEach(() => {
  delete process.env.SITE_URL;
});

describe('portal URLs', () => {
  it('keeps only digits and the leading plus in tel: links', () => {
    expect(telHref('+507 6555-0187')).toBe('tel:+50765550187');
    expect(telHref('Tél. : +221 (33) 555 12 34')).toBe('tel:+221335551234');
    expect(telHref('022 555 01 10 +1')).toBe('tel:02255501101');
  });

  it('builds absolute URLs on SITE_URL, by default the local server', () => {
    expect(absoluteUrl('/fr/news')).toBe('http://localhost:3000/fr/news');
    process.env.SITE_URL = 'https://news.example.org/';
    expect(absoluteUrl('/en')).toBe('https://news.example.org/en');
  });
});
