// include-not-found: an include names a file that does not exist; the server would refuse the configuration.
import { defineRule } from '../src/engine/define-rule.js';

export default defineRule({
  id: 'include-not-found',
  description: 'An include names a file that does not exist',
  howToFix: 'Fix the path, or map it into the checkout with `--map`',
  severity: 'error',
  tags: ['include'],
  profiles: ['modern', 'intermediate', 'old'],
  securitySeverity: 0,
  messages: {
    loader: (p: { message: string }) => p.message,
  },
  check(model, ctx) {
    // A glob that matches nothing is no error for nginx (ngx_conf_include); the loader only records real misses.
    for (const file of model.files) {
      for (const diagnostic of file.diagnostics) {
        if (diagnostic.ruleId === 'include-not-found') ctx.report('loader', { message: diagnostic.message }, diagnostic.range);
      }
    }
  },
});
