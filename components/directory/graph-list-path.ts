// The Graph request behind a list page: filtering and paging happen on the server, over all rows.

export const PAGE_SIZE = 20;

interface GraphListOptions {
  search?: string;
  /** 1-based. */
  page?: number;
  pageSize?: number;
  /** An OData $expand value, e.g. 'members($select=id)'. */
  expand?: string;
}

/**
 * `/beta/users?$top=20&$skip=40&$count=true&$search="adele"`. Values are percent-encoded here: the Graph SDK copies
 * query values into the URL as they are, and a search for "a&b" must stay one value.
 */
export function graphListPath(collection: string, { search, page = 1, pageSize = PAGE_SIZE, expand }: GraphListOptions): string {
  const options: [string, string][] = [
    ['$top', String(pageSize)],
    ['$skip', String((page - 1) * pageSize)],
    ['$count', 'true'],
  ];
  const term = search?.trim();
  // Graph's $search takes a quoted phrase; a quote inside would end it early, so it is dropped.
  if (term) options.push(['$search', `"${term.replaceAll('"', '')}"`]);
  if (expand) options.push(['$expand', expand]);
  return `${collection}?${options.map(([name, value]) => `${name}=${encodeURIComponent(value)}`).join('&')}`;
}
