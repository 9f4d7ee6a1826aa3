import { describe, expect, it } from 'vitest';
import { formatFileSize } from './file-size';

describe('file sizes', () => {
  it('read as each language writes them', () => {
    expect(formatFileSize(2_340_000, 'en')).toBe('2.3 MB');
    expect(formatFileSize(2_340_000, 'fr').replace(/\s/g, ' ')).toBe('2,3 Mo');
    expect(formatFileSize(2_340_000, 'es').replace(/\s/g, ' ')).toBe('2,3 MB');
  });

  it('use kilobytes under a megabyte, even for a tiny file, and whole numbers from ten up', () => {
    expect(formatFileSize(850_000, 'en')).toBe('850 kB');
    expect(formatFileSize(850_000, 'fr').replace(/\s/g, ' ')).toBe('850 ko');
    expect(formatFileSize(12_600_000, 'en')).toBe('13 MB');
    expect(formatFileSize(512, 'en')).toBe('0.5 kB');
  });
});
