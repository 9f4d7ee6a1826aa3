import { z } from 'zod';
import { NEW_PASSWORD } from '@/lib/auth/credentials';
import { ROLES } from '@/lib/auth/roles';
import { LOCALES } from '@/lib/i18n/locales';
import { TimeZone } from './time-zone';

const name = z.string().trim().min(1, 'required').max(120, 'too_long');

export const CreateUserInput = z.object({
  email: z.string().trim().toLowerCase().max(254, 'too_long').pipe(z.email('invalid_email')),
  name,
  role: z.enum(ROLES, 'required'),
  officeId: z.uuid('required'),
  uiLanguage: z.enum(LOCALES, 'required'),
});
export type CreateUserInput = z.infer<typeof CreateUserInput>;

export const UpdateUserInput = CreateUserInput.omit({ email: true }).extend({ userId: z.uuid() });
export type UpdateUserInput = z.infer<typeof UpdateUserInput>;

export const UserIdInput = z.object({ userId: z.uuid() });

export const ChangePasswordInput = z
  .object({
    currentPassword: z.string().min(1, 'required').max(256),
    newPassword: NEW_PASSWORD,
    confirmPassword: z.string().max(256),
  })
  .refine((value) => value.newPassword === value.confirmPassword, {
    path: ['confirmPassword'],
    message: 'passwords_differ',
  });
export type ChangePasswordInput = z.infer<typeof ChangePasswordInput>;

export const LanguageInput = z.object({ uiLanguage: z.enum(LOCALES, 'required') });

/** A person's own zone for reading times; empty, their office's zone. */
export const TimeZoneInput = z.object({ timeZone: z.union([z.literal('').transform(() => null), TimeZone]) });
