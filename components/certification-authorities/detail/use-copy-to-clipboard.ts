'use client';
import * as React from 'react';
import { useNotify } from '@/components/shell/notifications';

/** Copies text and says so in a toast; when the browser refuses (no permission, not a secure context), says what to do. */
export function useCopyToClipboard() {
  const notify = useNotify();
  return React.useCallback(
    async (text: string, what: string) => {
      try {
        await navigator.clipboard.writeText(text);
        notify(`Copied the ${what}`);
      } catch {
        notify(`Couldn't copy to the clipboard. Select the ${what} and copy it instead.`, 'error');
      }
    },
    [notify],
  );
}
