// A server's header scopes: merged (header-merge.ts), or filled in from the template of an earlier vhost written alike, for which the merge (mod_headers.c, request.c order) answers the same.
import { startOffsetOf, type SourceRange } from '../../syntax/range.js';
import type { FixedAnswer, HeaderRemoval, HeaderScope, ResponseHeader } from '../../model/types.js';
import { NO_READS, SERVER_LEVEL, VHOST_LEVEL, serverLevelUnread, type BuildContext, type PathSection, type Read, type ServerConfig } from './context.js';
import { actionsOf, headerFile, headerOf, headerStart, mainHeaders, NO_HEADERS, withHeaderValue, type HeaderAction } from './headers.js';
import { sectionInfo } from './request-classes.js';
import { LineScope, mergedScopes, unsetsOf, type ScopeSpec } from './header-merge.js';
import { redirectsAll } from './redirects.js';

/**
 * The request classes of a server's header table: the vhost (a document under DocumentRoot no other section
 * takes), then each section, read as the request that section stands for: its URL (a <Location> path) or
 * directory (a <Directory> path; DocumentRoot for the others) with every other section that request
 * matches merged in httpd's order. Each scope's `dropped` is what its own `Header` lines remove from
 * that request's table. Deviation: a regex section stands for a request no other regex section matches.
 * A vhost written as one before it (a kind, see TemplateKind) has its scopes filled in from that one's.
 */
export function headerScopes(server: ServerConfig, context: BuildContext, range: SourceRange): HeaderScope[] {
  const outer = server === context.main ? NO_HEADERS : mainHeaders(context);
  const ownActions = actionsOf(server.own, server === context.main ? SERVER_LEVEL : VHOST_LEVEL);
  const serverAnswer: FixedAnswer | null = redirectsAll(server.own) ? 'redirect' : null;
  const serverUnknown = serverLevelUnread(server, context);
  const paths = server === context.main || context.main.paths.length === 0 ? server.paths : [...context.main.paths, ...server.paths];
  // Every section's info is worked out (no early exit): the merge and the kinds read it.
  let sectionHeaders = false;
  for (let index = 0; index < paths.length; index++) if (sectionInfo(paths[index], index, context).actions.length > 0) sectionHeaders = true;
  const merge = () => mergedScopes(server, context, range, outer, ownActions, serverAnswer, serverUnknown, paths, sectionHeaders);
  // Without Header lines in sections every request has the server's table: no merge to save.
  if (!sectionHeaders || server === context.main) return merge();
  // All the kinds a model keeps were made and few vhosts were filled from them: the vhosts are not written alike.
  if (context.templateKinds >= MAX_TEMPLATE_KINDS && context.templateFills < context.templateKinds) return merge();
  templateWork.looked++;
  const slots = actionSlots(context, ownActions, paths);
  if (slots === undefined) return merge();
  const words = serverWords(server, paths, context);
  const redirects = serverAnswer !== null;
  const shape = shapeHash(paths, ownActions, words);
  let kinds = context.headerTemplates.get(shape);
  if (kinds) {
    for (const kind of kinds) {
      if (!sameShape(kind, paths, redirects, serverUnknown, context) || !sameWords(kind, slots, words)) continue;
      if (!kind.template) return merge();
      context.templateFills++;
      return fromTemplate(kind.template, slots, ownActions, paths, range);
    }
  }
  const scopes = merge();
  if ((kinds?.length ?? 0) < MAX_KINDS && context.templateKinds < MAX_TEMPLATE_KINDS) {
    if (!kinds) context.headerTemplates.set(shape, (kinds = []));
    context.templateKinds++;
    kinds.push({ paths, redirects, unknown: serverUnknown, slots, words, template: templateOf(scopes, slots, context) ?? null });
  }
  return scopes;
}

/**
 * The merge's answer for one kind of vhost, to be filled in for others of its kind (fromTemplate). Vhosts
 * written from one pattern (thousands in a large tree) have the same sections with the same Header lines:
 * their header scopes differ only in where each line stands. A template is one vhost's scopes with every
 * header and removal told by the line that made it (its slot, see actionSlots) and every list by index.
 */
interface HeaderTemplate {
  /** Each header: made by the line of `slot`, with `value` where a `merge` or `append` changed it, or a main-server header itself. */
  headers: readonly { slot: number; value: string | undefined; shared: ResponseHeader | null }[];
  /** Each list of headers: its headers by index, or a list every vhost shares (the main server's, the empty one). */
  lists: readonly { items: readonly number[]; shared: readonly ResponseHeader[] | null }[];
  /** Each removal (removedFor) by the slot of its `Header unset` line, and each list of them by index. */
  removals: readonly number[];
  removalLists: readonly (readonly number[])[];
  scopes: readonly TemplateScope[];
}

interface TemplateScope {
  spec: ScopeSpec;
  /** Indices into HeaderTemplate.lists, and into removalLists (-1: none). */
  headers: number;
  dropped: number;
  ownHeaders: number;
  elsewhere: number;
}

/** Slots are compared in pairs (actionSlots): a server with more Header lines than this is merged, not templated. */
const MAX_SLOTS = 32;

/**
 * Every `Header` line a server's merge reads, in one order (the main server's, the server's own, each section's)
 * that is the same for every vhost of a kind: a header's slot says which line made it. Undefined past MAX_SLOTS,
 * and when two slots are one line (a file included twice): the merge then tells their headers apart by place,
 * which a template (keyed by what the lines say) cannot see.
 */
function actionSlots(context: BuildContext, own: readonly HeaderAction[], paths: readonly PathSection[]): HeaderAction[] | undefined {
  const slots: HeaderAction[] = [];
  for (const action of context.mainActions!) slots.push(action);
  for (const action of own) slots.push(action);
  for (const path of paths) for (const action of path.info!.actions) slots.push(action);
  if (slots.length > MAX_SLOTS) return undefined;
  for (let index = 1; index < slots.length; index++) {
    for (let other = 0; other < index; other++) if (slots[other].start === slots[index].start && slots[other].file === slots[index].file) return undefined;
  }
  return slots;
}

/**
 * A kind of vhost: two vhosts of one shape (sameShape) whose Header lines say the same, line for line, and whose
 * server-level lines the merge reads (serverWords) are written alike have the same scopes, headers and
 * removals; only where each line stands differs. The first vhost of the kind's sections and lines, and its
 * template (null when it could not be made one).
 */
export interface TemplateKind {
  paths: readonly PathSection[];
  redirects: boolean;
  unknown: boolean;
  slots: readonly HeaderAction[];
  words: readonly Read[];
  template: HeaderTemplate | null;
}

/** Kinds kept per shape: a tree whose vhosts all say something else (a Content-Security-Policy each) is merged vhost by vhost. */
const MAX_KINDS = 16;

/**
 * Kinds kept per model. A kind holds its first vhost's sections and lines, which the model drops as soon as a
 * vhost is built otherwise: a tree whose every vhost has sections of its own is merged vhost by vhost, not kept.
 */
const MAX_TEMPLATE_KINDS = 256;

/** A number for sameShape's facts, which the kinds are kept by (a key string per vhost cost more than the merge it saved). */
function shapeHash(paths: readonly PathSection[], own: readonly HeaderAction[], words: readonly Read[]): number {
  let hash = own.length * 64 + words.length;
  for (const path of paths) hash = (Math.imul(hash, 31) + path.info!.head.id * 64 + path.info!.actions.length) | 0;
  return hash;
}

/**
 * Whether a vhost's sections are `kind`'s as the merge reads them besides the words of their lines: each
 * section's head (one SectionHead per text), its nesting, its ProxyPass verdict, whether it redirects or holds
 * an unread Include, its number of Header lines; and the server's redirect and unread Include. The main
 * server's part is the same for every vhost of the model.
 */
function sameShape(kind: TemplateKind, paths: readonly PathSection[], redirects: boolean, unknown: boolean, context: BuildContext): boolean {
  if (kind.paths.length !== paths.length || kind.redirects !== redirects || kind.unknown !== unknown) return false;
  const unread = context.unreadAt.size > 0;
  for (let index = 0; index < paths.length; index++) {
    const a = kind.paths[index];
    const b = paths[index];
    const known = a.info!;
    const info = b.info!;
    if (known.head !== info.head || known.proxy !== info.proxy || known.redirects !== info.redirects || known.actions.length !== info.actions.length) return false;
    if ((a.parent ? a.parent.info!.order : -1) !== (b.parent ? b.parent.info!.order : -1)) return false;
    if (unread && context.unreadAt.has(a.section) !== context.unreadAt.has(b.section)) return false;
  }
  return true;
}

/**
 * The server-level lines the merge reads besides its Header lines (RequestClasses): its ProxyPass lines, and
 * its DocumentRoot and Alias lines where a <Directory> section counts (they are read for nothing else).
 */
function serverWords(server: ServerConfig, paths: readonly PathSection[], context: BuildContext): readonly Read[] {
  let directoryCounts = false;
  for (const path of paths) {
    const info = path.info!;
    if (path.parent === null && info.head.match.stage === 'directory' && (info.actions.length > 0 || (context.unreadAt.size > 0 && context.unreadAt.has(path.section)))) directoryCounts = true;
  }
  let words: Read[] | undefined;
  for (const read of server.own) {
    if (read.name === 'proxypass' || (directoryCounts && (read.name === 'documentroot' || read.name === 'alias'))) (words ??= []).push(read);
  }
  return words ?? NO_READS;
}

/** Whether a vhost's Header lines (`slots`, in the order of a kind's: the shapes are the same) and server-level words say what `kind`'s do. */
function sameWords(kind: TemplateKind, slots: readonly HeaderAction[], words: readonly Read[]): boolean {
  if (kind.slots.length !== slots.length || kind.words.length !== words.length) return false;
  for (let index = 0; index < slots.length; index++) {
    const a = kind.slots[index];
    const b = slots[index];
    if (a.always !== b.always || a.action !== b.action || a.name !== b.name || a.value !== b.value) return false;
  }
  for (let index = 0; index < words.length; index++) {
    const a = kind.words[index];
    const b = words[index];
    if (a.name !== b.name || a.values.length !== b.values.length) return false;
    for (let at = 0; at < a.values.length; at++) if (a.values[at] !== b.values[at]) return false;
  }
  return true;
}

/** The template of a vhost's scopes (as headerScopes made them); undefined when one of its headers or removals came from no slot. */
function templateOf(scopes: readonly HeaderScope[], slots: readonly HeaderAction[], context: BuildContext): HeaderTemplate | undefined {
  const shared = context.mainHeaders!;
  const slotAt = (start: number, file: string) => {
    for (let index = 0; index < slots.length; index++) if (slots[index].start === start && slots[index].file === file) return index;
    return -1;
  };
  const headers: HeaderTemplate['headers'][number][] = [];
  const headerIndex = new Map<ResponseHeader, number>();
  const lists: HeaderTemplate['lists'][number][] = [];
  const listIndex = new Map<readonly ResponseHeader[], number>();
  const removals: number[] = [];
  const removalIndex = new Map<HeaderRemoval, number>();
  const removalLists: number[][] = [];
  const removalListIndex = new Map<readonly HeaderRemoval[], number>();
  let failed = false;
  const headerOfTemplate = (header: ResponseHeader): number => {
    let index = headerIndex.get(header);
    if (index !== undefined) return index;
    // A main-server header is the same object in every vhost's lists; any other was made by one of the slots.
    const isShared = shared.includes(header);
    const slot = isShared ? -1 : slotAt(headerStart(header), headerFile(header));
    if (!isShared && (slot < 0 || slots[slot].name !== header.name || slots[slot].always !== header.always)) failed = true;
    headers.push({ slot, value: slot >= 0 && header.value !== (slots[slot].value ?? '') ? header.value : undefined, shared: isShared ? header : null });
    headerIndex.set(header, (index = headers.length - 1));
    return index;
  };
  const listOf = (list: readonly ResponseHeader[]): number => {
    let index = listIndex.get(list);
    if (index !== undefined) return index;
    lists.push(list === NO_HEADERS || list === shared ? { items: [], shared: list } : { items: list.map(headerOfTemplate), shared: null });
    listIndex.set(list, (index = lists.length - 1));
    return index;
  };
  const removalListOf = (list: readonly HeaderRemoval[] | undefined): number => {
    if (list === undefined) return -1;
    let index = removalListIndex.get(list);
    if (index !== undefined) return index;
    const items = list.map((removal) => {
      let at = removalIndex.get(removal);
      if (at === undefined) {
        const slot = slotAt(startOffsetOf(removal.source), removal.source.file);
        if (slot < 0 || slots[slot].name !== removal.name) failed = true;
        removals.push(slot);
        removalIndex.set(removal, (at = removals.length - 1));
      }
      return at;
    });
    removalLists.push(items);
    removalListIndex.set(list, (index = removalLists.length - 1));
    return index;
  };
  const templateScopes = scopes.map((scope): TemplateScope => ({
    spec: (scope as LineScope).spec,
    headers: listOf(scope.headers),
    dropped: listOf(scope.dropped),
    ownHeaders: listOf(scope.ownHeaders),
    elsewhere: removalListOf(scope.removedElsewhere),
  }));
  return failed ? undefined : { headers, lists, removals, removalLists, scopes: templateScopes };
}

/** A vhost's scopes from the template of its kind: its own lines' headers, in the template's lists. */
function fromTemplate(template: HeaderTemplate, slots: readonly HeaderAction[], own: readonly HeaderAction[], paths: readonly PathSection[], range: SourceRange): HeaderScope[] {
  templateWork.filled++;
  const headers = new Array<ResponseHeader>(template.headers.length);
  for (let index = 0; index < headers.length; index++) {
    const { slot, value, shared } = template.headers[index];
    if (shared) headers[index] = shared;
    else {
      const made = headerOf(slots[slot]);
      headers[index] = value === undefined ? made : withHeaderValue(made, value);
    }
  }
  const lists = new Array<readonly ResponseHeader[]>(template.lists.length);
  for (let index = 0; index < lists.length; index++) {
    const { items, shared } = template.lists[index];
    if (shared) lists[index] = shared;
    else {
      const list = new Array<ResponseHeader>(items.length);
      for (let at = 0; at < items.length; at++) list[at] = headers[items[at]];
      lists[index] = list;
    }
  }
  const removals = template.removals.map((slot): HeaderRemoval => ({ name: slots[slot].name, source: slots[slot].read.range }));
  const removalLists = template.removalLists.map((items) => items.map((at) => removals[at]));
  const scopes = new Array<HeaderScope>(template.scopes.length);
  for (let index = 0; index < scopes.length; index++) {
    const made = template.scopes[index];
    const path = index === 0 ? null : paths[index - 1];
    const scope = new LineScope(made.spec, path ? path.section.headRange : range, lists[made.headers], lists[made.dropped], lists[made.ownHeaders]);
    // The scope's own `Header unset` lines, as scopeOf lists them.
    const unsets = unsetsOf(path ? path.info!.actions : own);
    if (unsets) scope.removals = unsets;
    if (made.elsewhere >= 0) scope.removedElsewhere = removalLists[made.elsewhere];
    scopes[index] = scope;
  }
  return scopes;
}

/** Vhosts whose kind was looked for, and those whose scopes were filled in from a template: the tests count them. */
export const templateWork = { looked: 0, filled: 0 };
