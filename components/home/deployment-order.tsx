'use client';
import { Text } from '@fluentui/react-components';
import { useDeploymentOrderStyles } from './deployment-order.styles';

// Each step depends on the one before it (an issuing CA needs its root, a SCEP profile needs the trusted root profile …).
const STEPS = [
  'Create a root CA.',
  'Create an issuing CA anchored to that root.',
  'Deploy trusted certificate profiles with the root and issuing CA certificates.',
  'Create SCEP certificate profiles that use the issuing CA’s SCEP URI.',
  'Assign the profiles to the same groups of users or devices.',
] as const;

export function DeploymentOrder() {
  const styles = useDeploymentOrderStyles();
  return (
    <ol className={styles.list}>
      {STEPS.map((step) => (
        <li key={step}>
          <Text>{step}</Text>
        </li>
      ))}
    </ol>
  );
}
