// The Apache httpd dialect: which files are Apache configs, how to load them, how to read them into the model.
import type { Dialect } from '../dialect.js';
import { isApacheConfigPath } from './detect.js';
import { loadApache } from './load.js';
import { buildApacheModel } from './model.js';
import { apacheNames } from './names.js';
import { renderApache } from './render.js';
import { APACHE_DEFAULT_VERSION } from './versions.js';

export const apache: Dialect = {
  id: 'apache',
  defaultServerVersion: APACHE_DEFAULT_VERSION,
  mainFileNames: ['apache2.conf', 'httpd.conf'],
  detect: isApacheConfigPath,
  load: loadApache,
  buildModel: buildApacheModel,
  names: apacheNames,
  render: renderApache,
};
