import { connection } from 'next/server';
import { AuthProvider } from '@/components/auth/auth-provider';
import { AppShell } from '@/components/shell/app-shell';
import { getClientAuthConfig } from '@/lib/auth/client-auth-config';

// The sign-in configuration comes from the server's environment at request time, not at build time.
export default async function PortalLayout({ children }: { children: React.ReactNode }) {
  await connection();
  return (
    <AuthProvider config={getClientAuthConfig()}>
      <AppShell>{children}</AppShell>
    </AuthProvider>
  );
}
