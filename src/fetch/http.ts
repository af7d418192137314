import { lookup as dnsLookup } from 'node:dns';
import http, { type IncomingHttpHeaders } from 'node:http';
import https from 'node:https';
import { isIP, type LookupFunction } from 'node:net';
import { brotliDecompress, gunzip, inflate, inflateRaw, type ZlibOptions } from 'node:zlib';
import { formatBytes } from '../ingest/bytes.js';
import { blockedAddressReason, parseIp } from './address.js';
import { BlockedAddressError, FetchError } from './errors.js';

/** One GET exchange, no redirects followed: what the politeness layer (`client.ts`) builds on. */
export interface ExchangeOptions {
  headers: Record<string, string>;
  allowPrivate: boolean;
  connectTimeoutMs: number;
  timeoutMs: number;
  /** Cap on the body, both as sent and after decoding gzip/deflate/br. */
  maxBytes: number;
  /** Name resolution under the address check (default `dns.lookup`); tests use it to fake DNS. */
  lookup?: LookupFunction;
  signal?: AbortSignal;
}

export interface RawResponse {
  url: URL;
  status: number;
  statusText: string;
  headers: IncomingHttpHeaders;
  /** Decoded body; empty for redirects and other non-2xx answers (they are not read). */
  body: Buffer;
  /** The IP address actually connected to. */
  address: string;
}

const ALLOW_HINT = 'allowPrivate permits it';

/**
 * Wraps a DNS lookup so that only public addresses come back; a name that resolves to nothing else
 * fails with a BlockedAddressError. Because the HTTP request connects only to what this returns,
 * a name that later resolves elsewhere (DNS rebinding) is checked again on every connection.
 */
export function guardedLookup(inner: LookupFunction = dnsLookup as LookupFunction): LookupFunction {
  return (hostname, options, callback) => {
    inner(hostname, { ...options, all: true }, (error, result, family) => {
      if (error) return callback(error, options.all ? [] : '');
      const list = typeof result === 'string' ? [{ address: result, family: family ?? isIP(result) }] : result;
      const allowed = list.filter((a) => blockedAddressReason(a.address) === null);
      const first = allowed[0];
      if (!first) {
        const shown = list.map((a) => `${a.address} (${blockedAddressReason(a.address)})`).join(', ') || 'no address';
        return callback(new BlockedAddressError(`refused: ${hostname} resolves to ${shown}; ${ALLOW_HINT}`), options.all ? [] : '');
      }
      if (options.all) callback(null, allowed);
      else callback(null, first.address, first.family);
    });
  };
}

const NETWORK_REASONS: Record<string, string> = {
  ECONNREFUSED: 'connection refused',
  ECONNRESET: 'connection reset by the server',
  ENOTFOUND: 'host not found (DNS)',
  EAI_AGAIN: 'DNS lookup failed (temporary)',
  EHOSTUNREACH: 'host unreachable',
  ENETUNREACH: 'network unreachable',
  ETIMEDOUT: 'connection timed out',
  EPIPE: 'connection closed by the server',
  ABORT_ERR: 'aborted',
};

/** Any error from the request as a FetchError whose message is a reason a person can act on. */
export function toFetchError(error: unknown): FetchError {
  if (error instanceof FetchError) return error;
  const code = (error as NodeJS.ErrnoException).code ?? '';
  const message = (error as Error).message ?? String(error);
  let reason = NETWORK_REASONS[code];
  if (!reason && code.startsWith('HPE_')) reason = `malformed HTTP response (${code})`;
  if (!reason && /CERT|TLS|SSL|SELF_SIGNED|UNABLE_TO_VERIFY/i.test(code)) reason = `TLS error (${code}: ${message})`;
  return new FetchError(reason ?? (code ? `${message} (${code})` : message), { cause: error });
}

type Decoder = (buf: Buffer, options: ZlibOptions, callback: (error: Error | null, result: Buffer) => void) => void;

/** zlib-wrapped deflate (RFC 1950) as the spec says, or raw deflate as some servers send. */
const hasZlibHeader = (b: Buffer): boolean => b.length >= 2 && (b[0]! & 0x0f) === 8 && ((b[0]! << 8) | b[1]!) % 31 === 0;

function decoderFor(coding: string, body: Buffer): Decoder | null {
  if (coding === 'gzip' || coding === 'x-gzip') return gunzip;
  if (coding === 'deflate') return hasZlibHeader(body) ? inflate : inflateRaw;
  if (coding === 'br') return brotliDecompress as Decoder;
  return null;
}

/** Undoes `Content-Encoding` (last applied first), never producing more than `maxBytes`. */
export async function decodeContent(body: Buffer, header: string | undefined, maxBytes: number): Promise<Buffer> {
  const codings = (header ?? '').toLowerCase().split(',').map((c) => c.trim()).filter((c) => c && c !== 'identity').reverse();
  let out = body;
  for (const coding of codings) {
    const decoder = decoderFor(coding, out);
    if (!decoder) throw new FetchError(`unsupported content-encoding "${coding}"`);
    const input = out;
    out = await new Promise<Buffer>((resolve, reject) =>
      decoder(input, { maxOutputLength: maxBytes }, (error, result) => {
        if (!error) return resolve(result);
        if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') reject(new FetchError(`response larger than the ${formatBytes(maxBytes)} limit once decoded (${coding})`));
        else reject(new FetchError(`corrupt ${coding} content (${error.message})`, { cause: error }));
      }),
    );
  }
  return out;
}

const seconds = (ms: number): string => `${+(ms / 1000).toFixed(2)} s`;

/** The address check for a host given as an IP literal (no DNS lookup happens for those). */
function literalRefusal(url: URL): BlockedAddressError | null {
  if (!parseIp(url.hostname)) return null;
  const why = blockedAddressReason(url.hostname);
  return why ? new BlockedAddressError(`refused: ${url.hostname.replace(/^\[|\]$/g, '')} is a ${why}; ${ALLOW_HINT}`) : null;
}

/**
 * One GET request over a fresh connection: every connection goes through the address check, both
 * in DNS resolution and on the socket's actual peer. 2xx bodies are read (capped) and decoded;
 * other answers are returned without their body.
 */
export function exchange(url: URL, options: ExchangeOptions): Promise<RawResponse> {
  const refusal = options.allowPrivate ? null : literalRefusal(url);
  if (refusal) return Promise.reject(refusal);
  if (options.signal?.aborted) return Promise.reject(new FetchError('aborted'));
  return new Promise<RawResponse>((resolve, reject) => {
    const inner = options.lookup ?? (dnsLookup as LookupFunction);
    const client = url.protocol === 'https:' ? https : http;
    const req = client.request(url, {
      method: 'GET',
      headers: options.headers,
      agent: false,
      lookup: options.allowPrivate ? inner : guardedLookup(inner),
    });
    let address = '';
    let done = false;
    const finish = (): boolean => {
      if (done) return false;
      done = true;
      clearTimeout(connectTimer);
      clearTimeout(totalTimer);
      options.signal?.removeEventListener('abort', onAbort);
      return true;
    };
    const fail = (error: unknown): void => {
      if (!finish()) return;
      req.destroy();
      reject(toFetchError(error));
    };
    const onAbort = (): void => fail(new FetchError('aborted'));
    const connectTimer = setTimeout(() => fail(new FetchError(`could not connect within ${seconds(options.connectTimeoutMs)}`)), options.connectTimeoutMs);
    const totalTimer = setTimeout(() => fail(new FetchError(`timed out after ${seconds(options.timeoutMs)}`)), options.timeoutMs);
    options.signal?.addEventListener('abort', onAbort, { once: true });

    req.on('socket', (socket) => {
      socket.once('connect', () => {
        clearTimeout(connectTimer);
        address = socket.remoteAddress ?? '';
        const why = options.allowPrivate ? null : blockedAddressReason(address);
        if (why) fail(new BlockedAddressError(`refused: ${url.hostname} connected to ${address}, a ${why}; ${ALLOW_HINT}`));
      });
    });
    req.on('error', fail);
    req.on('response', (res) => {
      const status = res.statusCode ?? 0;
      const base = { url, status, statusText: res.statusMessage ?? '', headers: res.headers, address };
      if (status < 200 || status >= 300) {
        res.resume();
        if (finish()) resolve({ ...base, body: Buffer.alloc(0) });
        req.destroy();
        return;
      }
      const declared = Number(res.headers['content-length']);
      if (declared > options.maxBytes) return fail(new FetchError(`response too large (${formatBytes(declared)} declared; limit ${formatBytes(options.maxBytes)})`));
      const chunks: Buffer[] = [];
      let size = 0;
      res.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size > options.maxBytes) fail(new FetchError(`response larger than the ${formatBytes(options.maxBytes)} limit; stopped reading`));
        else chunks.push(chunk);
      });
      const cut = (cause?: Error): void => fail(new FetchError(`connection closed before the response was complete (${formatBytes(size)} received)`, { cause }));
      res.on('error', cut);
      res.on('close', () => {
        if (!res.complete) cut();
      });
      res.on('end', () => {
        if (done) return;
        decodeContent(Buffer.concat(chunks), res.headers['content-encoding'], options.maxBytes).then(
          (body) => {
            if (finish()) resolve({ ...base, body });
          },
          fail,
        );
      });
    });
    req.end();
  });
}
