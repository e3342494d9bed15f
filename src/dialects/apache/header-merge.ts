// Merges a server's header tables per request as httpd does (mod_headers.c merge_headers_config, server/request.c stage order) into HeaderScopes whose ranges are made on demand (LineScope).
import { startOffsetOf, type SourceRange } from '../../syntax/range.js';
import { SourceText, Span } from '../../syntax/source.js';
import type { FixedAnswer, HeaderRemoval, HeaderScope, ResponseHeader } from '../../model/types.js';
import type { BuildContext, PathSection, ServerConfig } from './context.js';
import { applyHeaders, headerFile, headerStart, madeByAny, NO_HEADERS, type HeaderAction } from './headers.js';
import { EMPTY_REQUEST, RequestClasses, SHORT_LIST, type Request, type SectionInfo, type Stage } from './request-classes.js';

/** headerScopes worked out by merging the server's and its sections' header tables as httpd does. */
export function mergedScopes(
  server: ServerConfig, context: BuildContext, range: SourceRange, outer: readonly ResponseHeader[], ownActions: readonly HeaderAction[],
  serverAnswer: FixedAnswer | null, serverUnknown: boolean, paths: readonly PathSection[], sectionHeaders: boolean,
): HeaderScope[] {
  const serverHeaders = applyHeaders(outer, ownActions);
  const classes = sectionHeaders ? new RequestClasses(server, context, paths) : undefined;
  // The request's table, the table just before and after `own`'s lines are applied, and what the other
  // steps on the request's way removed for good. Each stage's list is merged once per table it starts
  // from (stageMerge), and requests share their lists (RequestClasses.interned): thousands of catch-all
  // sections, which every request sees, are merged once, not once per request (issue #14).
  // Made when a request is merged: most vhosts of a tree have none (their sections set no header).
  let stageMerges: Map<readonly ResponseHeader[], Map<readonly PathSection[], StageMerge>> | undefined;
  const stageMerge = (headers: readonly ResponseHeader[], paths: readonly PathSection[]): StageMerge => {
    let byList = (stageMerges ??= new Map()).get(headers);
    if (!byList) stageMerges.set(headers, (byList = new Map()));
    let done = byList.get(paths);
    if (done) return done;
    const steps = new Array<MergeStep>(paths.length);
    let unsetting: MergeStep[] | undefined;
    for (let index = 0; index < paths.length; index++) {
      const path = paths[index];
      mergeWork.steps++;
      const before = headers;
      const actions = path.info!.actions;
      headers = applyHeaders(headers, actions);
      // Only a step with `Header unset` lines can be where a header was removed for good (removedFor).
      const step: MergeStep = { actions, before, after: headers, unsetting: headers !== before && actions.some((a) => a.action === 'unset') };
      steps[index] = step;
      if (step.unsetting) (unsetting ??= []).push(step);
    }
    done = { headers, paths, steps, byPath: undefined, unsetting: unsetting ?? NO_STEPS };
    byList.set(paths, done);
    return done;
  };
  // A request is this server's own (RequestClasses), never EMPTY_REQUEST (tableOf): its merge is kept on it.
  const mergeOf = (request: Request): MergedRequest => {
    let done = request.merged;
    if (done) return done;
    let headers = serverHeaders;
    const stages: StageMerge[] = [];
    for (const stage of STAGES) {
      if (request[stage].length === 0) continue;
      const stageDone = stageMerge(headers, request[stage]);
      stages.push(stageDone);
      headers = stageDone.headers;
    }
    done = { headers, stages, removed: undefined, removedAfterServer: undefined };
    request.merged = done;
    return done;
  };
  // The server's own step, for a section's table: what its lines removed of the main server's headers.
  const serverStep: RemovingStep = { actions: ownActions, before: outer, after: serverHeaders };
  const serverRemoved = serverHeaders !== outer && outer.length > 0;
  /** What the server's own lines removed of the main server's headers (when serverRemoved), once asked. */
  let serverRemovals: readonly HeaderRemoval[] | undefined;
  /**
   * What the request's unsetting steps removed for good, after the server's own step when `afterServer`: once
   * per request, one list that every scope of the request shares (a list per scope without its own removals
   * was N lists of N with N sections that each unset a header).
   */
  const removedIn = (done: MergedRequest, afterServer: boolean): readonly HeaderRemoval[] => {
    const cached = afterServer ? done.removedAfterServer : done.removed;
    if (cached) return cached;
    const steps: RemovingStep[] = afterServer ? [serverStep] : [];
    for (const stage of done.stages) for (const step of stage.unsetting) steps.push(step);
    const removed = steps.length ? removedFor(steps, done.headers) : NO_REMOVALS;
    if (afterServer) done.removedAfterServer = removed;
    else done.removed = removed;
    return removed;
  };
  const tableOf = (request: Request | undefined, own: PathSection | null): { headers: readonly ResponseHeader[]; own: OwnStep; elsewhere: readonly HeaderRemoval[] } => {
    const afterServer = own !== null && serverRemoved;
    // A request no section that counts takes has the server's table.
    if (!request || request === EMPTY_REQUEST) return { headers: serverHeaders, own: serverStep, elsewhere: afterServer ? (serverRemovals ??= removedFor([serverStep], serverHeaders)) : NO_REMOVALS };
    const done = mergeOf(request);
    let step: MergeStep | undefined;
    if (own) for (let index = 0; index < done.stages.length && !step; index++) step = stepOf(done.stages[index], own);
    return { headers: done.headers, own: step ?? serverStep, elsewhere: removedIn(done, afterServer) };
  };
  // Whether one of a request's lists holds a section with an unread Include: once per list (they are shared).
  let unreadLists: Map<readonly PathSection[], boolean> | undefined;
  const unreadIn = (request: Request) => {
    if (!classes!.anyUnread) return false;
    for (const stage of STAGES) {
      const list = request[stage];
      let unread = (unreadLists ??= new Map()).get(list);
      if (unread === undefined) unreadLists.set(list, (unread = list.some((p) => context.unreadAt.has(p.section))));
      if (unread) return true;
    }
    return false;
  };
  const rootRequest = classes?.endpoint();
  const endpointUnknown = serverUnknown || (rootRequest !== undefined && unreadIn(rootRequest));
  const root = tableOf(rootRequest, null);
  // One scope per section and the server's: a list of exactly that length, kept as the endpoint's (no copy).
  const scopes = new Array<HeaderScope>(paths.length + 1);
  scopes[0] = withElsewhere(scopeOf(endpointSpec(context, server === context.main, serverAnswer, endpointUnknown), range, root.own, root.headers, ownActions), root.elsewhere);
  let next = 1;
  // A request no section with Header lines takes has the server's table, whichever section it stands for.
  let serverTable: ReturnType<typeof tableOf> | undefined;
  for (const path of paths) {
    const info = path.info!;
    const request = classes?.of(path);
    // A section answers with a redirect when the server or it or a section it is nested in does.
    let answer: FixedAnswer | null = serverAnswer;
    for (let at: PathSection | null = path; at && !answer; at = at.parent) if (at.info!.redirects) answer = 'redirect';
    let unknown = serverUnknown;
    // Most trees read every Include: no section then holds an unread one.
    if (context.unreadAt.size > 0) for (let at: PathSection | null = path; at && !unknown; at = at.parent) unknown = context.unreadAt.has(at.section);
    if (request && !unknown) unknown = unreadIn(request);
    const table = request === undefined || request !== EMPTY_REQUEST ? tableOf(request, path) : (serverTable ??= tableOf(request, path));
    scopes[next++] = withElsewhere(scopeOf(sectionSpec(info, answer, unknown), path.section.headRange, table.own, table.headers, info.actions), table.elsewhere);
  }
  return scopes;
}

const STAGES: readonly Stage[] = ['directory', 'files', 'location', 'if'];

const NO_REMOVALS: readonly HeaderRemoval[] = [];

/** A request's merged table, stage by stage, and what its unsetting steps removed for good (removedIn), once asked. */
export interface MergedRequest {
  headers: readonly ResponseHeader[];
  stages: readonly StageMerge[];
  removed: readonly HeaderRemoval[] | undefined;
  removedAfterServer: readonly HeaderRemoval[] | undefined;
}

/** One stage's list of sections merged over a table: each section's step, and the steps with `Header unset` lines that changed the table. */
interface StageMerge {
  headers: readonly ResponseHeader[];
  /** The list merged, and each section's step at the same index. */
  paths: readonly PathSection[];
  steps: readonly MergeStep[];
  /** The steps by section, for a long list (stepOf), once asked. */
  byPath: Map<PathSection, MergeStep> | undefined;
  unsetting: readonly MergeStep[];
}

/** `path`'s step in a stage's merge (the last, were it listed twice); undefined when the list does not hold it. */
function stepOf(stage: StageMerge, path: PathSection): MergeStep | undefined {
  const paths = stage.paths;
  if (paths.length <= SHORT_LIST) {
    for (let index = paths.length - 1; index >= 0; index--) if (paths[index] === path) return stage.steps[index];
    return undefined;
  }
  // A hostile tree's list of thousands, asked once per section: looked up, not scanned.
  if (!stage.byPath) {
    stage.byPath = new Map();
    for (let index = 0; index < paths.length; index++) stage.byPath.set(paths[index], stage.steps[index]);
  }
  return stage.byPath.get(path);
}

/** Another section's (or the vhost's) step on a request's way that changed its table. */
interface RemovingStep {
  actions: readonly HeaderAction[];
  before: readonly ResponseHeader[];
  after: readonly ResponseHeader[];
}

/** A section's step in a stage's merge; `unsetting` when it has `Header unset` lines and changed the table. */
interface MergeStep extends RemovingStep {
  unsetting: boolean;
}

const NO_STEPS: readonly MergeStep[] = [];

/**
 * Section steps merged so far in this process: the hostile tests count them to prove the merge linear in
 * the number of sections (test/hostile/apache-header-merge.test.ts).
 */
export const mergeWork = { steps: 0 };

/**
 * The `Header unset` lines of `steps` that removed a header the final table `headers` has no copy of, each
 * once (a file included twice has its lines in two steps).
 */
function removedFor(steps: readonly RemovingStep[], headers: readonly ResponseHeader[]): readonly HeaderRemoval[] {
  let removals: HeaderRemoval[] | undefined;
  let seen: Set<string> | undefined;
  let names: Set<string> | undefined;
  for (const step of steps) {
    for (const lost of lostIn(step)) {
      const name = lost.name.toLowerCase();
      if (headers.length > SHORT_TABLE) {
        // Each name of a long final table once (a hostile tree's thousands of headers), not once per lost header.
        if (!names) {
          names = new Set();
          for (const header of headers) names.add(`${header.always ? 'a' : 's'}${header.name.toLowerCase()}`);
        }
        if (names.has(`${lost.always ? 'a' : 's'}${name}`)) continue;
      } else if (headers.some((h) => h.name.toLowerCase() === name && h.always === lost.always)) continue;
      const unset = step.actions.find((a) => a.action === 'unset' && a.always === lost.always && a.key === name);
      const source = unset?.read.range;
      if (!unset || !source) continue;
      const key = rangeKey(source);
      if ((seen ??= new Set()).has(key)) continue;
      seen.add(key);
      (removals ??= []).push({ name: unset.name, source });
    }
  }
  return removals ?? NO_REMOVALS;
}

/**
 * The headers a step's lines removed or replaced: those before it that are not after it. A copy of lostIn's
 * list: it is kept as the scope's `dropped`, and a list grown by push holds room for 17.
 */
function droppedIn(step: OwnStep): readonly ResponseHeader[] {
  const dropped = lostIn(step);
  return dropped.length ? dropped.slice() : NO_HEADERS;
}

/** Tables up to this long are searched entry by entry; longer ones (a hostile tree's) through a Set. */
const SHORT_TABLE = 8;

/** The headers before a step that are not after it (the same directive's, in the same table), in order. */
function lostIn(step: OwnStep): readonly ResponseHeader[] {
  if (step.before === step.after) return NO_HEADERS;
  let lost: ResponseHeader[] | undefined;
  if (step.after.length <= SHORT_TABLE) {
    for (const header of step.before) if (!keeps(step.after, header)) (lost ??= []).push(header);
    return lost ?? NO_HEADERS;
  }
  // Looking each header up in a long `after` made a step with thousands of headers cost millions of comparisons.
  const kept = new Set<string>();
  for (const header of step.after) kept.add(headerKey(header));
  for (const header of step.before) if (!kept.has(headerKey(header))) (lost ??= []).push(header);
  return lost ?? NO_HEADERS;
}

/** Whether `headers` holds `header` (the same directive's, in the same table). */
function keeps(headers: readonly ResponseHeader[], header: ResponseHeader): boolean {
  for (const kept of headers) if (kept.always === header.always && headerStart(kept) === headerStart(header) && headerFile(kept) === headerFile(header)) return true;
  return false;
}

/** What keeps tells headers apart by: the table, and where the directive starts. */
function headerKey(header: ResponseHeader): string {
  return `${header.always ? 'a' : 's'}${headerFile(header)}\0${headerStart(header)}`;
}

/** `scope` (just made by scopeOf) with the removals on its request's way (removedIn), when there are any. */
function withElsewhere(scope: HeaderScope, removals: readonly HeaderRemoval[]): HeaderScope {
  if (removals.length) scope.removedElsewhere = removals;
  return scope;
}

/** A scope's own step in its request's merge: the table before and after its lines. */
interface OwnStep {
  before: readonly ResponseHeader[];
  after: readonly ResponseHeader[];
}

function rangeKey(range: SourceRange): string {
  return `${range.file}\0${startOffsetOf(range)}`;
}

function scopeOf(spec: ScopeSpec, range: SourceRange, step: OwnStep, headers: readonly ResponseHeader[], actions: readonly HeaderAction[]): HeaderScope {
  const shown = headers.length ? headers : NO_HEADERS;
  // A section without `Header` lines drops nothing and has nothing of its own.
  if (actions.length === 0) return new LineScope(spec, range, shown, NO_HEADERS, NO_HEADERS);
  // Counted first, then copied into a list of exactly that length: a list grown by push keeps room for 17 (scopes are many).
  let count = 0;
  for (const header of headers) if (madeByAny(header, actions)) count++;
  let own: readonly ResponseHeader[] = NO_HEADERS;
  // A scope whose lines made all its headers (a vhost's own, most often) has them as its own list.
  if (count === headers.length) own = shown;
  else if (count > 0) {
    const made = new Array<ResponseHeader>(count);
    let at = 0;
    for (const header of headers) if (madeByAny(header, actions)) made[at++] = header;
    own = made;
  }
  // What the scope's own lines removed or replaced, at their place in the request's merge.
  const scope = new LineScope(spec, range, shown, droppedIn(step), own);
  const removals = unsetsOf(actions);
  if (removals) scope.removals = removals;
  return scope;
}

/** A scope's own `Header unset` lines (its `removals`); undefined when it has none. */
export function unsetsOf(actions: readonly HeaderAction[]): HeaderRemoval[] | undefined {
  let removals: HeaderRemoval[] | undefined;
  for (const action of actions) if (action.action === 'unset') (removals ??= []).push({ name: action.name, source: action.read.range });
  return removals;
}

/**
 * What a header scope says besides its headers and range, one object for the scopes of every section (or vhost)
 * read alike: 62,000 scopes of a 10,000-vhost tree each held these five fields.
 */
export interface ScopeSpec {
  readonly kind: HeaderScope['kind'];
  readonly label: string;
  readonly catchAll: boolean;
  readonly returns: FixedAnswer | null;
  readonly headersUnknown: boolean;
}

const ANSWERS: readonly (FixedAnswer | null)[] = [null, 'redirect', 'body', 'error', 'close'];

/** The spec of a section's scope, shared with the sections of its head read before it with the same flags. */
function sectionSpec(info: SectionInfo, returns: FixedAnswer | null, unknown: boolean): ScopeSpec {
  // Sections of one head have the same flags in most trees: the last spec is kept, not one per flags (a list
  // per head cost a tree whose every section is its own more than the specs saved).
  const last = info.head.spec;
  if (last !== undefined && last.catchAll === info.catchAll && last.returns === returns && last.headersUnknown === unknown) return last;
  return (info.head.spec = { kind: 'path', label: info.head.label, catchAll: info.catchAll, returns, headersUnknown: unknown });
}

/** The spec of a vhost's (or the main server's) own scope, one per flags and model. */
function endpointSpec(context: BuildContext, main: boolean, returns: FixedAnswer | null, unknown: boolean): ScopeSpec {
  const slot = 4 * ANSWERS.indexOf(returns) + (unknown ? 2 : 0) + (main ? 1 : 0);
  return (context.endpointSpecs[slot] ??= { kind: 'endpoint', label: main ? 'main server' : 'VirtualHost', catchAll: false, returns, headersUnknown: unknown });
}

/**
 * A header scope of the Apache model: its spec, its headers, and its range. A section's range (its opening line)
 * is kept as offsets and made when asked, which rules do only to report or fix that section: 52,000 sections
 * of a 10,000-vhost tree each kept a span. The vhost's own scope keeps its range, the endpoint's.
 */
export class LineScope implements HeaderScope {
  declare removals?: readonly HeaderRemoval[];
  declare removedElsewhere?: readonly HeaderRemoval[];
  /** The range itself, or the file it is a span of (between rangeStart and rangeEnd). */
  private readonly at: SourceRange | SourceText;
  private readonly rangeStart: number;
  private readonly rangeEnd: number;

  constructor(
    readonly spec: ScopeSpec,
    range: SourceRange,
    readonly headers: readonly ResponseHeader[],
    readonly dropped: readonly ResponseHeader[],
    readonly ownHeaders: readonly ResponseHeader[],
  ) {
    const span = spec.kind === 'path' && range instanceof Span;
    this.at = span ? range.source : range;
    this.rangeStart = span ? range.startOffset : 0;
    this.rangeEnd = span ? range.endOffset : 0;
  }

  get kind(): HeaderScope['kind'] {
    return this.spec.kind;
  }

  get label(): string {
    return this.spec.label;
  }

  get catchAll(): boolean {
    return this.spec.catchAll;
  }

  get returns(): FixedAnswer | null {
    return this.spec.returns;
  }

  get headersUnknown(): boolean {
    return this.spec.headersUnknown;
  }

  get range(): SourceRange {
    const at = this.at;
    return at instanceof SourceText ? at.span(this.rangeStart, this.rangeEnd) : at;
  }
}
