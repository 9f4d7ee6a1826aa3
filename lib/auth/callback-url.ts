/**
 * Whether a `callbackUrl` (Auth.js's "where to go next") is one Auth.js can read: a path of this
 * site, or an absolute URL on one of its origins. Anything else (`http://[`, `javascript:…`,
 * `//elsewhere`, control characters) is refused before Auth.js, which would fail on it with a 500.
 */
export function isAcceptableCallbackUrl(value: string, origins: Set<string>): boolean {
  if (value.length > 2048 || /[\u0000-\u001f\u007f\\]/.test(value)) return false;
  if (value.startsWith('/')) {
    if (value.startsWith('//')) return false;
    try {
      new URL(value, 'http://localhost');
      return true;
    } catch {
      return false;
    }
  }
  try {
    return origins.has(new URL(value).origin);
  } catch {
    return false;
  }
}
