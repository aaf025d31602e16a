'use client';
import { Field, MessageBar, MessageBarBody, Text } from '@fluentui/react-components';
import { formatDateTime } from '../certification-authority-format';
import { CopyField } from './copy-field';
import type { ScepChallenge } from './use-create-scep-challenge';

/** The minted challenge with the URL to use it at; it can't be shown again, so it says so. */
export function EnrollmentChallengeResult({ challenge }: { challenge: ScepChallenge }) {
  return (
    <>
      <MessageBar intent="warning" layout="multiline">
        <MessageBarBody>
          The challenge works once: the first certificate request that carries it uses it up. Copy it now, it isn’t shown again. Anyone who has it
          can get a certificate from this CA until it expires.
        </MessageBarBody>
      </MessageBar>
      <CopyField label="Challenge" value={challenge.challenge} />
      <Field label="Expires">
        <Text>{formatDateTime(challenge.expirationDateTime)}</Text>
      </Field>
      <CopyField label="SCEP server URL" value={challenge.scepServerUrl} hint="Give the SCEP client this URL with the challenge, e.g. getcert add-scep-ca -u <URL>." />
    </>
  );
}
