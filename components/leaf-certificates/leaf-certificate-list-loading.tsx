'use client';
import { useParams } from 'next/navigation';
import { LeafCertificateListCommands } from './leaf-certificate-list-commands';
import { LeafCertificateSkeleton } from './leaf-certificate-skeleton';
import { LeafCertificateTiles } from './leaf-certificate-tiles';
import { LeafCertificatesBlade } from './leaf-certificates-blade';

/** The route's loading.tsx: the blade frame at once, tiles and a grid skeleton until the list takes over. */
export function LeafCertificateListLoading() {
  const { id } = useParams<{ id: string }>();
  return (
    <LeafCertificatesBlade caId={id} commandBar={<LeafCertificateListCommands isRefreshing />}>
      <LeafCertificateTiles counts={undefined} />
      <LeafCertificateSkeleton label="Loading certificates" />
    </LeafCertificatesBlade>
  );
}
