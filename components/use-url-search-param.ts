'use client';
import * as React from 'react';
import { usePathname, useSearchParams } from 'next/navigation';

/**
 * A list filter kept in the URL so a filtered view can be bookmarked and shared. Typing updates the URL with
 * history.replaceState, which Next's router observes without a server round trip per keystroke.
 */
export function useUrlSearchParam(name: string): [string, (value: string) => void] {
  const pathname = usePathname();
  const searchParams = useSearchParams();
  const urlValue = searchParams.get(name) ?? '';
  const [value, setValue] = React.useState(urlValue);

  // Follow navigations that change the parameter from outside, e.g. the header search. A value that no longer
  // matches the address bar is a late echo of our own replaceState while typing; taking it would drop keystrokes.
  React.useEffect(() => {
    if (urlValue === (new URLSearchParams(window.location.search).get(name) ?? '')) setValue(urlValue);
  }, [name, urlValue]);

  const update = React.useCallback(
    (next: string) => {
      setValue(next);
      const params = new URLSearchParams(window.location.search);
      if (next) params.set(name, next);
      else params.delete(name);
      const query = params.toString();
      window.history.replaceState(null, '', query ? `${pathname}?${query}` : pathname);
    },
    [name, pathname],
  );

  return [value, update];
}
