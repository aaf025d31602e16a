import { DeploymentOrderLoading } from '@/components/deployment-order/deployment-order-loading';

export default function DeploymentOrderLoadingPage() {
  return <DeploymentOrderLoading />;
}
