import type { Metadata } from 'next';
import { RedirectBridge } from '@/components/auth/redirect-bridge';

export const metadata: Metadata = { title: 'Signing in - Cloud PKI portal' };

// Outside app/(portal): this page must not render MsalProvider.
export default function AuthRedirectPage() {
  return <RedirectBridge />;
}
