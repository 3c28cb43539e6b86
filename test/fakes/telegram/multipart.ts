/**
 * A tolerant multipart/form-data reader. grammY writes `content-disposition:form-data;name="x";filename=notes.txt`
 * (no spaces, unquoted filename), which Node's strict FormData parser refuses but Telegram accepts.
 */
export interface Part {
  name: string;
  filename?: string;
  type?: string;
  data: Buffer;
}

export function parseMultipart(body: Buffer, contentType: string): Part[] {
  const boundary = /boundary=(?:"([^"]+)"|([^;\s]+))/i.exec(contentType);
  const mark = boundary?.[1] ?? boundary?.[2];
  if (!mark) throw new Error('multipart body without boundary');
  const delimiter = Buffer.from(`--${mark}`);
  const parts: Part[] = [];
  let pos = body.indexOf(delimiter);
  while (pos >= 0) {
    const start = pos + delimiter.length;
    if (body.subarray(start, start + 2).toString() === '--') break; // closing delimiter
    const next = body.indexOf(delimiter, start);
    if (next < 0) throw new Error('multipart body is not terminated');
    const chunk = body.subarray(start + 2, next - 2); // strip the CRLFs around the part
    const split = chunk.indexOf('\r\n\r\n');
    if (split < 0) throw new Error('multipart part without headers');
    const headers = chunk.subarray(0, split).toString('utf8').split('\r\n');
    const data = chunk.subarray(split + 4);
    const header = (key: string) =>
      headers.find((h) => h.toLowerCase().startsWith(`${key}:`))?.slice(key.length + 1).trim();
    const disposition = header('content-disposition') ?? '';
    const param = (key: string) => new RegExp(`;\\s*${key}=(?:"([^"]*)"|([^;]*))`, 'i').exec(disposition);
    const name = param('name');
    const filename = param('filename');
    if (!name) throw new Error('multipart part without a name');
    parts.push({
      name: (name[1] ?? name[2] ?? '').trim(),
      ...(filename ? { filename: (filename[1] ?? filename[2] ?? '').trim() } : {}),
      ...(header('content-type') ? { type: header('content-type') } : {}),
      data: Buffer.from(data),
    });
    pos = next;
  }
  return parts;
}
