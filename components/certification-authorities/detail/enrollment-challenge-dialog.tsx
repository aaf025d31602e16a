'use client';
import * as React from 'react';
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  MessageBar,
  MessageBarBody,
} from '@fluentui/react-components';
import type { GraphCloudCertificationAuthority } from '@/lib/graph/cloud-certification-authority';
import { ZCreateScepChallenge } from '@/lib/schemas/scep-challenge';
import { type ChallengeFormValues, EnrollmentChallengeFields, INITIAL_CHALLENGE_FORM } from './enrollment-challenge-fields';
import { EnrollmentChallengeResult } from './enrollment-challenge-result';
import { type ScepChallenge, useCreateScepChallenge } from './use-create-scep-challenge';
import { useDetailStyles } from './detail.styles';

type FieldErrors = Partial<Record<keyof ChallengeFormValues, string>>;

/** Client-side comfort check with the server's own schema. */
function parseForm(values: ChallengeFormValues) {
  const parsed = ZCreateScepChallenge.safeParse({ deviceName: values.deviceName.trim() || undefined, validityInMinutes: values.validityInMinutes });
  if (parsed.success) return { body: parsed.data, errors: {} };
  const errors: FieldErrors = {};
  for (const issue of parsed.error.issues) {
    const field = issue.path[0];
    if (field === 'deviceName' || field === 'validityInMinutes') errors[field] ??= issue.message;
  }
  return { body: undefined, errors };
}

/** Generate enrollment challenge: a one-time SCEP challengePassword for a client outside Intune (certmonger, sscep). */
export function EnrollmentChallengeDialog({ ca, onClose }: { ca: GraphCloudCertificationAuthority; onClose: () => void }) {
  const styles = useDetailStyles();
  const { create, isCreating, failure } = useCreateScepChallenge(ca.id);
  const [values, setValues] = React.useState(INITIAL_CHALLENGE_FORM);
  const [errors, setErrors] = React.useState<FieldErrors>({});
  const [challenge, setChallenge] = React.useState<ScepChallenge>();

  const generate = async () => {
    const { body, errors: found } = parseForm(values);
    setErrors(found);
    if (body) setChallenge(await create(body));
  };

  return (
    <Dialog open onOpenChange={(_, data) => !data.open && !isCreating && onClose()}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{`Generate an enrollment challenge for '${ca.displayName}'`}</DialogTitle>
          <DialogContent className={styles.dialogContent}>
            {failure && (
              <MessageBar intent="error" layout="multiline">
                <MessageBarBody>{failure.message}</MessageBarBody>
              </MessageBar>
            )}
            {challenge ? <EnrollmentChallengeResult challenge={challenge} /> : <EnrollmentChallengeFields values={values} errors={errors} onChange={setValues} />}
          </DialogContent>
          <DialogActions>
            {!challenge && (
              <Button appearance="primary" disabled={isCreating} onClick={() => void generate()}>
                {isCreating ? 'Generating…' : 'Generate'}
              </Button>
            )}
            <Button appearance={challenge ? 'primary' : 'secondary'} onClick={onClose} disabled={isCreating}>
              {challenge ? 'Done' : 'Cancel'}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
