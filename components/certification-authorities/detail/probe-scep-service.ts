// GetCACaps (RFC 8894 §3.5.2) from the browser: the quick check support notes suggest for a SCEP URI.

export type ScepProbeResult = { isReachable: true; capabilities: string[] } | { isReachable: false; message: string };

export async function probeScepService(scepUrl: string): Promise<ScepProbeResult> {
  let response: Response;
  try {
    response = await fetch(`${scepUrl}?operation=GetCACaps`, { cache: 'no-store' });
  } catch (error) {
    // fetch rejects without a status on network failures and on cross-origin answers the browser may not read.
    const reason = error instanceof Error ? error.message : String(error);
    const isOtherOrigin = new URL(scepUrl).origin !== window.location.origin;
    return {
      isReachable: false,
      message: `The browser couldn't reach ${new URL(scepUrl).origin} (${reason}).${isOtherOrigin ? ' It is not the portal’s own address, so the browser may also have blocked the cross-origin answer; try the URL from a device.' : ''}`,
    };
  }
  const body = (await response.text()).trim();
  if (!response.ok) return { isReachable: false, message: `The SCEP service answered HTTP ${response.status}${body ? `: ${body}` : ''}` };
  return { isReachable: true, capabilities: body.split(/\r?\n/).map((line) => line.trim()).filter(Boolean) };
}
