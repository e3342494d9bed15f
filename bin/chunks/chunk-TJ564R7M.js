import { createRequire as __tlslintCreateRequire } from 'node:module';
const require = __tlslintCreateRequire(import.meta.url);

// src/syntax/ast.ts
function* walkDirectives(directives) {
  for (const d of directives) {
    yield d;
    if (d.children) yield* walkDirectives(d.children);
  }
}

export {
  walkDirectives
};
