'use client';
import * as React from 'react';
import { mergeClasses, Text } from '@fluentui/react-components';
import type { LeafCertificateCounts } from './use-leaf-certificate-counts';
import { useLeafCertificateTilesStyles } from './leaf-certificate-tiles.styles';

const TILES: { key: keyof LeafCertificateCounts; label: string }[] = [
  { key: 'active', label: 'Active' },
  { key: 'expired', label: 'Expired' },
  { key: 'revoked', label: 'Revoked' },
  { key: 'total', label: 'Total issued' },
];

/** Active, Expired, Revoked and Total issued certificates of an issuing CA; "—" until counted. */
export function LeafCertificateTiles({ counts }: { counts: LeafCertificateCounts | undefined }) {
  const styles = useLeafCertificateTilesStyles();
  const id = React.useId();
  return (
    <ul className={styles.tiles} aria-label="Certificate counts">
      {TILES.map((tile) => (
        <li key={tile.key} className={mergeClasses(styles.tile, styles[tile.key])} aria-labelledby={`${id}-${tile.key}`}>
          <Text id={`${id}-${tile.key}`} className={styles.label}>
            {tile.label}
          </Text>
          <Text size={700} weight="semibold">
            {counts ? counts[tile.key] : '—'}
          </Text>
        </li>
      ))}
    </ul>
  );
}
