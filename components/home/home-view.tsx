'use client';
import { Body1, Card, CardHeader, Subtitle1 } from '@fluentui/react-components';
import { Home24Regular } from '@fluentui/react-icons';
import { RouterLink } from '@/components/router-link';
import { Blade } from '@/components/shell/blade';
import { CLOUD_PKI_PATH } from '@/components/certification-authorities/certification-authority-paths';
import { DeploymentOrder } from './deployment-order';
import { useHomeViewStyles } from './home-view.styles';

export function HomeView() {
  const styles = useHomeViewStyles();
  return (
    <Blade breadcrumb={[]} title="Home" icon={<Home24Regular />}>
      <Card className={styles.card}>
        <CardHeader header={<Subtitle1 as="h2">Get started with Cloud PKI</Subtitle1>} />
        <Body1>
          Devices trust and receive certificates only when every piece is in place. Deploy in this order:
        </Body1>
        <DeploymentOrder />
        <RouterLink href={CLOUD_PKI_PATH}>Go to Tenant administration › Cloud PKI</RouterLink>
      </Card>
    </Blade>
  );
}
