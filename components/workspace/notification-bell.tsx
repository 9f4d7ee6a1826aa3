import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { countUnreadNotifications } from '@/lib/dal/notifications';

/** The header's link to the notifications, with the unread count rendered on the server. */
export async function NotificationBell() {
  const [count, t] = await Promise.all([countUnreadNotifications(), getTranslations('Notifications')]);
  return (
    <Link
      href="/workspace/notifications"
      className="relative inline-flex items-center gap-1 rounded border border-brand-100 px-2 py-1 text-brand-800 hover:bg-brand-50"
    >
      <svg viewBox="0 0 24 24" aria-hidden="true" className="h-5 w-5 fill-current">
        <path d="M12 22a2.5 2.5 0 0 0 2.45-2h-4.9A2.5 2.5 0 0 0 12 22Zm7-6V11a7 7 0 0 0-5.5-6.84V3a1.5 1.5 0 0 0-3 0v1.16A7 7 0 0 0 5 11v5l-2 2v1h18v-1Z" />
      </svg>
      <span className="sr-only">{t('bell', { count })}</span>
      {count > 0 && (
        <span
          aria-hidden="true"
          className="min-w-5 rounded-full bg-red-700 px-1.5 text-center text-xs font-bold leading-5 text-white"
        >
          {count > 99 ? '99+' : count}
        </span>
      )}
    </Link>
  );
}
