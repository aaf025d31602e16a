'use client';
import { Button, Field, Input, Subtitle2 } from '@fluentui/react-components';
import { Copy20Regular } from '@fluentui/react-icons';
import { useNotify } from '@/components/shell/notifications';
import type { GraphCloudCertificationAuthority } from '@/lib/graph/cloud-certification-authority';
import { useDetailStyles } from './detail.styles';

/** The URIs relying parties and SCEP profiles need (spec §3.3); the SCEP URI keeps Intune's {{CloudPKIFQDN}} verbatim. */
export function CertificationAuthorityProperties({ ca }: { ca: GraphCloudCertificationAuthority }) {
  const styles = useDetailStyles();
  const notify = useNotify();
  const scepUri = ca.scepServerUrl;

  const copyScepUri = async (uri: string) => {
    try {
      await navigator.clipboard.writeText(uri);
      notify('Copied');
    } catch {
      notify("Couldn't copy to the clipboard. Select the SCEP URI and copy it instead.", 'error');
    }
  };

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
        {ca.cloudCertificationAuthorityType !== 'rootCertificationAuthority' && (
          <Field label="SCEP URI" hint="Use it as is in SCEP certificate profiles: {{CloudPKIFQDN}} is filled in when a profile reaches a device.">
            {(fieldProps) => (
              <div className={styles.copyRow}>
                <Input {...fieldProps} readOnly value={scepUri ?? '—'} className={styles.copyInput} />
                {scepUri && (
                  <Button icon={<Copy20Regular />} onClick={() => void copyScepUri(scepUri)}>
                    Copy to clipboard
                  </Button>
                )}
              </div>
            )}
          </Field>
        )}
      </div>
    </section>
  );
}
