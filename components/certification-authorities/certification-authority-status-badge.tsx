'use client';
import { Badge, type BadgeProps } from '@fluentui/react-components';
import type { CloudCertificationAuthorityStatus } from '@/lib/graph/cloud-certification-authority';
import { STATUS_LABELS } from './certification-authority-format';

const BADGE_COLORS: Record<CloudCertificationAuthorityStatus, BadgeProps['color']> = {
  active: 'success',
  paused: 'warning',
  revoked: 'danger',
  signingPending: 'informative',
  expired: 'subtle',
};

export function CertificationAuthorityStatusBadge({ status }: { status: CloudCertificationAuthorityStatus }) {
  return (
    <Badge appearance="tint" color={BADGE_COLORS[status]} data-status={status}>
      {STATUS_LABELS[status]}
    </Badge>
  );
}
