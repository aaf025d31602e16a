import { CertificationAuthorityList } from '@/components/certification-authorities/certification-authority-list';

export default function CloudPkiPage() {
  return <CertificationAuthorityList />;
}
