// Each dialect's words and edits, loaded eagerly: rules need them for every model, and they are small.
import type { DialectWording } from './dialect.js';
import type { DialectId } from './registry.js';
import { apacheNames } from './apache/names.js';
import { renderApache } from './apache/render.js';
import { caddyNames } from './caddy/names.js';
import { renderCaddy } from './caddy/render.js';
import { nginxNames } from './nginx/names.js';
import { renderNginx } from './nginx/render.js';

const WORDINGS: Record<DialectId, DialectWording> = {
  nginx: { names: nginxNames, render: renderNginx },
  apache: { names: apacheNames, render: renderApache },
  caddy: { names: caddyNames, render: renderCaddy },
};

/** How dialect `id` words findings and renders fixes. */
export function wordingOf(id: DialectId): DialectWording {
  return WORDINGS[id];
}
