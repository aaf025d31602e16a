'use client';
import { MessageBar, MessageBarBody } from '@fluentui/react-components';
import type { CloudCertificationAuthorityStatus } from '@/lib/graph/cloud-certification-authority';

// What each non-active state means for devices (spec §3.2).
const MESSAGES: Partial<Record<CloudCertificationAuthorityStatus, { intent: 'warning' | 'error' | 'info'; text: string }>> = {
  paused: { intent: 'warning', text: 'This CA is paused: it issues no certificates until you resume it. Its CRL and certificate stay published.' },
  revoked: { intent: 'error', text: 'This CA is revoked: certificates it issued no longer validate. Its CRL and certificate stay published.' },
  signingPending: { intent: 'info', text: 'This CA is waiting for its certificate to be signed by the external root CA.' },
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
