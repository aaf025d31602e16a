'use client';
import * as React from 'react';
import { usePathname } from 'next/navigation';
import { Toast, Toaster, ToastTitle, useToastController, type ToastIntent } from '@fluentui/react-components';

const TOASTER_ID = 'portal-notifications';
// Just under the 48 px header, beside the blade's title: one toast at a time stays clear of the command bar below it.
const TOAST_OFFSET = { vertical: 56 };

/** Live toasts, and whether each is to be shown on the page being navigated to (a "Created …" before the list opens). */
const liveToasts = new Map<string, { onNextPage: boolean }>();
let nextToastNumber = 0;

/** The one toaster, top-right like the admin center's notifications; a toast belongs to its blade and goes when the route changes. */
export function PortalToaster() {
  const pathname = usePathname();
  const { dismissToast } = useToastController(TOASTER_ID);
  React.useEffect(() => {
    for (const [toastId, toast] of liveToasts) {
      if (toast.onNextPage) toast.onNextPage = false;
      else dismissToast(toastId);
    }
  }, [pathname, dismissToast]);
  return <Toaster toasterId={TOASTER_ID} position="top-end" offset={TOAST_OFFSET} limit={1} pauseOnHover pauseOnWindowBlur />;
}

export function useNotify() {
  const { dispatchToast } = useToastController(TOASTER_ID);
  return React.useCallback(
    (title: string, intent: ToastIntent = 'success', { onNextPage = false }: { onNextPage?: boolean } = {}) => {
      const toastId = `portal-toast-${(nextToastNumber += 1)}`;
      liveToasts.set(toastId, { onNextPage });
      dispatchToast(
        <Toast>
          <ToastTitle>{title}</ToastTitle>
        </Toast>,
        { intent, toastId, onStatusChange: (_, { status }) => status === 'unmounted' && liveToasts.delete(toastId) },
      );
    },
    [dispatchToast],
  );
}
