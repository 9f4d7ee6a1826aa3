import { describe, expect, it } from 'vitest';
import { AUDIT_ACTIONS, FORMER_AUDIT_ACTIONS } from '@/lib/audit/actions';
import { LOCALES } from '@/lib/i18n/locales';
import en from './en.json';
import es from './es.json';
import fr from './fr.json';

const MESSAGES = { fr, en, es };

/** Every leaf key, as dotted paths. */
function keysOf(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, child]) => keysOf(child, prefix ? `${prefix}.${key}` : key));
}

/** The {placeholders} a message expects, so that a translation cannot drop one (plural branches are text, not placeholders). */
function placeholdersOf(message: unknown): string[] {
  if (typeof message !== 'string') return [];
  const names = [...message.matchAll(/\{(\w+)[,}]/g)]
    .filter((match) => !/(=\d+|zero|one|two|few|many|other)\s*$/.test(message.slice(0, match.index)))
    .map((match) => match[1]!);
  return [...new Set(names)].sort();
}

function messageAt(messages: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown>)?.[key], messages);
}

describe('the UI messages', () => {
  const reference = keysOf(fr).sort();

  it.each(LOCALES)('has exactly the same keys in %s as in French', (locale) => {
    expect(keysOf(MESSAGES[locale]).sort()).toEqual(reference);
  });

  it.each(LOCALES)('has no empty message in %s', (locale) => {
    const empty = keysOf(MESSAGES[locale]).filter((key) => String(messageAt(MESSAGES[locale], key)).trim() === '');
    expect(empty).toEqual([]);
  });

  it.each(LOCALES)('keeps every placeholder of the French message in %s', (locale) => {
    const mismatched = reference.filter(
      (key) => placeholdersOf(messageAt(MESSAGES[locale], key)).join() !== placeholdersOf(messageAt(fr, key)).join(),
    );
    expect(mismatched).toEqual([]);
  });
});

describe('the audit log’s words', () => {
  it.each(LOCALES)('name every action the log records in %s, and only those', (locale) => {
    expect(keysOf(MESSAGES[locale].AuditActions).sort()).toEqual([...AUDIT_ACTIONS].sort());
  });

  it('map every former code to an action of today', () => {
    expect(Object.values(FORMER_AUDIT_ACTIONS).every((action) => AUDIT_ACTIONS.includes(action))).toBe(true);
  });
});
