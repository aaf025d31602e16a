'use client';
import * as React from 'react';
import { useGraphResource } from '@/components/graph/use-graph-resource';
import { leafCertificateCountPath } from './leaf-certificate-list-query';
import { graphLeafCertificatesPath } from './leaf-certificate-paths';

interface CountOnly {
  '@odata.count'?: number;
}

export interface LeafCertificateCounts {
  active: number;
  expired: number;
  revoked: number;
  total: number;
}

/** The monitoring tiles' numbers, counted by the server in real time rather than a 24-hour report. */
export function useLeafCertificateCounts(caId: string) {
  const collection = graphLeafCertificatesPath(caId);
  const active = useGraphResource<CountOnly>(leafCertificateCountPath(collection, 'active'));
  const expired = useGraphResource<CountOnly>(leafCertificateCountPath(collection, 'expired'));
  const revoked = useGraphResource<CountOnly>(leafCertificateCountPath(collection, 'revoked'));
  const total = useGraphResource<CountOnly>(leafCertificateCountPath(collection));
  const all = [active, expired, revoked, total];

  const counts: LeafCertificateCounts | undefined = all.every((resource) => resource.data)
    ? {
        active: active.data?.['@odata.count'] ?? 0,
        expired: expired.data?.['@odata.count'] ?? 0,
        revoked: revoked.data?.['@odata.count'] ?? 0,
        total: total.data?.['@odata.count'] ?? 0,
      }
    : undefined;

  const reload = React.useCallback(() => {
    active.reload();
    expired.reload();
    revoked.reload();
    total.reload();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the reload functions are stable; the resources holding them are not
  }, [active.reload, expired.reload, revoked.reload, total.reload]);
  return { counts, failure: all.find((resource) => resource.failure)?.failure, isLoading: all.some((resource) => resource.isLoading), reload };
}
