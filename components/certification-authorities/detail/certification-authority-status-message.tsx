'use client';
import { MessageBar, MessageBarBody } from '@fluentui/react-components';
import type { CloudCertificationAuthorityStatus } from '@/lib/graph/cloud-certification-authority';

// What each non-active state means for devices.
const MESSAGES: Partial<Record<CloudCertificationAuthorityStatus, { intent: 'warning' | 'error' | 'info'; text: string }>> = {
  paused: { intent: 'warning', text: 'This CA is paused: it issues no certificates until you resume it. Its CRL and certificate stay published.' },
  revoked: { intent: 'error', text: 'This CA is revoked: certificates it issued no longer validate. Its CRL and certificate stay published.' },
  // What the administrator does next.
  signingPending: {
    intent: 'info',
    text: 'Signing required: select Download CSR, have your own CA sign the request with a subordinate CA template, then select Upload signed certificate and add the signed certificate and its chain of trust. The CA issues certificates once the upload is accepted.',
  },
  expired: { intent: 'warning', text: 'This CA has expired and can no longer issue certificates.' },
};

export function CertificationAuthorityStatusMessage({ status }: { status: CloudCertificationAuthorityStatus }) {
  const message = MESSAGES[status];
  if (!message) return null;
  return (
    <MessageBar intent={message.intent}>
      <MessageBarBody>{message.text}</MessageBarBody>
    </MessageBar>
  );
}
