/** What a blade shows when a Graph call fails: the server's `error.message` and the HTTP status. */
export interface GraphFailure {
  message: string;
  statusCode?: number;
}

const FALLBACK_MESSAGE = 'The request failed.';

export function toGraphFailure(error: unknown): GraphFailure {
  if (!(error instanceof Error)) return { message: FALLBACK_MESSAGE };
  const { statusCode, body } = error as Error & { statusCode?: unknown; body?: unknown };
  return {
    message: error.message || messageOfBinaryBody(body) || FALLBACK_MESSAGE,
    statusCode: typeof statusCode === 'number' && statusCode > 0 ? statusCode : undefined,
  };
}

/**
 * The SDK's GraphError copies `error.message` only from JSON responses; with responseType ARRAYBUFFER (file downloads)
 * the Graph error body arrives as bytes, so read it here.
 */
function messageOfBinaryBody(body: unknown): string | undefined {
  if (!(body instanceof ArrayBuffer)) return undefined;
  try {
    const parsed: unknown = JSON.parse(new TextDecoder().decode(body));
    const message = (parsed as { error?: { message?: unknown } }).error?.message;
    return typeof message === 'string' ? message : undefined;
  } catch {
    return undefined;
  }
}
