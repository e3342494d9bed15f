// The nginx dialect: which files are nginx configs, how to load them, how to read them into the model.
import type { Dialect } from '../dialect.js';
import { isNginxConfigPath } from './detect.js';
import { loadNginx } from './load.js';
import { buildNginxModel } from './model.js';
import { NGINX_DEFAULT_VERSION } from './versions.js';

export const nginx: Dialect = {
  id: 'nginx',
  defaultServerVersion: NGINX_DEFAULT_VERSION,
  mainFileNames: ['nginx.conf'],
  detect: isNginxConfigPath,
  load: loadNginx,
  buildModel: buildNginxModel,
};

export { isNginxConfigPath };
