'use client';
import { Button, Field, Input, Subtitle2 } from '@fluentui/react-components';
import { PlugConnected20Regular } from '@fluentui/react-icons';
import type { GraphCloudCertificationAuthority } from '@/lib/graph/cloud-certification-authority';
import { CopyField } from './copy-field';
import { resolveScepServerUrl } from './resolve-scep-server-url';
import { ScepServiceTestResult } from './scep-service-test-result';
import { useScepServiceTest } from './use-scep-service-test';
import { useDetailStyles } from './detail.styles';

/**
 * The URIs relying parties and SCEP profiles need: the SCEP URI keeps Intune's {{CloudPKIFQDN}} verbatim,
 * and beside it the address clients really call, with a GetCACaps test.
 */
export function CertificationAuthorityProperties({ ca }: { ca: GraphCloudCertificationAuthority }) {
  const styles = useDetailStyles();
  const resolvedScepUrl = resolveScepServerUrl(ca);
  const scepTest = useScepServiceTest(resolvedScepUrl);

  return (
    <section className={styles.section} aria-labelledby="properties-heading">
      <Subtitle2 as="h2" id="properties-heading" className={styles.heading}>
        Properties
      </Subtitle2>
      <div className={styles.properties}>
        <Field label="CRL distribution point (CDP) URI">
          <Input readOnly value={ca.certificateRevocationListUrl || '—'} />
        </Field>
        {/* A root is its own trust anchor: no parent certificate to point at. */}
        <Field label="Authority information access (AIA) URI">
          <Input readOnly value={ca.certificationAuthorityIssuerUri || '—'} />
        </Field>
        {ca.cloudCertificationAuthorityType !== 'rootCertificationAuthority' && ca.scepServerUrl && (
          <CopyField
            label="SCEP URI"
            value={ca.scepServerUrl}
            hint="Use it as is in SCEP certificate profiles: {{CloudPKIFQDN}} is filled in when a profile reaches a device."
          />
        )}
        {ca.cloudCertificationAuthorityType !== 'rootCertificationAuthority' && resolvedScepUrl && (
          <CopyField label="Resolved SCEP URL" value={resolvedScepUrl} hint="The address SCEP clients call, for testing and for clients outside Intune.">
            <Button icon={<PlugConnected20Regular />} disabled={scepTest.isTesting} onClick={() => void scepTest.test()}>
              {scepTest.isTesting ? 'Testing…' : 'Test'}
            </Button>
          </CopyField>
        )}
        {scepTest.result && <ScepServiceTestResult result={scepTest.result} status={ca.certificationAuthorityStatus} />}
      </div>
    </section>
  );
}
