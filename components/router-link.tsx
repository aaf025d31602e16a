'use client';
import * as React from 'react';
import { useRouter } from 'next/navigation';
import { Link } from '@fluentui/react-components';

/** Client-side navigation for a real <a href>: plain clicks go through the router, modified clicks open tabs as usual. */
export function useRouterNavigation(href: string) {
  const router = useRouter();
  return React.useCallback(
    (event: React.MouseEvent<HTMLElement>) => {
      if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      event.preventDefault();
      router.push(href);
    },
    [router, href],
  );
}

interface RouterLinkProps {
  href: string;
  children: React.ReactNode;
  appearance?: 'default' | 'subtle';
  inline?: boolean;
  className?: string;
}

/** A Fluent Link that navigates with the Next router (a Next <Link> can't render a Fluent Link). */
export function RouterLink({ href, children, ...props }: RouterLinkProps) {
  const navigate = useRouterNavigation(href);
  return (
    <Link {...props} href={href} onClick={navigate}>
      {children}
    </Link>
  );
}
