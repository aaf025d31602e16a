import type { Metadata } from 'next';
import { headers } from 'next/headers';
import { Providers } from '@/components/providers';
import { NONCE_REQUEST_HEADER } from '@/lib/http/page-content-security-policy';

export const metadata: Metadata = {
  title: 'Cloud PKI portal',
  description: 'Certification authorities, trusted certificate and SCEP profiles for Intune-managed devices',
  icons: { icon: '/favicon.svg' },
};

// Shared with the sign-in page, so no shell or AuthProvider here: those live in app/(portal)/layout.tsx.
// Reading the request makes every page render per request, as a per-request CSP nonce requires (proxy.ts).
export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const nonce = (await headers()).get(NONCE_REQUEST_HEADER) ?? undefined;
  return (
    <html lang="en">
      <body>
        <Providers nonce={nonce}>{children}</Providers>
      </body>
    </html>
  );
}
