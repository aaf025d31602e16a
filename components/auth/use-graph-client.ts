'use client';
import * as React from 'react';
import type { Client } from '@microsoft/microsoft-graph-client';
import { createGraphClient } from '@/lib/graph/create-graph-client';
import { useAuth } from './use-auth';

/** A Graph SDK client for the portal's own API: `client.api('/beta/deviceManagement/…').get()`. */
export function useGraphClient(): Client {
  const { graphBaseUrl, getAccessToken } = useAuth();
  return React.useMemo(() => createGraphClient(graphBaseUrl, getAccessToken), [graphBaseUrl, getAccessToken]);
}
