'use client';
import * as React from 'react';
import { DocumentMultiple24Regular } from '@fluentui/react-icons';
import { Blade } from '@/components/shell/blade';
import { leafCertificatesBreadcrumb } from './leaf-certificate-paths';

interface LeafCertificatesBladeProps {
  caId: string;
  /** Unknown while the CA loads. */
  caName?: string;
  commandBar: React.ReactNode;
  children: React.ReactNode;
}

/** "<CA> | All certificates": the frame of the certificate list and of its loading state. */
export function LeafCertificatesBlade({ caId, caName, commandBar, children }: LeafCertificatesBladeProps) {
  return (
    <Blade
      breadcrumb={leafCertificatesBreadcrumb(caId, caName)}
      title={caName ? `${caName} | All certificates` : 'All certificates'}
      icon={<DocumentMultiple24Regular />}
      commandBar={commandBar}
    >
      {children}
    </Blade>
  );
}
