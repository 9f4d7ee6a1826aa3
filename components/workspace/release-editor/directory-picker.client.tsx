'use client';
import { useTranslations } from 'next-intl';
import { useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { Button } from '@/components/ui/button';
import { INPUT } from '@/components/ui/field';
import { Muted } from '@/components/ui/muted';
import { cx } from '@/components/ui/class-names';

/** A directory entry as the picker offers it: its office named in the release's language and in the reader's. */
export type DirectoryEntry = {
  id: string;
  name: string;
  role: string;
  phones: string[];
  email: string;
  /** The office as the release will print it (in the release's language). */
  officeName: string;
  /** The office as the reader reads it, and whether it is the release's own. */
  officeLabel: string;
  ownOffice: boolean;
  languages: string;
};

const folded = (text: string) =>
  text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();

/**
 * "Pick from the directory": a search box over the press officers (the release's office first),
 * driven by the keyboard as a combobox: arrows move, Enter picks, Escape closes.
 */
export function DirectoryPicker({
  entries,
  disabled,
  onPick,
}: {
  entries: DirectoryEntry[];
  disabled: boolean;
  onPick: (entry: DirectoryEntry) => void;
}) {
  const t = useTranslations('ReleaseEditor.directory');
  const id = useId();
  const [open, setOpen] = useState(false);
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const [announcement, setAnnouncement] = useState('');
  const opener = useRef<HTMLButtonElement>(null);
  const matches = useMemo(() => {
    const words = folded(query).split(/\s+/).filter(Boolean);
    return entries.filter((entry) => {
      const text = folded([entry.name, entry.role, entry.officeLabel, entry.email].join(' '));
      return words.every((word) => text.includes(word));
    });
  }, [entries, query]);
  const groups = [
    { key: 'own', label: t('ownOffice'), items: matches.filter((entry) => entry.ownOffice) },
    { key: 'other', label: t('otherOffices'), items: matches.filter((entry) => !entry.ownOffice) },
  ].filter((group) => group.items.length > 0);
  const ordered = groups.flatMap((group) => group.items);
  const activeEntry = ordered[Math.min(active, ordered.length - 1)];
  const optionId = (entry: DirectoryEntry) => `${id}-option-${entry.id}`;

  const close = () => {
    setOpen(false);
    setQuery('');
    setActive(0);
    opener.current?.focus();
  };
  const pick = (entry: DirectoryEntry) => {
    onPick(entry);
    setAnnouncement(t('added', { name: entry.name }));
    close();
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const last = ordered.length - 1;
    const moves: Record<string, () => number> = {
      ArrowDown: () => Math.min(active + 1, last),
      ArrowUp: () => Math.max(active - 1, 0),
      Home: () => 0,
      End: () => last,
    };
    if (moves[event.key] && ordered.length > 0) {
      event.preventDefault();
      setActive(moves[event.key]!());
    } else if (event.key === 'Enter') {
      event.preventDefault();
      if (activeEntry) pick(activeEntry);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      close();
    }
  };

  return (
    <div className="flex flex-col gap-2">
      <div className="flex flex-wrap items-center gap-2">
        <Button
          ref={opener}
          variant="secondary"
          size="sm"
          disabled={disabled || entries.length === 0}
          aria-expanded={open}
          aria-controls={open ? `${id}-panel` : undefined}
          onClick={() => (open ? close() : setOpen(true))}
        >
          {t('open')}
        </Button>
        {entries.length === 0 && <Muted>{t('emptyDirectory')}</Muted>}
        <p aria-live="polite" className="text-sm">
          {announcement}
        </p>
      </div>
      {open && (
        <div id={`${id}-panel`} className="rounded border border-brand-100 bg-slate-50 p-3">
          <label htmlFor={`${id}-search`} className="text-sm font-medium">
            {t('search')}
          </label>
          <input
            id={`${id}-search`}
            role="combobox"
            aria-expanded="true"
            aria-controls={`${id}-listbox`}
            aria-autocomplete="list"
            aria-activedescendant={activeEntry ? optionId(activeEntry) : undefined}
            aria-describedby={`${id}-help`}
            autoComplete="off"
            autoFocus
            value={query}
            onChange={(event) => {
              setQuery(event.target.value);
              setActive(0);
            }}
            onKeyDown={onKeyDown}
            className={cx(INPUT, 'mt-1')}
          />
          <Muted id={`${id}-help`} className="mt-1">
            {t('help')}
          </Muted>
          <div
            id={`${id}-listbox`}
            role="listbox"
            aria-label={t('results')}
            className="mt-2 max-h-72 overflow-y-auto rounded border border-slate-300 bg-white"
          >
            {groups.map((group) => (
              <div key={group.key} role="group" aria-labelledby={`${id}-${group.key}`}>
                <div
                  id={`${id}-${group.key}`}
                  role="presentation"
                  className="bg-slate-100 px-3 py-1 text-xs font-semibold uppercase tracking-wide text-muted"
                >
                  {group.label}
                </div>
                {group.items.map((entry) => {
                  const selected = entry === activeEntry;
                  return (
                    <div
                      key={entry.id}
                      id={optionId(entry)}
                      role="option"
                      aria-selected={selected}
                      onMouseDown={(event) => event.preventDefault()}
                      onClick={() => pick(entry)}
                      className={cx(
                        'cursor-pointer border-t border-slate-200 px-3 py-2 text-sm',
                        selected && 'bg-brand-50 outline-2 -outline-offset-2 outline-brand-700',
                      )}
                    >
                      <span className="block font-medium">
                        {entry.name}
                        {entry.role && <span className="font-normal"> · {entry.role}</span>}
                      </span>
                      <span className="block text-muted">
                        {[entry.officeLabel, entry.languages, entry.email].filter(Boolean).join(' · ')}
                      </span>
                    </div>
                  );
                })}
              </div>
            ))}
            {ordered.length === 0 && (
              <p role="presentation" className="px-3 py-2 text-sm text-muted">
                {t('noMatch')}
              </p>
            )}
          </div>
        </div>
      )}
    </div>
  );
}
