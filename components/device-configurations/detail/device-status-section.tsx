'use client';
import * as React from 'react';
import { Button, MessageBar, MessageBarBody, Subtitle2, Text } from '@fluentui/react-components';
import { useGraphResource } from '@/components/graph/use-graph-resource';
import { graphDeviceConfigurationPath } from '../device-configuration-paths';
import { DeviceStatusReport } from './device-status-report';
import type { GraphDeviceStatusOverview } from './device-status-format';
import { useProfileDetailStyles } from './detail.styles';

/** Device and user check-in status: a tile per outcome, and the per-device report on demand. */
export function DeviceStatusSection({ profileId }: { profileId: string }) {
  const styles = useProfileDetailStyles();
  const { data, failure } = useGraphResource<GraphDeviceStatusOverview>(`${graphDeviceConfigurationPath(profileId)}/deviceStatusOverview`);
  const [isReportOpen, setIsReportOpen] = React.useState(false);
  const reportId = 'device-status-report';

  // Graph counts failures twice over (errorCount, failedCount); Intune shows them together as Error.
  const tiles = data
    ? [
        { label: 'Succeeded', count: data.successCount },
        { label: 'Error', count: data.errorCount + data.failedCount },
        { label: 'Conflict', count: data.conflictCount },
        { label: 'Pending', count: data.pendingCount },
        { label: 'Not applicable', count: data.notApplicableCount },
      ]
    : [];

  return (
    <section className={styles.section} aria-labelledby="device-status-heading">
      <div className={styles.sectionHeader}>
        <Subtitle2 as="h2" id="device-status-heading" className={styles.heading}>
          Device status
        </Subtitle2>
        <Button appearance="subtle" aria-expanded={isReportOpen} aria-controls={isReportOpen ? reportId : undefined} onClick={() => setIsReportOpen((open) => !open)}>
          {isReportOpen ? 'Hide report' : 'View report'}
        </Button>
      </div>
      {failure && (
        <MessageBar intent="error">
          <MessageBarBody>The device status couldn’t be loaded: {failure.message}</MessageBarBody>
        </MessageBar>
      )}
      <ul className={styles.tiles} aria-label="Device check-in status">
        {tiles.map((tile) => (
          <li key={tile.label} className={styles.tile} aria-label={`${tile.label}: ${tile.count}`}>
            <Text className={styles.tileCount}>{tile.count}</Text>
            <Text>{tile.label}</Text>
          </li>
        ))}
      </ul>
      {isReportOpen && <DeviceStatusReport profileId={profileId} id={reportId} />}
    </section>
  );
}
