import type { Metadata } from 'next';
import { Providers } from '@/components/providers';

export const metadata: Metadata = {
  title: 'Cloud PKI portal',
  description: 'Certification authorities, trusted certificate and SCEP profiles for Intune-managed devices',
  icons: { icon: '/favicon.svg' },
};

// Shared with the sign-in page, so no shell or AuthProvider here: those live in app/(portal)/layout.tsx.
export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body>
        <Providers>{children}</Providers>
      </body>
    </html>
  );
}
