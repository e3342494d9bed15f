// Resolving the file names TLS settings give: bases, path maps, and whether the checkout should hold the file.
import { describe, expect, it } from 'vitest';
import { resolveNamedFile } from '../../src/model/files.js';

const resolution = { base: '/repo/nginx', baseKnown: true, root: '/repo', pathMaps: [{ from: '/etc/nginx', to: '/repo/nginx' }] };

describe('resolveNamedFile', () => {
  it('resolves relative names against the base, inside the checkout when the base is known', () => {
    expect(resolveNamedFile('tls/a.pem', resolution)).toEqual({ path: '/repo/nginx/tls/a.pem', inCheckout: true });
    expect(resolveNamedFile('tls/a.pem', { ...resolution, baseKnown: false })).toEqual({ path: '/repo/nginx/tls/a.pem', inCheckout: false });
    expect(resolveNamedFile('../../outside.pem', resolution)).toEqual({ path: '/outside.pem', inCheckout: false });
  });

  it('maps absolute names; mapped or inside the root is in the checkout, anything else is not', () => {
    expect(resolveNamedFile('/etc/nginx/tls/a.pem', resolution)).toEqual({ path: '/repo/nginx/tls/a.pem', inCheckout: true });
    expect(resolveNamedFile('/repo/certs/a.pem', resolution)).toEqual({ path: '/repo/certs/a.pem', inCheckout: true });
    expect(resolveNamedFile('/etc/letsencrypt/live/a/fullchain.pem', resolution)).toEqual({ path: '/etc/letsencrypt/live/a/fullchain.pem', inCheckout: false });
    expect(resolveNamedFile('/repository/a.pem', resolution)?.inCheckout).toBe(false);
  });

  it('leaves variables, placeholders and key URIs alone', () => {
    for (const value of ['', '$ssl_server_name.pem', '{env.CERT}', 'data:$cert', 'engine:pkcs11:key', 'store:file:/x']) expect(resolveNamedFile(value, resolution)).toBeUndefined();
  });
});
