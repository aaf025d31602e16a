import { CertificationAuthorityNotFound } from '@/components/certification-authorities/detail/certification-authority-not-found';

export default function CertificationAuthorityNotFoundPage() {
  return <CertificationAuthorityNotFound />;
}
