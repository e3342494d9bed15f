// certificate-file-missing: a certificate, key, CA or DH parameter file the config names is not where the server would read it.
import { isAbsolute, relative } from 'node:path';
import { defineRule } from '../src/engine/define-rule.js';
import { certificateFacts } from '../src/model/facts.js';
import type { FileReference } from '../src/model/types.js';

/** How messages name each kind of file: neutral words, never a directive. */
const ROLE_WORDS: Record<FileReference['role'], string> = {
  certificate: 'certificate file',
  key: 'key file',
  chain: 'certificate chain file',
  'trusted-certificate': 'CA certificate file',
  dhparam: 'DH parameters file',
};

export default defineRule({
  id: 'certificate-file-missing',
  description: 'A certificate, key, CA or DH parameters file the config names does not exist',
  howToFix: 'Point the setting at the file that exists, or add the file; with files deployed outside the checkout, map their directory in with `--map`',
  severity: 'error',
  tags: ['certificate'],
  profiles: ['modern', 'intermediate', 'old'],
  securitySeverity: 5.0,
  messages: {
    missing: (p: { role: string; value: string; where: string }) =>
      `Missing ${p.role} "${p.value}"${p.where}: the server refuses to start`,
  },
  check(model, ctx) {
    // No named file was looked for and found missing: none needs a look.
    if (!certificateFacts(model).missingFile) return;
    // Only files the checkout should hold (inside the root, or under a path map) are judged: a path
    // elsewhere (/etc/letsencrypt/...) is unknown, and the run counts those in one note instead.
    for (const endpoint of model.endpoints) {
      for (const file of endpoint.files) {
        if (file.exists !== false || !file.inCheckout || !file.path) continue;
        const value = file.setting.value;
        // A mapped absolute path says where it was looked for, relative to the root when inside it.
        const inRoot = relative(ctx.options.root, file.path);
        const shown = inRoot.startsWith('..') || isAbsolute(inRoot) ? file.path : inRoot;
        const where = isAbsolute(value) && file.path !== value ? ` (looked for ${shown})` : '';
        ctx.report('missing', { role: ROLE_WORDS[file.role], value, where }, file.setting.valueRange ?? file.setting.source ?? endpoint.range);
      }
    }
  },
});
