/** HTTP plumbing: reading Bot API requests (JSON, urlencoded, multipart, query) and writing answers. */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { parseMultipart } from './multipart.js';

export interface UploadedFile {
  name: string;
  type: string;
  data: Buffer;
}

export type Params = Record<string, unknown>;

export interface ParsedRequest {
  token: string;
  method: string;
  params: Params;
  files: Record<string, UploadedFile>;
}

const readBody = async (req: IncomingMessage): Promise<Buffer> => {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
};

/** Returns null when the path is not `/bot<token>/<method>`. Throws on an unreadable body. */
export async function parseRequest(req: IncomingMessage): Promise<ParsedRequest | null> {
  const url = new URL(req.url ?? '/', 'http://fake.invalid');
  const match = /^\/bot([^/]+)\/([A-Za-z]+)\/?$/.exec(url.pathname);
  const body = await readBody(req);
  if (!match) return null;
  const params: Params = Object.fromEntries(url.searchParams);
  const files: Record<string, UploadedFile> = {};
  const type = (req.headers['content-type'] ?? '').toLowerCase();
  if (body.length > 0 && type.startsWith('application/json')) {
    Object.assign(params, JSON.parse(body.toString('utf8')) as Params);
  } else if (body.length > 0 && type.startsWith('multipart/form-data')) {
    for (const part of parseMultipart(body, req.headers['content-type']!)) {
      if (part.filename === undefined) params[part.name] = part.data.toString('utf8');
      else files[part.name] = { name: part.filename, type: part.type ?? 'application/octet-stream', data: part.data };
    }
  } else if (body.length > 0 && type.startsWith('application/x-www-form-urlencoded')) {
    Object.assign(params, Object.fromEntries(new URLSearchParams(body.toString('utf8'))));
  }
  return { token: decodeURIComponent(match[1]!), method: match[2]!, params, files };
}

export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  if (res.writableEnded || res.destroyed) return;
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
  res.end(text);
}

/** What nginx in front of the Bot API answers when the backend is down. */
export function sendNginxError(res: ServerResponse, status: number): void {
  if (res.writableEnded || res.destroyed) return;
  const reason = { 500: 'Internal Server Error', 502: 'Bad Gateway', 503: 'Service Unavailable', 504: 'Gateway Time-out' }[status] ?? 'Error';
  const html =
    `<html>\r\n<head><title>${status} ${reason}</title></head>\r\n<body>\r\n` +
    `<center><h1>${status} ${reason}</h1></center>\r\n<hr><center>nginx/1.18.0</center>\r\n</body>\r\n</html>\r\n`;
  res.writeHead(status, { 'content-type': 'text/html', 'content-length': Buffer.byteLength(html) });
  res.end(html);
}

// --- Parameter coercion: form fields arrive as strings, JSON fields may too.

export const num = (v: unknown): number | undefined => {
  if (typeof v === 'number') return v;
  if (typeof v === 'string' && /^-?\d+$/.test(v.trim())) return Number(v);
  return undefined;
};

export const str = (v: unknown): string | undefined =>
  typeof v === 'string' ? v : typeof v === 'number' ? String(v) : undefined;

export const bool = (v: unknown): boolean => v === true || v === 'true' || v === '1';

export const json = <T>(v: unknown): T | undefined => {
  if (typeof v !== 'string') return v as T | undefined;
  try {
    return JSON.parse(v) as T;
  } catch {
    return undefined;
  }
};
