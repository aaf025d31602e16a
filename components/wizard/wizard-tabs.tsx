'use client';
import { Tab, TabList } from '@fluentui/react-components';
import { CheckmarkCircle16Filled, ErrorCircle16Filled } from '@fluentui/react-icons';
import type { WizardStepState } from './use-wizard-steps';
import { useWizardTabsStyles } from './wizard-tabs.styles';

export interface WizardStep {
  id: string;
  label: string;
}

interface WizardTabsProps {
  steps: readonly WizardStep[];
  currentIndex: number;
  stateOf: (index: number) => WizardStepState;
  canSelect: (index: number) => boolean;
  onSelect: (index: number) => void;
}

const STATE_TEXT: Partial<Record<WizardStepState, string>> = { complete: 'completed', error: 'has errors' };

export function wizardTabId(step: WizardStep) {
  return `wizard-tab-${step.id}`;
}

export function wizardPanelId(step: WizardStep) {
  return `wizard-panel-${step.id}`;
}

/** Numbered wizard tabs: a check mark once a tab passed validation, an error mark while it holds errors. */
export function WizardTabs({ steps, currentIndex, stateOf, canSelect, onSelect }: WizardTabsProps) {
  const styles = useWizardTabsStyles();
  return (
    <TabList
      aria-label="Wizard steps"
      selectedValue={steps[currentIndex]?.id}
      onTabSelect={(_, data) => onSelect(steps.findIndex((step) => step.id === data.value))}
      className={styles.root}
    >
      {steps.map((step, index) => {
        const state = stateOf(index);
        const stateText = STATE_TEXT[state];
        return (
          <Tab
            key={step.id}
            value={step.id}
            id={wizardTabId(step)}
            aria-controls={index === currentIndex ? wizardPanelId(step) : undefined}
            disabled={!canSelect(index)}
            data-step-state={state}
            icon={
              state === 'complete' ? (
                <CheckmarkCircle16Filled className={styles.complete} />
              ) : state === 'error' ? (
                <ErrorCircle16Filled className={styles.error} />
              ) : undefined
            }
          >
            <span className={styles.number}>{index + 1}</span> {step.label}
            {stateText && <span className={styles.visuallyHidden}> ({stateText})</span>}
          </Tab>
        );
      })}
    </TabList>
  );
}
