// Whether a server or section redirects every request (mod_alias Redirect, RedirectMatch; mod_rewrite RewriteRule with R): the endpoint's httpRedirect, and a header scope's `returns`.
import type { HttpRedirect } from '../../model/types.js';
import type { Read } from './context.js';

/**
 * A redirect of every request: `Redirect [status] / URL`, `RedirectPermanent / URL`, `RedirectMatch
 * [status] ^ URL` (or `^/(.*)$`, `(.*)`), or a RewriteRule to an https URL with the R flag, at vhost level.
 */
export function redirectOf(own: readonly Read[]): HttpRedirect | null {
  for (const read of own) {
    const target = redirectTarget(read);
    if (target !== undefined) return { toHttps: /^https:\/\//i.test(target), source: read.range };
  }
  return null;
}

/** Whether `own` redirects every request (redirectOf), without making the redirect. */
export function redirectsAll(own: readonly Read[]): boolean {
  for (const read of own) if (redirectTarget(read) !== undefined) return true;
  return false;
}

export const CATCH_ALL_PATTERNS = new Set(['^', '^/', '/', '(.*)', '^(.*)$', '^/(.*)$', '^/(.*)', '^(.*)', '.*', '^.*$', '^/?(.*)$', '^/?(.*)']);

function redirectTarget(read: Read): string | undefined {
  const values = read.values;
  if (read.name === 'redirect' || read.name === 'redirectpermanent' || read.name === 'redirecttemp') {
    const [path, url] = values.length >= 3 ? [values[1], values[2]] : [values[0], values[1]];
    return path === '/' && url !== undefined ? url : undefined;
  }
  if (read.name === 'redirectmatch') {
    const [pattern, url] = values.length >= 3 ? [values[1], values[2]] : [values[0], values[1]];
    return pattern !== undefined && CATCH_ALL_PATTERNS.has(pattern) && url !== undefined ? url : undefined;
  }
  if (read.name === 'rewriterule') {
    const [pattern, url, flags = ''] = values;
    if (pattern === undefined || url === undefined || !CATCH_ALL_PATTERNS.has(pattern)) return undefined;
    return /^\[(?:.*,)?R(=\d+)?(,.*)?\]$/i.test(flags) ? url : undefined;
  }
  return undefined;
}
