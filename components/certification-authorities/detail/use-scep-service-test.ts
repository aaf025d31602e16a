'use client';
import * as React from 'react';
import { probeScepService, type ScepProbeResult } from './probe-scep-service';

/** Runs GetCACaps against a SCEP URL and keeps the latest answer. */
export function useScepServiceTest(scepUrl: string | undefined) {
  const [isTesting, setIsTesting] = React.useState(false);
  const [result, setResult] = React.useState<ScepProbeResult>();
  const test = React.useCallback(async () => {
    if (!scepUrl) return;
    setIsTesting(true);
    try {
      setResult(await probeScepService(scepUrl));
    } finally {
      setIsTesting(false);
    }
  }, [scepUrl]);
  return { isTesting, result, test };
}
