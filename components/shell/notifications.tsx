'use client';
import * as React from 'react';
import { Toast, Toaster, ToastTitle, useToastController, type ToastIntent } from '@fluentui/react-components';

const TOASTER_ID = 'portal-notifications';

/** The one toaster, top-right like the admin center's notifications; it lives in the shell so toasts survive navigation. */
export function PortalToaster() {
  return <Toaster toasterId={TOASTER_ID} position="top-end" pauseOnHover pauseOnWindowBlur />;
}

export function useNotify() {
  const { dispatchToast } = useToastController(TOASTER_ID);
  return React.useCallback(
    (title: string, intent: ToastIntent = 'success') =>
      dispatchToast(
        <Toast>
          <ToastTitle>{title}</ToastTitle>
        </Toast>,
        { intent },
      ),
    [dispatchToast],
  );
}
