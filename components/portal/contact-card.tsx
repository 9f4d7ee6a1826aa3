import { getTranslations } from 'next-intl/server';
import { telHref } from '@/lib/portal/urls';
import type { Locale } from '@/lib/i18n/locales';
import type { Contact } from '@/lib/validation/contact';
import { Muted } from '@/components/ui/muted';

/** Press contacts with links a phone can call and a mail client can open, in the page's language unless told. */
export async function ContactCard({
  contacts,
  headingId,
  locale,
}: {
  contacts: Contact[];
  headingId: string;
  locale?: Locale;
}) {
  if (contacts.length === 0) return null;
  const t = await (locale ? getTranslations({ locale, namespace: 'Release' }) : getTranslations('Release'));
  return (
    <section
      aria-labelledby={headingId}
      className="mt-10 rounded-lg border border-brand-100 bg-brand-50 p-5 print:border-black print:bg-white"
    >
      <h2 id={headingId} className="mb-4 text-xl font-bold text-brand-800">
        {t('contacts', { count: contacts.length })}
      </h2>
      <ul className="grid gap-6 sm:grid-cols-2">
        {contacts.map((contact) => (
          <li key={`${contact.name}-${contact.email ?? contact.phones[0] ?? ''}`}>
            <p className="font-semibold">{contact.name}</p>
            {contact.role && <Muted>{contact.role}</Muted>}
            {contact.office && <Muted>{contact.office}</Muted>}
            <dl className="mt-2 space-y-1 text-sm">
              {contact.phones.map((phone) => (
                <div key={phone} className="flex gap-2">
                  <dt className="text-muted">{t('phone')}</dt>
                  <dd>
                    <a href={telHref(phone)} className="text-brand-700 underline">
                      {phone}
                    </a>
                  </dd>
                </div>
              ))}
              {contact.email && (
                <div className="flex gap-2">
                  <dt className="text-muted">{t('email')}</dt>
                  <dd>
                    <a href={`mailto:${contact.email}`} className="break-all text-brand-700 underline">
                      {contact.email}
                    </a>
                  </dd>
                </div>
              )}
            </dl>
          </li>
        ))}
      </ul>
    </section>
  );
}
