// Browser-side helpers of the import page: the upload request with progress, and error shaping.

export type FieldError = { path: string; message: string };

export function megabytes(bytes: number) {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

// XMLHttpRequest rather than fetch: it reports upload progress, which matters for multi-megabyte files.
export function postImport(
  form: FormData,
  onProgress: (loaded: number, total: number) => void,
  onUploaded: () => void,
): Promise<{ status: number; body: unknown }> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open("POST", "/api/v1/imports");
    xhr.responseType = "text";
    xhr.upload.onprogress = (event) => onProgress(event.loaded, event.lengthComputable ? event.total : 0);
    xhr.upload.onload = onUploaded;
    xhr.onload = () => {
      let body: unknown = null;
      try {
        body = JSON.parse(xhr.responseText);
      } catch {
        body = null;
      }
      resolve({ status: xhr.status, body });
    };
    xhr.onerror = () => reject(new Error("The upload failed: check your connection and try again"));
    xhr.send(form);
  });
}

export function errorsOf(status: number, body: unknown): FieldError[] {
  const b = body as { errors?: FieldError[]; error?: { message?: string } } | null;
  if (b?.errors && Array.isArray(b.errors)) return b.errors;
  if (b?.error?.message) return [{ path: status === 409 ? "file" : "(request)", message: b.error.message }];
  return [{ path: "(request)", message: `The server answered ${status}` }];
}
