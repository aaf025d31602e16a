'use client';
import { Button } from '@fluentui/react-components';
import { useWizardLayoutStyles } from './wizard-layout.styles';

interface WizardFooterProps {
  isFirst: boolean;
  isLast: boolean;
  /** While the final request runs every button is disabled. */
  isBusy: boolean;
  /** False disables the submit button; the wizard says why elsewhere (e.g. a missing permission). */
  canSubmit: boolean;
  submitLabel: string;
  onPrevious: () => void;
  onNext: () => void;
  onSubmit: () => void;
}

/** Previous / Next, and on the last tab the submit button, pinned to the bottom of the blade. */
export function WizardFooter({ isFirst, isLast, isBusy, canSubmit, submitLabel, onPrevious, onNext, onSubmit }: WizardFooterProps) {
  const styles = useWizardLayoutStyles();
  return (
    <div className={styles.footer}>
      <Button onClick={onPrevious} disabled={isFirst || isBusy}>
        Previous
      </Button>
      {isLast ? (
        <Button appearance="primary" onClick={onSubmit} disabled={isBusy || !canSubmit}>
          {submitLabel}
        </Button>
      ) : (
        <Button appearance="primary" onClick={onNext} disabled={isBusy}>
          Next
        </Button>
      )}
    </div>
  );
}
