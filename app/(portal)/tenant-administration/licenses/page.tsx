import { Licenses } from '@/components/licenses/licenses';

export default function LicensesPage() {
  return <Licenses />;
}
