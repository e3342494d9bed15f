// The Apache httpd dialect: which files are Apache configs, how to load them, how to read them into the model.
import type { Dialect } from '../dialect.js';
import { apacheFinder } from './detect.js';
import { loadApache } from './load.js';
import { buildApacheModel } from './model.js';
import { apacheNames } from './names.js';
import { renderApache } from './render.js';

export const apache: Dialect = {
  ...apacheFinder,
  load: loadApache,
  buildModel: buildApacheModel,
  names: apacheNames,
  render: renderApache,
};
