'use client';
import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import type { CloudCertificationAuthorityStatus } from '@/lib/graph/cloud-certification-authority';
import { STATUS_LABELS } from '../certification-authority-format';
import type { ScepProbeResult } from './probe-scep-service';
import { useDetailStyles } from './detail.styles';

/**
 * What GetCACaps said: the capability list, or why the SCEP service couldn't be reached. GetCACaps answers whatever
 * the CA's state, so a CA that is not active is said to be reachable but issuing nothing (PKIOperation fails).
 */
export function ScepServiceTestResult({ result, status }: { result: ScepProbeResult; status: CloudCertificationAuthorityStatus }) {
  const styles = useDetailStyles();
  if (!result.isReachable) {
    return (
      <MessageBar intent="error" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>The SCEP service didn’t answer</MessageBarTitle>
          {result.message}
        </MessageBarBody>
      </MessageBar>
    );
  }
  const isIssuing = status === 'active';
  return (
    <MessageBar intent={isIssuing ? 'success' : 'warning'} layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>
          {isIssuing ? 'The SCEP service answers' : `The SCEP service is reachable, but the CA is ${STATUS_LABELS[status].toLowerCase()}: it issues no certificates`}
        </MessageBarTitle>
        GetCACaps lists: <span className={styles.mono}>{result.capabilities.join(', ')}</span>
      </MessageBarBody>
    </MessageBar>
  );
}
