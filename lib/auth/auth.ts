import NextAuth, { CredentialsSignin } from 'next-auth';
import Credentials from 'next-auth/providers/credentials';
import { verifyCredentials } from '@/lib/dal/sign-in';
import { clientIp } from './client-ip';
import { SignInInput } from './credentials';
import { authSecret } from './secret';

declare module 'next-auth' {
  interface Session {
    userId?: string;
    sessionVersion?: number;
  }
  interface User {
    sessionVersion?: number;
  }
}

declare module '@auth/core/jwt' {
  interface JWT {
    sessionVersion?: number;
  }
}

/** The reason travels as the error's code; the sign-in form translates it. */
export class SignInRefused extends CredentialsSignin {
  constructor(reason: 'invalid_credentials' | 'locked' | 'rate_limited') {
    super();
    this.code = reason;
  }
}

export const { handlers, auth, signIn, signOut } = NextAuth({
  secret: authSecret(),
  // Only the id and the session version go in the token: role, office and "still active" are
  // re-read from the database on every request (lib/dal/session.ts), so that changes apply at once.
  session: { strategy: 'jwt', maxAge: 12 * 60 * 60 },
  pages: { signIn: '/login' },
  providers: [
    Credentials({
      credentials: { email: {}, password: {} },
      async authorize(credentials, request) {
        const parsed = SignInInput.safeParse(credentials);
        if (!parsed.success) throw new SignInRefused('invalid_credentials');
        const result = await verifyCredentials(parsed.data, clientIp(request.headers));
        if (!result.ok) throw new SignInRefused(result.reason);
        return { id: result.user.id, sessionVersion: result.user.sessionVersion };
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) return { sub: user.id, sessionVersion: user.sessionVersion };
      return token;
    },
    session({ session, token }) {
      return { ...session, userId: token.sub, sessionVersion: token.sessionVersion };
    },
  },
  logger: {
    // A refused sign-in is an expected outcome, already audited: keep it out of the error log.
    error(error) {
      if (error instanceof CredentialsSignin) return;
      console.error(error);
    },
  },
});
