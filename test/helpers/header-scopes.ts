// A model's header scopes written out as rules see them, for tests that compare two builds of the same scopes.
import type { HeaderRemoval, HeaderScope, ResponseHeader } from '../../src/model/types.js';
import type { SourceRange } from '../../src/syntax/range.js';

/**
 * `scopes` as text: every field, every header's and removal's words and places (written by `place`, which may
 * rebase lines), and which lists, headers and removals are one object (rules keep answers per list).
 */
export function describedScopes(scopes: readonly HeaderScope[], place: (range: SourceRange) => string): string {
  const ids = new Map<object, number>();
  const id = (thing: object) => {
    if (!ids.has(thing)) ids.set(thing, ids.size);
    return ids.get(thing);
  };
  const optional = (range: SourceRange | undefined) => (range ? place(range) : '-');
  const header = (h: ResponseHeader) => [
    `#${id(h)}`, h.always ? 'always' : 'onsuccess', `${h.name}=${h.value}`, h.dynamic ? 'dynamic' : 'static', h.level, place(h.source), place(h.valueRange),
    optional(h.statusFilter), optional(h.deferred), h.unsent ? `${h.unsent.meant}/${h.unsent.why}` : '-',
  ].join(' ');
  const list = (headers: readonly ResponseHeader[]) => `L${id(headers)}[${headers.map(header).join(', ')}]`;
  const removals = (list?: readonly HeaderRemoval[]) => (list ? `R${id(list)}[${list.map((r) => `#${id(r)} ${r.name} ${place(r.source)}`).join(', ')}]` : '-');
  return scopes.map((scope) => [
    scope.kind, scope.label, scope.catchAll, scope.returns, scope.headersUnknown, place(scope.range),
    `headers ${list(scope.headers)}`, `dropped ${list(scope.dropped)}`, `own ${list(scope.ownHeaders)}`,
    `removals ${removals(scope.removals)}`, `elsewhere ${removals(scope.removedElsewhere)}`,
  ].join(' | ')).join('\n');
}
