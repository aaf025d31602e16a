'use client';
import * as React from 'react';
import { wizardPanelId, wizardTabId, type WizardStep } from './wizard-tabs';
import { useWizardLayoutStyles } from './wizard-layout.styles';

/** The content of the current tab; only that one is rendered, the form keeps the values of the others. */
export function WizardPanel({ step, children }: { step: WizardStep; children: React.ReactNode }) {
  const styles = useWizardLayoutStyles();
  return (
    <div role="tabpanel" id={wizardPanelId(step)} aria-labelledby={wizardTabId(step)} className={styles.panel}>
      {children}
    </div>
  );
}
