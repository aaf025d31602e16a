const DATE_TIME = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeStyle: 'short' });

/** "Mar 1, 2026, 8:00 AM"; '—' for Graph's empty or missing times. */
export function formatDateTime(iso: string | undefined): string {
  return iso ? DATE_TIME.format(new Date(iso)) : '—';
}
