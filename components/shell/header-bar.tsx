'use client';
import NextLink from 'next/link';
import { mergeClasses } from '@fluentui/react-components';
import { AccountMenu } from './account-menu';
import { HeaderSearch } from './header-search';
import { NavigationDrawerButton } from './navigation-drawer-button';
import { ThemeToggle } from './theme-toggle';
import { useHeaderBarStyles } from './header-bar.styles';

export function HeaderBar() {
  const styles = useHeaderBarStyles();
  return (
    <header className={styles.root}>
      <span className={styles.narrowOnly}>
        <NavigationDrawerButton className={styles.onBrandButton} />
      </span>
      <NextLink href="/" className={styles.productName}>
        Cloud PKI portal
      </NextLink>
      <div className={mergeClasses(styles.search, styles.wideOnly)}>
        <HeaderSearch />
      </div>
      <div className={styles.actions}>
        <ThemeToggle className={styles.onBrandButton} />
        <AccountMenu className={styles.onBrandButton} />
      </div>
    </header>
  );
}
