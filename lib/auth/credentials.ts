import { z } from 'zod';

export const SignInInput = z.object({
  email: z.string().trim().toLowerCase().max(254, 'too_long').pipe(z.email('invalid_email')),
  password: z.string().min(1, 'required').max(256),
});
export type SignInInput = z.infer<typeof SignInInput>;

/** Accounts lock after this many wrong passwords in a row, for LOCKOUT_MINUTES. */
export const MAX_FAILED_SIGN_INS = 5;
export const LOCKOUT_MINUTES = 15;
/** Failed attempts one address may make per window, over every account. */
export const MAX_FAILURES_PER_IP = 30;

export const NEW_PASSWORD = z.string().min(12, 'password_too_short').max(256);
