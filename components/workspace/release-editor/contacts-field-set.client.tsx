'use client';
import { useTranslations } from 'next-intl';
import { Button } from '@/components/ui/button';
import { Field, INPUT, Legend } from '@/components/ui/field';
import { EMPTY_CONTACT, type ContactFields } from '@/lib/releases/draft';
import { CONTACT_LIMITS } from '@/lib/validation/contact';
import { DRAFT_LIMITS } from '@/lib/validation/release-draft';
import type { ErrorOf } from '../editor-fields.client';
import { Muted } from '@/components/ui/muted';
import { DirectoryPicker, type DirectoryEntry } from './directory-picker.client';

type Change = (contacts: ContactFields[]) => ContactFields[];

const started = (contact: ContactFields) =>
  [contact.name, contact.role, contact.office, contact.email, ...contact.phones].some((value) => value.trim());

/**
 * The release's press contacts, each with a name, role, office, e-mail and one or more phones,
 * typed in or picked from the press directory. A picked entry is copied: the release keeps what
 * it took when the directory changes later.
 */
export function ContactsFieldSet({
  id,
  contacts,
  directory,
  onChange,
  errorOf,
}: {
  id: string;
  contacts: ContactFields[];
  directory: DirectoryEntry[];
  onChange: (change: Change) => void;
  /** The message for a contact's refused field, by its path in the draft (`contacts.0.email`). */
  errorOf: ErrorOf;
}) {
  const t = useTranslations('ReleaseEditor');
  const changeContact = (index: number, change: Partial<ContactFields>) =>
    onChange((current) => current.map((contact, at) => (at === index ? { ...contact, ...change } : contact)));
  return (
    <fieldset className="flex flex-col gap-3">
      <Legend>{t('fields.contacts')}</Legend>
      {contacts.length === 0 && <Muted>{t('contacts.none')}</Muted>}
      {contacts.map((contact, index) => (
        <ContactFieldSet
          key={index}
          id={`${id}-contact-${index}`}
          number={index + 1}
          contact={contact}
          onChange={(change) => changeContact(index, change)}
          onRemove={() => onChange((current) => current.filter((_, at) => at !== index))}
          errorOf={(field) => errorOf(`contacts.${index}.${field}`)}
        />
      ))}
      <DirectoryPicker
        entries={directory}
        disabled={contacts.filter(started).length >= DRAFT_LIMITS.contacts}
        onPick={(entry) =>
          onChange((current) => [
            // A row nobody has started is where the picked contact goes.
            ...current.filter(started),
            {
              name: entry.name,
              role: entry.role,
              office: entry.officeName,
              phones: entry.phones.length ? [...entry.phones] : [''],
              email: entry.email,
            },
          ])
        }
      />
      {contacts.length < DRAFT_LIMITS.contacts && (
        <Button
          variant="secondary"
          size="sm"
          onClick={() => onChange((current) => [...current, { ...EMPTY_CONTACT, phones: [''] }])}
          className="self-start"
        >
          {t('contacts.add')}
        </Button>
      )}
    </fieldset>
  );
}

function ContactFieldSet({
  id,
  number,
  contact,
  onChange,
  onRemove,
  errorOf,
}: {
  id: string;
  number: number;
  contact: ContactFields;
  onChange: (change: Partial<ContactFields>) => void;
  onRemove: () => void;
  errorOf: ErrorOf;
}) {
  const t = useTranslations('ReleaseEditor.contacts');
  const text = (field: 'name' | 'role' | 'office' | 'email', extra: { type?: string; inputMode?: 'email' } = {}) => (
    <Field id={`${id}-${field}`} label={t(field)} error={errorOf(field)} size="sm">
      {(control) => (
        <input
          {...control}
          {...extra}
          value={contact[field]}
          maxLength={CONTACT_LIMITS[field]}
          autoComplete={field === 'name' || field === 'email' ? 'off' : undefined}
          onChange={(event) => onChange({ [field]: event.target.value })}
          className={INPUT}
        />
      )}
    </Field>
  );
  const setPhones = (phones: string[]) => onChange({ phones });
  return (
    <fieldset className="grid gap-3 rounded border border-slate-300 p-3 sm:grid-cols-2">
      <legend className="px-1 text-sm font-semibold">{t('legend', { number })}</legend>
      {text('name')}
      {text('role')}
      {text('office')}
      {text('email', { type: 'email', inputMode: 'email' })}
      <div className="flex flex-col gap-2 sm:col-span-2">
        {contact.phones.map((phone, phoneIndex) => (
          <div key={phoneIndex} className="flex flex-wrap items-end gap-2">
            <Field
              id={`${id}-phone-${phoneIndex}`}
              label={t('phone', { number: phoneIndex + 1 })}
              error={errorOf(`phones.${phoneIndex}`)}
              size="sm"
              className="min-w-0 flex-1"
            >
              {(control) => (
                <input
                  {...control}
                  type="tel"
                  value={phone}
                  maxLength={CONTACT_LIMITS.phone}
                  onChange={(event) =>
                    setPhones(contact.phones.map((other, at) => (at === phoneIndex ? event.target.value : other)))
                  }
                  className={INPUT}
                />
              )}
            </Field>
            {contact.phones.length > 1 && (
              <Button
                variant="secondary"
                size="sm"
                onClick={() => setPhones(contact.phones.filter((_, at) => at !== phoneIndex))}
              >
                {t('removePhone', { number: phoneIndex + 1 })}
              </Button>
            )}
          </div>
        ))}
        <div className="flex flex-wrap gap-2">
          {contact.phones.length < CONTACT_LIMITS.phones && (
            <Button variant="secondary" size="sm" onClick={() => setPhones([...contact.phones, ''])}>
              {t('addPhone')}
            </Button>
          )}
          <Button variant="danger" size="sm" onClick={onRemove}>
            {t('remove', { number })}
          </Button>
        </div>
      </div>
    </fieldset>
  );
}
