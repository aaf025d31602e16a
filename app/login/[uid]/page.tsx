import type { Metadata } from 'next';
import { LoginForm, type LoginError } from '@/components/auth/login-form';

export const metadata: Metadata = { title: 'Sign in - Cloud PKI portal' };

interface LoginPageProps {
  params: Promise<{ uid: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

// The embedded provider's interaction page (server.ts redirects /oidc/interaction/:uid here). Outside
// app/(portal): no shell and no MSAL, the user is not signed in yet.
export default async function LoginPage({ params, searchParams }: LoginPageProps) {
  const { uid } = await params;
  const { error, wait } = await searchParams;
  const loginError: LoginError | undefined = error === 'invalid' || error === 'expired' || error === 'throttled' ? error : undefined;
  // Only a number is shown: the query string is the visitor's to edit.
  const waitSeconds = typeof wait === 'string' && /^\d{1,5}$/.test(wait) ? Number(wait) : undefined;
  return <LoginForm uid={uid} error={loginError} waitSeconds={waitSeconds} />;
}
