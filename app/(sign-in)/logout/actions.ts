'use server';
import { signOut } from '@/lib/auth/auth';

export async function signOutNow(): Promise<void> {
  await signOut({ redirectTo: '/login?notice=signed_out' });
}
