'use client';
import { Badge, mergeClasses, Subtitle2, Text } from '@fluentui/react-components';
import { CheckmarkCircle24Filled, DismissCircle24Filled, LockClosed24Regular } from '@fluentui/react-icons';
import { RouterLink } from '@/components/router-link';
import type { ReadinessState, ReadinessStep } from '@/lib/deployment/deployment-readiness';
import type { ReadinessLink } from './readiness-links';
import { useDeploymentOrderStyles } from './deployment-order.styles';

const STATES: Record<ReadinessState, { label: string; color: 'success' | 'danger' | 'subtle'; Icon: typeof CheckmarkCircle24Filled }> = {
  done: { label: 'Done', color: 'success', Icon: CheckmarkCircle24Filled },
  missing: { label: 'Missing', color: 'danger', Icon: DismissCircle24Filled },
  // An earlier step is not done; this one can only follow.
  blocked: { label: 'Blocked', color: 'subtle', Icon: LockClosed24Regular },
};

/** One of the five steps: its state, what is there now, and what to do next. */
export function ReadinessStepItem({ step, links }: { step: ReadinessStep; links: readonly ReadinessLink[] }) {
  const styles = useDeploymentOrderStyles();
  const state = STATES[step.state];
  const headingId = `readiness-step-${step.step}`;
  return (
    <li className={styles.step} aria-labelledby={headingId} data-state={step.state}>
      <state.Icon className={mergeClasses(styles.stateIcon, styles[step.state])} aria-hidden />
      <div className={styles.stepBody}>
        <div className={styles.stepHeader}>
          <Subtitle2 as="h2" id={headingId} className={styles.stepTitle}>
            {step.step}. {step.title}
          </Subtitle2>
          <Badge appearance="tint" color={state.color}>
            {state.label}
          </Badge>
        </div>
        <Text className={styles.detail}>{step.detail}</Text>
        {step.nextAction && <Text>Next: {step.nextAction}</Text>}
        {links.length > 0 && (
          <span className={styles.links}>
            {links.map((link) => (
              <RouterLink key={link.href} href={link.href}>
                {link.label}
              </RouterLink>
            ))}
          </span>
        )}
      </div>
    </li>
  );
}
