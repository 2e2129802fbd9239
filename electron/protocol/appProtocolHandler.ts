import { readFile, realpath, stat } from 'node:fs/promises';
import { isAbsolute, relative, resolve, sep } from 'node:path';
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

function isInside(root: string, filePath: string): boolean {
  const fromRoot = relative(root, filePath);
  return fromRoot !== '' && fromRoot !== '..' && !fromRoot.startsWith(`..${sep}`) && !isAbsolute(fromRoot);
}

/**
 * `resolveAppPath` contains the path as written; a symlink inside the bundle could still
 * point anywhere. The file is served from its real path, and only if that is inside the
 * real root (in Electron `realpath` also resolves links inside app.asar).
 */
async function realPathInside(realRoot: string, filePath: string): Promise<string | null> {
  let real: string;
  try {
    real = await realpath(filePath);
  } catch {
    return null;
  }
  if (isInside(realRoot, real)) return real;
  logger.warn('protocol.rejected', { reason: 'link-outside-root' });
  return null;
}

async function serveFile(filePath: string, method: string, realRoot: string): Promise<Response> {
  const real = await realPathInside(realRoot, filePath);
  if (real === null || !(await isRegularFile(real))) return textResponse(404, 'Not found');
  const headers = securityHeaders(contentTypeFor(filePath));
  if (method === 'HEAD') return new Response(null, { status: 200, headers });
  const bytes = await readFile(real);
  return new Response(new Uint8Array(bytes), { status: 200, headers });
}

/**
 * Serves the built renderer from `rootDir` and nothing else: read-only methods, paths
 * resolved and contained by `resolveAppPath`, 400 for anything malformed, 404 for
 * anything absent.
 */
export function createAppProtocolHandler(rootDir: string): AppProtocolHandler {
  let realRoot: Promise<string> | undefined;
  return async (request) => {
    if (!ALLOWED_METHODS.includes(request.method)) return textResponse(405, 'Method not allowed');
    const resolved = resolveAppPath(request.url, rootDir);
    if (!resolved.ok) {
      logger.warn('protocol.rejected', { reason: resolved.reason });
      return textResponse(400, 'Bad request');
    }
    try {
      realRoot ??= realpath(resolve(rootDir));
      return await serveFile(resolved.filePath, request.method, await realRoot);
    } catch {
      logger.error('protocol.read-failed');
      return textResponse(500, 'Internal error');
    }
  };
}

export function registerAppProtocol(protocol: Protocol, rootDir: string): void {
  protocol.handle(APP_SCHEME, createAppProtocolHandler(rootDir));
}
