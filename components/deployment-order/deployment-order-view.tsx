'use client';
import { notFound } from 'next/navigation';
import { Field, MessageBar, MessageBarBody, MessageBarTitle, Select, Spinner, Tab, TabList, Text } from '@fluentui/react-components';
import { TaskListLtr24Regular } from '@fluentui/react-icons';
import { RouterLink } from '@/components/router-link';
import { Blade } from '@/components/shell/blade';
import { useUrlSearchParam } from '@/components/use-url-search-param';
import {
  certificationAuthorityPath,
  CLOUD_PKI_BREADCRUMB,
  CREATE_CERTIFICATION_AUTHORITY_PATH,
} from '@/components/certification-authorities/certification-authority-paths';
import { useDeploymentResources } from '@/components/device-configurations/use-deployment-resources';
import { isPlatform, PLATFORM_ORDER, PLATFORM_SHORT_LABELS } from '@/components/device-configurations/profile-platforms';
import { ReadinessSteps } from './readiness-steps';
import { useDeploymentOrderStyles } from './deployment-order.styles';

/**
 * Cloud PKI › a CA › Deployment order: per issuing CA and platform, the five steps done, missing or
 * blocked. Opened from a root CA it offers the issuing CAs anchored to it. Platform and issuing CA are in the URL.
 */
export function DeploymentOrderView({ caId }: { caId: string }) {
  const styles = useDeploymentOrderStyles();
  const resources = useDeploymentResources();
  const [platformParam, setPlatform] = useUrlSearchParam('platform');
  const [issuingParam, setIssuing] = useUrlSearchParam('issuingCaId');
  const platform = isPlatform(platformParam) ? platformParam : 'windows';

  const all = resources.certificationAuthorities;
  const ca = all.find((candidate) => candidate.id === caId);
  const isLoaded = !resources.isLoadingCertificationAuthorities && !resources.certificationAuthoritiesFailure;
  if (isLoaded && !ca) notFound();
  const isRoot = ca?.cloudCertificationAuthorityType === 'rootCertificationAuthority';
  const issuingChoices = isRoot ? all.filter((candidate) => candidate.certificationAuthorityIssuerId === caId) : ca ? [ca] : [];
  const issuingCa = issuingChoices.find((candidate) => candidate.id === issuingParam) ?? issuingChoices[0];
  const rootCa = issuingCa && all.find((candidate) => candidate.id === issuingCa.certificationAuthorityIssuerId);

  const breadcrumb = [...CLOUD_PKI_BREADCRUMB, ...(ca ? [{ label: ca.displayName, href: certificationAuthorityPath(ca.id) }] : [])];

  return (
    <Blade breadcrumb={breadcrumb} title="Deployment order" icon={<TaskListLtr24Regular />}>
      <Text className={styles.intro}>
        Devices get certificates only when every step is in place, in this order, on each platform: the root CA, the issuing CA,
        trusted certificate profiles with both CA certificates, and a SCEP certificate profile assigned to the same groups.
      </Text>
      {resources.certificationAuthoritiesFailure && (
        <MessageBar intent="error">
          <MessageBarBody>
            <MessageBarTitle>Couldn’t load the certification authorities</MessageBarTitle>
            {resources.certificationAuthoritiesFailure.message}
          </MessageBarBody>
        </MessageBar>
      )}
      {!ca && resources.isLoadingCertificationAuthorities && <Spinner size="small" label="Loading…" />}
      {isRoot && issuingChoices.length === 0 && (
        <MessageBar intent="warning">
          <MessageBarBody>
            No issuing CA is anchored to this root CA yet. <RouterLink href={CREATE_CERTIFICATION_AUTHORITY_PATH}>Create an issuing CA</RouterLink>{' '}
            — devices get their certificates from an issuing CA.
          </MessageBarBody>
        </MessageBar>
      )}
      {isRoot && issuingChoices.length > 0 && (
        <Field label="Issuing CA" className={styles.picker}>
          <Select value={issuingCa?.id ?? ''} onChange={(_, data) => setIssuing(data.value)}>
            {issuingChoices.map((choice) => (
              <option key={choice.id} value={choice.id}>
                {choice.displayName}
              </option>
            ))}
          </Select>
        </Field>
      )}
      {issuingCa && (
        <>
          <TabList aria-label="Platform" selectedValue={platform} onTabSelect={(_, data) => setPlatform(String(data.value))} className={styles.tabs}>
            {PLATFORM_ORDER.map((candidate) => (
              <Tab key={candidate} value={candidate}>
                {PLATFORM_SHORT_LABELS[candidate]}
              </Tab>
            ))}
          </TabList>
          <ReadinessSteps
            key={`${issuingCa.id}-${platform}`}
            platform={platform}
            issuingCa={issuingCa}
            rootCa={rootCa}
            profiles={resources.profiles}
          />
        </>
      )}
    </Blade>
  );
}
