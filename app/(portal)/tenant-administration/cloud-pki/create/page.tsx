import { CreateCertificationAuthorityWizard } from '@/components/certification-authorities/create-wizard/create-certification-authority-wizard';

export default function CreateCertificationAuthorityPage() {
  return <CreateCertificationAuthorityWizard />;
}
