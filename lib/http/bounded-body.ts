/**
 * Reads a request's body up to `limit` bytes, counting while it streams: a declared
 * Content-Length over the limit is refused unread, and a chunked body is cut off as soon as it
 * passes the limit, so that no request makes the server hold more than that.
 */
export async function readBoundedBody(request: Request, limit: number): Promise<Uint8Array | 'too_large'> {
  const declared = Number(request.headers.get('content-length') ?? 0);
  if (declared > limit) {
    await request.body?.cancel().catch(() => {});
    return 'too_large';
  }
  if (!request.body) return new Uint8Array();
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > limit) {
      await reader.cancel().catch(() => {});
      return 'too_large';
    }
    chunks.push(value);
  }
  const body = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return body;
}

/** A multipart form read within `limit` bytes; undefined when the body is not a form. */
export async function readBoundedForm(request: Request, limit: number): Promise<FormData | undefined | 'too_large'> {
  const body = await readBoundedBody(request, limit);
  if (body === 'too_large') return body;
  const contentType = request.headers.get('content-type') ?? '';
  return new Response(body as BodyInit, { headers: { 'content-type': contentType } }).formData().catch(() => undefined);
}
