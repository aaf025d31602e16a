import { GraphError } from '@/lib/graph/graph-error';

// Any /graph path no route serves: a Graph error body rather than Next's HTML 404, as Graph clients expect.
// (Next matches every more specific route first.)
function notFound(request: Request): Response {
  const { pathname } = new URL(request.url);
  const error = new GraphError('ResourceNotFound', `Resource not found for the segment '${pathname.replace(/^\/graph/, '')}'.`);
  return Response.json(error.toBody(), { status: error.status });
}

export { notFound as GET, notFound as POST, notFound as PATCH, notFound as PUT, notFound as DELETE };
