'use client';
import NextLink from 'next/link';
import { AccountMenu } from './account-menu';
import { HeaderSearch } from './header-search';
import { ThemeToggle } from './theme-toggle';
import { useHeaderBarStyles } from './header-bar.styles';

export function HeaderBar() {
  const styles = useHeaderBarStyles();
  return (
    <header className={styles.root}>
      <NextLink href="/" className={styles.productName}>
        Cloud PKI portal
      </NextLink>
      <div className={styles.search}>
        <HeaderSearch />
      </div>
      <div className={styles.actions}>
        <ThemeToggle className={styles.onBrandButton} />
        <AccountMenu className={styles.onBrandButton} />
      </div>
    </header>
  );
}
