import { LicensesLoading } from '@/components/licenses/licenses-loading';

export default function LicensesRouteLoading() {
  return <LicensesLoading />;
}
