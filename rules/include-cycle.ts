// include-cycle: files include each other in a loop; the server would recurse until it runs out of files.
import { defineRule } from '../src/engine/define-rule.js';

export default defineRule({
  id: 'include-cycle',
  description: 'Configuration files include each other in a cycle',
  howToFix: 'Remove the include that closes the cycle',
  severity: 'error',
  tags: ['include'],
  profiles: ['modern', 'intermediate', 'old'],
  securitySeverity: 0,
  messages: {
    loader: (p: { message: string }) => p.message,
  },
  check(model, ctx) {
    // The loader detects the cycle once, at the include that closes it.
    for (const file of model.files) {
      for (const diagnostic of file.diagnostics) {
        if (diagnostic.ruleId === 'include-cycle') ctx.report('loader', { message: diagnostic.message }, diagnostic.range);
      }
    }
  },
});
