import { CreateCertificationAuthorityWizardLoading } from '@/components/certification-authorities/create-wizard/create-certification-authority-wizard-loading';

export default function CreateCertificationAuthorityLoading() {
  return <CreateCertificationAuthorityWizardLoading />;
}
