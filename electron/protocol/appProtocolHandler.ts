import { readFile, stat } from 'node:fs/promises';
import type { Protocol } from 'electron';
import { CONTENT_SECURITY_POLICY } from '@shared/security/csp';
import { logger } from '../log/logger';
import { APP_SCHEME } from './appUrl';
import { contentTypeFor } from './contentTypes';
import { resolveAppPath } from './resolveAppPath';

export type AppProtocolHandler = (request: Request) => Promise<Response>;

const ALLOWED_METHODS: readonly string[] = ['GET', 'HEAD'];

/** Sent on every response, errors included, so no document from this scheme is ever unprotected. */
export function securityHeaders(contentType: string): Record<string, string> {
  return {
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'Content-Type': contentType,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cross-Origin-Resource-Policy': 'same-origin',
    'Cache-Control': 'no-store',
  };
}

function textResponse(status: number, body: string): Response {
  return new Response(body, { status, headers: securityHeaders('text/plain; charset=utf-8') });
}

async function isRegularFile(filePath: string): Promise<boolean> {
  try {
    return (await stat(filePath)).isFile();
  } catch {
    return false;
  }
}

async function serveFile(filePath: string, method: string): Promise<Response> {
  if (!(await isRegularFile(filePath))) return textResponse(404, 'Not found');
  const headers = securityHeaders(contentTypeFor(filePath));
  if (method === 'HEAD') return new Response(null, { status: 200, headers });
  const bytes = await readFile(filePath);
  return new Response(new Uint8Array(bytes), { status: 200, headers });
}

/**
 * Serves the built renderer from `rootDir` and nothing else: read-only methods, paths
 * resolved and contained by `resolveAppPath`, 400 for anything malformed, 404 for
 * anything absent.
 */
export function createAppProtocolHandler(rootDir: string): AppProtocolHandler {
  return async (request) => {
    if (!ALLOWED_METHODS.includes(request.method)) return textResponse(405, 'Method not allowed');
    const resolved = resolveAppPath(request.url, rootDir);
    if (!resolved.ok) {
      logger.warn('protocol.rejected', { reason: resolved.reason });
      return textResponse(400, 'Bad request');
    }
    try {
      return await serveFile(resolved.filePath, request.method);
    } catch {
      logger.error('protocol.read-failed');
      return textResponse(500, 'Internal error');
    }
  };
}

export function registerAppProtocol(protocol: Protocol, rootDir: string): void {
  protocol.handle(APP_SCHEME, createAppProtocolHandler(rootDir));
}
