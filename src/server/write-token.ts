import { createHash, timingSafeEqual } from 'node:crypto';

/**
 * Checks `Authorization: Bearer <token>` against the configured write token in constant time
 * (both sides hashed first, so their lengths never leak). No token configured: writes disabled.
 */
export function requestCanWrite(request: Request, token: string | undefined): boolean {
  if (!token) return false;
  const header = request.headers.get('authorization') ?? '';
  const match = /^Bearer\s+(.+)$/i.exec(header.trim());
  if (!match) return false;
  const digest = (value: string) => createHash('sha256').update(value).digest();
  return timingSafeEqual(digest(match[1]!), digest(token));
}
