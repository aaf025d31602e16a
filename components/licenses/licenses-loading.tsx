'use client';
import { Spinner } from '@fluentui/react-components';
import { LicensesBlade } from './licenses-blade';

/** The route's loading.tsx and the view's first render: the blade frame at once, a spinner until the license arrives. */
export function LicensesLoading() {
  return (
    <LicensesBlade>
      <Spinner label="Loading the license" />
    </LicensesBlade>
  );
}
