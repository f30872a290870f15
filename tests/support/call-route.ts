// Calls a Next route handler in-process with a real Request against the real test database.
type RouteContext = { params: Promise<Record<string, string>> };
type RouteHandler = (request: Request, context: RouteContext) => Promise<Response> | Response;

export async function callRoute(
  handler: unknown,
  url: string,
  init: RequestInit & { params?: Record<string, string> } = {},
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- JSON bodies are asserted field by field in tests
): Promise<{ status: number; body: any; headers: Headers; text: string }> {
  const { params = {}, ...requestInit } = init;
  const request = new Request(new URL(url, "http://127.0.0.1:3210"), requestInit);
  const response = await (handler as RouteHandler)(request, { params: Promise.resolve(params) });
  const text = await response.text();
  let body: unknown = null;
  try {
    body = JSON.parse(text);
  } catch {
    body = null;
  }
  return { status: response.status, body, headers: response.headers, text };
}
