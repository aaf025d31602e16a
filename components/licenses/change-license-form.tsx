'use client';
import * as React from 'react';
import { Button, Field, Input, MessageBar, MessageBarBody, Radio, RadioGroup, Subtitle2, Tooltip } from '@fluentui/react-components';
import { useAuth } from '@/components/auth/use-auth';
import { useGraphClient } from '@/components/auth/use-graph-client';
import { useGraphMutation } from '@/components/directory/use-graph-mutation';
import { useNotify } from '@/components/shell/notifications';
import { PERMISSIONS } from '@/lib/auth/permissions';
import type { GraphCloudPkiLicense } from '@/lib/graph/cloud-pki-license';
import { CLOUD_PKI_LICENSE_NAMES, CLOUD_PKI_LICENSE_TYPES, type TCloudPkiLicenseType, trialEndFrom } from '@/lib/schemas/cloud-pki-license';
import { GRAPH_CLOUD_PKI_LICENSE } from './licenses-paths';
import { useLicensesStyles } from './licenses.styles';

const dateOnly = (date: Date) => date.toISOString().slice(0, 10);

/** Picks the tenant's license, as the Microsoft 365 admin center would; a trial asks for its end date. */
export function ChangeLicenseForm({ license, onChanged }: { license: GraphCloudPkiLicense; onChanged: () => void }) {
  const styles = useLicensesStyles();
  const client = useGraphClient();
  const notify = useNotify();
  const { hasPermission } = useAuth();
  const { run, isBusy, failure } = useGraphMutation();
  const [licenseType, setLicenseType] = React.useState<TCloudPkiLicenseType>(license.licenseType);
  const [trialEnd, setTrialEnd] = React.useState(
    license.trialEndDateTime?.slice(0, 10) ?? dateOnly(trialEndFrom(new Date())),
  );
  const blockedReason = hasPermission('organization.update') ? undefined : `Changing the license requires the '${PERMISSIONS['organization.update']}' permission`;

  const submit = async (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    // The trial ends at the end of the chosen day (UTC).
    const body = licenseType === 'trial' ? { licenseType, trialEndDateTime: `${trialEnd}T23:59:59Z` } : { licenseType };
    if (await run(() => client.api(GRAPH_CLOUD_PKI_LICENSE).patch(body))) {
      notify(`License changed to ${CLOUD_PKI_LICENSE_NAMES[licenseType]}`);
      onChanged();
    }
  };

  const save = (
    <Button type="submit" appearance="primary" disabledFocusable={blockedReason !== undefined || isBusy}>
      {isBusy ? 'Saving…' : 'Save'}
    </Button>
  );
  return (
    <form className={styles.form} onSubmit={(event) => void submit(event)} noValidate>
      <Subtitle2 as="h2" className={styles.heading}>
        Change license
      </Subtitle2>
      {failure && (
        <MessageBar intent="error">
          <MessageBarBody>{failure.message}</MessageBarBody>
        </MessageBar>
      )}
      <Field label="Cloud PKI license">
        <RadioGroup value={licenseType} onChange={(_, change) => setLicenseType(change.value as TCloudPkiLicenseType)}>
          {CLOUD_PKI_LICENSE_TYPES.map((type) => (
            <Radio key={type} value={type} label={CLOUD_PKI_LICENSE_NAMES[type]} />
          ))}
        </RadioGroup>
      </Field>
      {licenseType === 'trial' && (
        <Field label="Trial ends on" hint="CAs created during the trial get software-backed keys that can never be converted.">
          <Input type="date" value={trialEnd} onChange={(_, change) => setTrialEnd(change.value)} required />
        </Field>
      )}
      <div className={styles.actions}>
        {blockedReason ? (
          <Tooltip content={blockedReason} relationship="description">
            {save}
          </Tooltip>
        ) : (
          save
        )}
      </div>
    </form>
  );
}
