import { unstable_doesMiddlewareMatch } from 'next/experimental/testing/server';
import { describe, expect, it, vi } from 'vitest';
import { config } from './proxy';

// Only the matcher is under test; next-intl's middleware cannot load outside Next's bundler.
vi.mock('next-intl/middleware', () => ({ default: () => () => undefined }));

const runsOn = (url: string) => unstable_doesMiddlewareMatch({ config, url });

describe('the proxy', () => {
  it('leaves stored images alone, so /media/ URLs reach their route handler instead of a language redirect', () => {
    expect(runsOn('/media/ab/ab12cd/w960.webp')).toBe(false);
    expect(runsOn('/media/ab/ab12cd')).toBe(false);
  });

  it('still picks a language for portal paths, including one that merely starts with "media"', () => {
    expect(runsOn('/')).toBe(true);
    expect(runsOn('/news')).toBe(true);
    expect(runsOn('/mediateca')).toBe(true);
  });

  it('answers file-like paths at the root, and never runs for the workspace or the API', () => {
    expect(runsOn('/wp-login.php')).toBe(true);
    expect(runsOn('/workspace/media')).toBe(false);
    expect(runsOn('/api/media')).toBe(false);
  });
});
