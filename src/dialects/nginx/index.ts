// The nginx dialect: which files are nginx configs, how to load them, how to read them into the model.
import type { Dialect } from '../dialect.js';
import { isApacheConfigPath } from '../apache/detect.js';
import { isNginxConfigPath } from './detect.js';
import { loadNginx } from './load.js';
import { buildNginxModel } from './model.js';
import { nginxNames } from './names.js';
import { renderNginx } from './render.js';
import { NGINX_DEFAULT_VERSION } from './versions.js';

export const nginx: Dialect = {
  id: 'nginx',
  defaultServerVersion: NGINX_DEFAULT_VERSION,
  mainFileNames: ['nginx.conf'],
  // Apache's Debian layout has sites-enabled/ and conf.d/ too: those files are Apache's.
  detect: (path) => isNginxConfigPath(path) && !isApacheConfigPath(path),
  load: loadNginx,
  buildModel: buildNginxModel,
  names: nginxNames,
  render: renderNginx,
};

export { isNginxConfigPath };
