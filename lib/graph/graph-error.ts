// Graph error bodies: `{"error":{"code","message"}}` with the matching HTTP status.

export type GraphErrorCode =
  | 'BadRequest'
  | 'Unauthorized'
  | 'Forbidden'
  | 'ResourceNotFound'
  | 'Conflict'
  | 'MethodNotAllowed'
  | 'RequestEntityTooLarge'
  | 'InternalServerError';

const STATUS_OF: Record<GraphErrorCode, number> = {
  BadRequest: 400,
  Unauthorized: 401,
  Forbidden: 403,
  ResourceNotFound: 404,
  MethodNotAllowed: 405,
  Conflict: 409,
  RequestEntityTooLarge: 413,
  InternalServerError: 500,
};

/** Thrown anywhere below a route handler; the route wrapper turns it into a Graph error response. */
export class GraphError extends Error {
  readonly status: number;
  constructor(
    readonly code: GraphErrorCode,
    message: string,
  ) {
    super(message);
    this.status = STATUS_OF[code];
  }

  toBody() {
    return { error: { code: this.code, message: this.message } };
  }
}
