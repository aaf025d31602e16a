'use client';
import { Badge, type BadgeProps } from '@fluentui/react-components';
import type { LeafCertificateStatus } from './graph-leaf-certificate';
import { LEAF_STATUS_LABELS } from './leaf-certificate-format';

const BADGE_COLORS: Record<LeafCertificateStatus, BadgeProps['color']> = {
  active: 'success',
  revoked: 'danger',
  expired: 'subtle',
};

export function LeafCertificateStatusBadge({ status }: { status: LeafCertificateStatus }) {
  return (
    <Badge appearance="tint" color={BADGE_COLORS[status]} data-status={status}>
      {LEAF_STATUS_LABELS[status]}
    </Badge>
  );
}
