// parse-error: a syntax error the loader met; the server would refuse the whole configuration.
import { defineRule } from '../src/engine/define-rule.js';

export default defineRule({
  id: 'parse-error',
  description: 'The configuration has a syntax error',
  howToFix: 'Fix the syntax at the reported position',
  severity: 'error',
  tags: ['syntax'],
  profiles: ['modern', 'intermediate', 'old'],
  securitySeverity: 0,
  messages: {
    loader: (p: { message: string }) => p.message,
  },
  check(model, ctx) {
    // The loader records the diagnostic where it happened; the rule only makes it a finding.
    for (const file of model.files) {
      for (const diagnostic of file.diagnostics) {
        if (diagnostic.ruleId === 'parse-error') ctx.report('loader', { message: diagnostic.message }, diagnostic.range);
      }
    }
  },
});
