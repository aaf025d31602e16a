'use client';
import { useRouter } from 'next/navigation';
import { MessageBar, MessageBarBody, MessageBarTitle, SearchBox, Text } from '@fluentui/react-components';
import { Add20Regular } from '@fluentui/react-icons';
import { useAuth } from '@/components/auth/use-auth';
import { useGraphResource } from '@/components/graph/use-graph-resource';
import { CloudPkiLicenseMessage } from '@/components/licenses/cloud-pki-license-message';
import { useCloudPkiLicense } from '@/components/licenses/use-cloud-pki-license';
import { ItemGrid } from '@/components/item-grid';
import { ListCommands } from '@/components/list-commands';
import { useUrlSearchParam } from '@/components/use-url-search-param';
import { PERMISSIONS } from '@/lib/auth/permissions';
import type { GraphCloudCertificationAuthority } from '@/lib/graph/cloud-certification-authority';
import { CloudPkiBlade } from './cloud-pki-blade';
import { CertificationAuthorityEmptyState } from './certification-authority-empty-state';
import { CERTIFICATION_AUTHORITY_COLUMNS } from './certification-authority-columns';
import { CertificationAuthorityGridSkeleton } from './certification-authority-grid-skeleton';
import {
  certificationAuthorityPath,
  CREATE_CERTIFICATION_AUTHORITY_PATH,
  GRAPH_CERTIFICATION_AUTHORITIES,
  MAX_CERTIFICATION_AUTHORITIES,
} from './certification-authority-paths';
import { useCertificationAuthorityListStyles } from './certification-authority-list.styles';

/** Tenant administration › Cloud PKI: the tenant's CAs (at most six, so search filters on the client). */
export function CertificationAuthorityList() {
  const styles = useCertificationAuthorityListStyles();
  const router = useRouter();
  const { hasPermission } = useAuth();
  const { data, failure, isLoading, reload } = useGraphResource<{ value: GraphCloudCertificationAuthority[] }>(
    GRAPH_CERTIFICATION_AUTHORITIES,
  );
  const { data: license, reload: reloadLicense } = useCloudPkiLicense();
  const [search, setSearch] = useUrlSearchParam('search');

  const cas = data?.value;
  const canCreate = hasPermission('ca.create');
  const createBlockedReason = !canCreate
    ? `Creating a CA requires the '${PERMISSIONS['ca.create']}' permission`
    : license?.createBlockedReason
      ? license.createBlockedReason
      : cas && cas.length >= MAX_CERTIFICATION_AUTHORITIES
        ? `A tenant can have at most ${MAX_CERTIFICATION_AUTHORITIES} CAs`
        : undefined;
  const term = search.trim().toLowerCase();
  const visible = cas?.filter((ca) => ca.displayName.toLowerCase().includes(term)) ?? [];

  return (
    <CloudPkiBlade
      commandBar={
        <ListCommands
          createLabel="Create"
          createIcon={<Add20Regular />}
          createBlockedReason={createBlockedReason}
          onCreate={() => router.push(CREATE_CERTIFICATION_AUTHORITY_PATH)}
          isRefreshing={isLoading}
          onRefresh={() => {
            reload();
            reloadLicense();
          }}
        />
      }
    >
      <Text className={styles.intro}>
        Cloud PKI certification authorities issue certificates to managed devices through SCEP certificate profiles.
      </Text>
      {license && <CloudPkiLicenseMessage license={license} />}
      {failure && (
        <MessageBar intent="error">
          <MessageBarBody>
            <MessageBarTitle>Couldn’t load the certification authorities</MessageBarTitle>
            {failure.message}
          </MessageBarBody>
        </MessageBar>
      )}
      {cas === undefined ? (
        isLoading && <CertificationAuthorityGridSkeleton />
      ) : cas.length === 0 ? (
        <CertificationAuthorityEmptyState canCreate={canCreate && !license?.createBlockedReason} />
      ) : (
        <>
          <SearchBox
            aria-label="Search by name"
            placeholder="Search by name"
            value={search}
            onChange={(_, change) => setSearch(change.value)}
            className={styles.search}
          />
          {visible.length > 0 ? (
            <ItemGrid
              items={visible}
              columns={CERTIFICATION_AUTHORITY_COLUMNS}
              getRowId={(ca) => ca.id}
              ariaLabel="Certification authorities"
              className={styles.grid}
              defaultSort={{ sortColumn: 'displayName', sortDirection: 'ascending' }}
              hrefOfRow={(ca) => certificationAuthorityPath(ca.id)}
              // Named after the CA alone: an issuing CA's row also shows its root's name, which made rows ambiguous.
              rowLabel={(ca) => ca.displayName}
              testIdPrefix="ca-row-"
            />
          ) : (
            <Text className={styles.noMatches}>No certification authorities match “{search.trim()}”.</Text>
          )}
        </>
      )}
    </CloudPkiBlade>
  );
}
