// Conditional GET (RFC 9110 §13): relying parties and proxies that already hold the current CRL get 304 and no body.

export interface Validators {
  /** A strong entity tag, quoted: `"…"`. */
  etag: string;
  lastModified: Date;
}

/** True when the request's preconditions say the client's copy is current (RFC 9110 §13.2.2 order). */
export function isNotModified(headers: Headers, validators: Validators): boolean {
  const ifNoneMatch = headers.get('if-none-match');
  if (ifNoneMatch !== null) {
    // §13.1.2: weak comparison, "*" matches any current representation.
    const tags = ifNoneMatch.split(',').map((tag) => tag.trim().replace(/^W\//, ''));
    return tags.includes('*') || tags.includes(validators.etag);
  }
  // §13.1.3: If-Modified-Since only counts without If-None-Match; an unparsable date is ignored.
  const ifModifiedSince = Date.parse(headers.get('if-modified-since') ?? '');
  return !Number.isNaN(ifModifiedSince) && Math.floor(validators.lastModified.getTime() / 1000) * 1000 <= ifModifiedSince;
}

export function validatorHeaders(validators: Validators): Record<string, string> {
  return { ETag: validators.etag, 'Last-Modified': validators.lastModified.toUTCString() };
}
