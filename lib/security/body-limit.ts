// The largest request body the portal takes: a 10 MB PDF upload (MAX_PDF_UPLOAD_BYTES) and the rest of its form.
// next.config.ts gives server actions this limit; proxy.ts answers a larger body with 413 before Next reads it,
// because past its limit Next answers a server action with 500. Forms check file sizes in the browser first, so
// people see the message next to the field; this is for whatever else arrives.
export const MAX_REQUEST_BODY_BYTES = 11 * 1024 * 1024;

const WITH_BODY = new Set(["POST", "PUT", "PATCH", "DELETE"]);

/**
 * Why a request's body is refused before it is read, or null. Its length must be declared: browsers always do for
 * forms, and a chunked body could only be measured by reading it, which Next does after it is too late to answer
 * anything but 500.
 */
export function refusedBody(method: string, headers: Headers): { status: 411 | 413; message: string } | null {
  if (!WITH_BODY.has(method)) return null;
  const declared = headers.get("content-length");
  if (declared === null) {
    return headers.get("transfer-encoding")
      ? { status: 411, message: "Send the request with a Content-Length header." }
      : null;
  }
  if (!/^\d{1,15}$/.test(declared) || Number(declared) > MAX_REQUEST_BODY_BYTES) {
    return {
      status: 413,
      message: `This request is too large: the portal accepts at most ${MAX_REQUEST_BODY_BYTES / 1024 / 1024} MB, files included. Nothing was saved.`,
    };
  }
  return null;
}
