'use client';
import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import type { ScepProbeResult } from './probe-scep-service';
import { useDetailStyles } from './detail.styles';

/** What GetCACaps said: the capability list, or why the SCEP service couldn't be reached. */
export function ScepServiceTestResult({ result }: { result: ScepProbeResult }) {
  const styles = useDetailStyles();
  return result.isReachable ? (
    <MessageBar intent="success" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>The SCEP service answers</MessageBarTitle>
        GetCACaps lists: <span className={styles.mono}>{result.capabilities.join(', ')}</span>
      </MessageBarBody>
    </MessageBar>
  ) : (
    <MessageBar intent="error" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>The SCEP service didn’t answer</MessageBarTitle>
        {result.message}
      </MessageBarBody>
    </MessageBar>
  );
}
