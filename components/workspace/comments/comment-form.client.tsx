'use client';
import { useActionState, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslations } from 'next-intl';
import type { TextQuote } from '@/lib/comments/anchor';
import { IDLE, type FormState } from '@/lib/form-state';
import { COMMENT_MAX_LENGTH } from '@/lib/validation/comments';
import { Notice } from '@/components/ui/notice';
import { Muted } from '@/components/ui/muted';
import { FieldError, INPUT } from '@/components/ui/field';
import { Button } from '@/components/ui/button';

export type Colleague = { id: string; name: string; office: string };

type Props = {
  action: (state: FormState, form: FormData) => Promise<FormState>;
  /** Hidden fields naming what the comment is on: `releaseId`, or `commentId` for a reply. */
  target: Record<string, string>;
  anchor?: TextQuote;
  colleagues: Colleague[];
  label: string;
  submitLabel: string;
  autoFocus?: boolean;
  onPosted?: () => void;
};

const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
// "@" at the start or after a space, then the part of a name typed so far (names may hold spaces).
const MENTION_QUERY = /(?:^|\s)@([^\s@][^@\n]{0,40}|)$/u;

/**
 * A comment box. Typing "@" and part of a name opens a list of the colleagues who may see the
 * release (arrows to move, Enter or Tab to pick, Escape to close, the count announced); the people
 * picked travel as ids, and the server checks each of them again.
 */
export function CommentForm({ action, target, anchor, colleagues, label, submitLabel, autoFocus, onPosted }: Props) {
  const t = useTranslations('Comments');
  const tForms = useTranslations('Forms');
  const id = useId();
  const textarea = useRef<HTMLTextAreaElement>(null);
  const [text, setText] = useState('');
  const [mentioned, setMentioned] = useState<Colleague[]>([]);
  const [query, setQuery] = useState<string | null>(null);
  const [active, setActive] = useState(0);
  const [state, formAction, pending] = useActionState(async (previous: FormState, form: FormData) => {
    const result = await action(previous, form);
    if (result.status === 'done') {
      setText('');
      setMentioned([]);
      onPosted?.();
    }
    return result;
  }, IDLE);

  const suggestions =
    query === null ? [] : colleagues.filter((person) => fold(person.name).includes(fold(query.trim()))).slice(0, 8);
  const open = query !== null && suggestions.length > 0;
  // Only the people still named in the text are mentioned.
  const stillMentioned = mentioned.filter((person) => text.includes(`@${person.name}`));

  const readQuery = (value: string, caret: number) => {
    const match = MENTION_QUERY.exec(value.slice(0, caret));
    setQuery(match ? match[1]! : null);
    setActive(0);
  };
  const pick = (person: Colleague) => {
    const element = textarea.current!;
    const caret = element.selectionStart;
    const before = text.slice(0, caret).replace(/@[^@]*$/u, `@${person.name} `);
    const next = before + text.slice(caret);
    setText(next);
    setMentioned((current) => (current.some((other) => other.id === person.id) ? current : [...current, person]));
    setQuery(null);
    requestAnimationFrame(() => {
      element.focus();
      element.setSelectionRange(before.length, before.length);
    });
  };
  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (!open) return;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      setActive((index) => (index + (event.key === 'ArrowDown' ? 1 : suggestions.length - 1)) % suggestions.length);
    } else if (event.key === 'Enter' || event.key === 'Tab') {
      event.preventDefault();
      pick(suggestions[active]!);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      setQuery(null);
    }
  };

  const errors = state.status === 'invalid' ? Object.values(state.fieldErrors).flat() : [];
  return (
    <form action={formAction} className="flex flex-col gap-2">
      {Object.entries(target).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {anchor && (
        <>
          <input type="hidden" name="quote" value={anchor.quote} />
          <input type="hidden" name="prefix" value={anchor.prefix} />
          <input type="hidden" name="suffix" value={anchor.suffix} />
        </>
      )}
      {stillMentioned.map((person) => (
        <input key={person.id} type="hidden" name="mentionedUserIds" value={person.id} />
      ))}
      <label htmlFor={`${id}-body`} className="text-sm font-medium">
        {label}
      </label>
      <div className="relative">
        <textarea
          ref={textarea}
          id={`${id}-body`}
          name="body"
          rows={3}
          required
          maxLength={COMMENT_MAX_LENGTH}
          autoFocus={autoFocus}
          value={text}
          onChange={(event) => {
            setText(event.target.value);
            readQuery(event.target.value, event.target.selectionStart);
          }}
          onKeyDown={onKeyDown}
          onBlur={() => setQuery(null)}
          // A multi-line text box cannot be an ARIA combobox; a textbox may still own a list of suggestions.
          aria-autocomplete="list"
          aria-controls={`${id}-suggestions`}
          aria-activedescendant={open ? `${id}-option-${active}` : undefined}
          aria-describedby={`${id}-hint${errors.length ? ` ${id}-error` : ''}`}
          aria-invalid={errors.length ? true : undefined}
          className={INPUT}
        />
        <ul
          id={`${id}-suggestions`}
          role="listbox"
          aria-label={t('suggestions')}
          hidden={!open}
          className="absolute inset-x-0 top-full z-10 mt-1 max-h-60 overflow-auto rounded border border-slate-400 bg-white shadow-lg"
        >
          {suggestions.map((person, index) => (
            <li
              key={person.id}
              id={`${id}-option-${index}`}
              role="option"
              aria-selected={index === active}
              // Picking with the mouse must not blur the text box first, which would close the list.
              onMouseDown={(event) => {
                event.preventDefault();
                pick(person);
              }}
              className={`cursor-pointer px-3 py-2 text-sm ${index === active ? 'bg-brand-700 text-white' : 'text-ink'}`}
            >
              <span className="font-medium">{person.name}</span>{' '}
              <span className={index === active ? '' : 'text-muted'}>· {person.office}</span>
            </li>
          ))}
        </ul>
      </div>
      <Muted id={`${id}-hint`} size="xs">
        {t('mentionHint')}
      </Muted>
      <p aria-live="polite" className="sr-only">
        {query !== null ? t('suggestionsCount', { count: suggestions.length }) : ''}
      </p>
      {stillMentioned.length > 0 && (
        <p className="text-sm">{t('mentioning', { names: stillMentioned.map((person) => person.name).join(', ') })}</p>
      )}
      {errors.length > 0 && (
        <FieldError id={`${id}-error`}>
          {errors.map((code) => (tForms.has(`errors.${code}`) ? tForms(`errors.${code}`) : t('invalid'))).join(' ')}
        </FieldError>
      )}
      {state.status === 'refused' && (
        <Notice tone="error" className="text-sm">
          {t.has(`refused.${state.reason}`) ? t(`refused.${state.reason}`) : t('invalid')}
        </Notice>
      )}
      <div>
        <Button disabled={pending} type="submit" size="sm">
          {pending ? t('posting') : submitLabel}
        </Button>
      </div>
    </form>
  );
}
