// Collects every Content-Security-Policy violation a page meets: the `securitypolicyviolation` events the document
// fires (CSP3 §5.1) and the console errors Chromium logs for blocked inline scripts and styles.
import type { Page } from '@playwright/test';

export interface CspViolation {
  source: 'event' | 'console';
  text: string;
}

/** Call before the first navigation: the listener is installed into every document the page loads. */
export async function recordCspViolations(page: Page): Promise<CspViolation[]> {
  const violations: CspViolation[] = [];
  // A binding and an init script run outside the page's policy, so recording needs no exception in it.
  await page.exposeBinding('__reportCspViolation', ({ frame }, text: string) => {
    violations.push({ source: 'event', text: `${frame.url()}: ${text}` });
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { __reportCspViolation: (text: string) => void }).__reportCspViolation;
      report(`${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`);
    });
  });
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push({ source: 'console', text: message.text() });
  });
  return violations;
}
