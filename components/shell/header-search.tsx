'use client';
import * as React from 'react';
import { useRouter } from 'next/navigation';
import { SearchBox } from '@fluentui/react-components';
import { useHeaderSearchStyles } from './header-search.styles';

/** Global search: for now the only searchable resources are the CAs, so Enter opens the Cloud PKI list filtered by name. */
export function HeaderSearch() {
  const styles = useHeaderSearchStyles();
  const router = useRouter();
  const [term, setTerm] = React.useState('');

  const onSubmit = (event: React.FormEvent) => {
    event.preventDefault();
    const query = term.trim() ? `?${new URLSearchParams({ search: term.trim() })}` : '';
    router.push(`/tenant-administration/cloud-pki${query}`);
  };

  return (
    <form role="search" className={styles.root} onSubmit={onSubmit}>
      <SearchBox
        aria-label="Search certification authorities"
        placeholder="Search certification authorities"
        value={term}
        onChange={(_, data) => setTerm(data.value)}
        className={styles.box}
      />
    </form>
  );
}
