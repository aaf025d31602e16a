'use client';
import { Field, Select } from '@fluentui/react-components';
import type { GraphCloudCertificationAuthority } from '@/lib/graph/cloud-certification-authority';
import { FormInput } from '../wizard/form-input';
import type { ScepFormValues } from './scep-form';
import { useScepFieldMessage } from './scep-field-messages';
import type { ScepChain } from './use-scep-chain';

interface ScepServerUrlFieldProps {
  certificationAuthorities: readonly GraphCloudCertificationAuthority[];
  chain: ScepChain;
}

/** SCEP Server URLs: exactly one for Cloud PKI, the issuing CA's SCEP URI pasted verbatim. */
export function ScepServerUrlField({ certificationAuthorities, chain }: ScepServerUrlFieldProps) {
  const message = useScepFieldMessage('scepServerUrls.0');
  const listMessage = useScepFieldMessage('scepServerUrls');
  const issuingCas = certificationAuthorities.filter((ca) => ca.scepServerUrl);
  return (
    <>
      <Field
        label="Use the SCEP URI of a Cloud PKI issuing CA"
        hint="Fills the SCEP server URL with the CA’s SCEP URI, {{CloudPKIFQDN}} included: Intune replaces it on delivery."
      >
        <Select value={chain.issuingCa?.id ?? ''} onChange={(_, data) => data.value && chain.chooseIssuingCa(data.value)}>
          <option value="">{issuingCas.length > 0 ? 'Select an issuing CA' : 'No issuing CA in this tenant'}</option>
          {issuingCas.map((ca) => (
            <option key={ca.id} value={ca.id}>
              {ca.displayName} (CN: {ca.commonName})
            </option>
          ))}
        </Select>
      </Field>
      <Field
        label="SCEP Server URLs"
        required
        hint={chain.issuingCa ? `Issuing CA: ${chain.issuingCa.displayName}` : 'Paste the SCEP URI shown on the issuing CA’s page.'}
        validationMessage={message ?? listMessage}
      >
        <FormInput<ScepFormValues> name="scepServerUrls.0" placeholder="https://{{CloudPKIFQDN}}/TrafficGateway/…" />
      </Field>
    </>
  );
}
