// The nginx dialect: which files are nginx configs, how to load them, how to read them into the model.
import type { Dialect } from '../dialect.js';
import { isNginxConfigPath, nginxFinder } from './detect.js';
import { loadNginx } from './load.js';
import { buildNginxModel } from './model.js';
import { nginxNames } from './names.js';
import { renderNginx } from './render.js';

export const nginx: Dialect = {
  ...nginxFinder,
  load: loadNginx,
  buildModel: buildNginxModel,
  names: nginxNames,
  render: renderNginx,
};

export { isNginxConfigPath };
