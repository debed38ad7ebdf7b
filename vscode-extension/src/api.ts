/** What the UI controllers need from the running daemon; server.ts implements it over the client. */
export interface DaemonApi {
  /** Send a request to the daemon; rejects when the server is not running or answers an error. */
  request<R = unknown>(method: string, params: unknown): Promise<R>;
  /** Whether the daemon is running right now. */
  readonly running: boolean;
}

/** The message of an error from the daemon or the client (`-32602 ...` texts name the bad field). */
export function errorText(error: unknown): string {
  if (error instanceof Error) return error.message;
  if (error && typeof error === 'object' && 'message' in error) return String((error as { message: unknown }).message);
  return String(error);
}
