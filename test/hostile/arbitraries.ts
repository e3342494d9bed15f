// fast-check generators of hostile config bytes: arbitrary bytes, structured garbage and mutated corpus files.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import fc from 'fast-check';
import type { HostileParser } from './parsers.js';

/** Seed of every property run; `FC_SEED` replays another. */
export const FC_SEED = Number(process.env.FC_SEED ?? 20260406);

/** Cases per property: small for `npm test`, `npm run test:hostile` sets 10,000. */
export const FC_RUNS = Number(process.env.FC_RUNS ?? 500);

/**
 * Size of the timing inputs, set only by `npm run test:hostile` (1 MiB). Unset, no test compares wall-clock
 * times: `npm test` shares the CPUs with spawned processes, and its result must not depend on their load.
 */
export const LINEAR_BYTES = process.env.LINEAR_BYTES ? Number(process.env.LINEAR_BYTES) : undefined;

/** True under `npm run test:hostile`: slow cases that `npm test` samples run in full. */
export const FULL_STRENGTH = FC_RUNS >= 10_000;

/** fast-check parameters shared by the suites. */
export function runParameters(numRuns = FC_RUNS): fc.Parameters<unknown> {
  return { seed: FC_SEED, numRuns, endOnFailure: true };
}

/**
 * Licences, readmes and oracles that sit next to corpus configs but are not configs; and JSON, which sits
 * among the Caddyfile examples (examples/caddy/api/caddy.json) but is another syntax (its own property
 * tests: caddy-json-properties.test.ts).
 */
const NOT_CONFIG = /^(LICENSE.*|NOTICE|COPYRIGHT.*|README.*|PROVENANCE\.tsv|.*\.json)$/;

/** The corpus files of a parser, as bytes, keyed by path relative to its corpus directory. */
export function corpusBytes(parser: HostileParser): Map<string, Uint8Array> {
  const files = new Map<string, Uint8Array>();
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (!entry.name.startsWith('_')) walk(path);
      } else if (!NOT_CONFIG.test(entry.name)) {
        files.set(relative(parser.corpusDir, path), readFileSync(path));
      }
    }
  };
  walk(parser.corpusDir);
  return new Map([...files].sort(([a], [b]) => (a < b ? -1 : 1)));
}

/** Decodes bytes as the loaders do: UTF-8 with U+FFFD for invalid sequences, a leading BOM dropped. */
export function decode(bytes: Uint8Array): string {
  return new TextDecoder('utf-8').decode(bytes);
}

const encoder = new TextEncoder();

/** A piece of a mutated file: text, or raw bytes that need not be valid UTF-8. */
type Piece = string | Uint8Array;

function toBytes(pieces: readonly Piece[]): Uint8Array {
  const parts = pieces.map((piece) => (typeof piece === 'string' ? encoder.encode(piece) : piece));
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

/** Byte sequences that are not UTF-8: stray continuation, truncated and overlong sequences, surrogates. */
const INVALID_UTF8: readonly Uint8Array[] = [
  Uint8Array.of(0xff),
  Uint8Array.of(0x80),
  Uint8Array.of(0xc3),
  Uint8Array.of(0xe2, 0x82),
  Uint8Array.of(0xf0, 0x9f, 0x98),
  Uint8Array.of(0xc0, 0x80),
  Uint8Array.of(0xed, 0xa0, 0x80),
  Uint8Array.of(0xf4, 0x90, 0x80, 0x80),
];

/** What a half-edited file in a pre-commit hook tends to hold, beyond the dialect's own syntax. */
const HOSTILE_TEXT = [
  '\0', '\\', '\r', '\n', '\r\n', '\t', ' ', '\uFEFF', '\u2028', '\uFFFD', '\uD800', '\uDC00',
  '<<<<<<< HEAD\n', '=======\n', '>>>>>>> feature/tls\n', '||||||| merged common ancestors\n',
];

/** One inserted piece: the dialect's special characters, hostile text, invalid UTF-8 or random bytes. */
function payload(parser: HostileParser): fc.Arbitrary<Piece> {
  return fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom<Piece>(...parser.specials) },
    { weight: 3, arbitrary: fc.constantFrom<Piece>(...HOSTILE_TEXT) },
    { weight: 2, arbitrary: fc.constantFrom<Piece>(...INVALID_UTF8) },
    { weight: 1, arbitrary: fc.uint8Array({ minLength: 1, maxLength: 8 }) },
    { weight: 1, arbitrary: fc.constantFrom<Piece>(...parser.vocabulary) },
  );
}

/** One edit of a token list; positions are taken modulo its length when applied. */
type Mutation =
  | { kind: 'delete' | 'duplicate'; at: number }
  | { kind: 'swap'; at: number; other: number }
  | { kind: 'insert'; at: number; piece: Piece };

function mutation(parser: HostileParser): fc.Arbitrary<Mutation> {
  const at = fc.nat();
  return fc.oneof(
    { weight: 3, arbitrary: fc.record({ kind: fc.constantFrom('delete' as const, 'duplicate' as const), at }) },
    { weight: 2, arbitrary: fc.record({ kind: fc.constant('swap' as const), at, other: fc.nat() }) },
    { weight: 5, arbitrary: fc.record({ kind: fc.constant('insert' as const), at, piece: payload(parser) }) },
  );
}

/** Splits text into tokens and the separators between them, so that joining the parts gives the text back. */
export function splitTokens(text: string, specials: readonly string[]): string[] {
  const escaped = specials.map((s) => s.replace(/[\\^$.*+?()[\]{}|]/g, '\\$&')).join('|');
  return text.split(new RegExp(`(\\s+|${escaped})`)).filter((part) => part !== '');
}

function applyMutations(tokens: readonly string[], mutations: readonly Mutation[], truncate: number | null): Uint8Array {
  const pieces: Piece[] = [...tokens];
  for (const m of mutations) {
    const at = pieces.length === 0 ? 0 : m.at % (pieces.length + (m.kind === 'insert' ? 1 : 0));
    if (m.kind === 'insert') pieces.splice(at, 0, m.piece);
    else if (pieces.length === 0) continue;
    else if (m.kind === 'delete') pieces.splice(at, 1);
    else if (m.kind === 'duplicate') pieces.splice(at, 0, pieces[at]);
    else if (m.kind === 'swap') {
      const other = m.other % pieces.length;
      [pieces[at], pieces[other]] = [pieces[other], pieces[at]];
    }
  }
  const bytes = toBytes(pieces);
  // Byte-level: may cut a UTF-8 sequence in half, as an editor killed mid-save would.
  return truncate === null ? bytes : bytes.subarray(0, Math.floor(bytes.length * truncate));
}

/** A corpus file with 1 to 12 token edits (deletions, duplications, swaps, insertions), sometimes truncated. */
export function mutatedCorpus(parser: HostileParser, corpus: ReadonlyMap<string, Uint8Array>): fc.Arbitrary<{ file: string; bytes: Uint8Array }> {
  const names = [...corpus.keys()];
  const tokens = new Map(names.map((name) => [name, splitTokens(decode(corpus.get(name)!), parser.specials)]));
  return fc
    .record({
      file: fc.constantFrom(...names),
      mutations: fc.array(mutation(parser), { minLength: 1, maxLength: 12, size: 'max' }),
      truncate: fc.oneof({ weight: 4, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: fc.double({ min: 0, max: 1, noNaN: true }) }),
    })
    .map(({ file, mutations, truncate }) => ({ file, bytes: applyMutations(tokens.get(file)!, mutations, truncate) }));
}

/** Garbage made of the dialect's own vocabulary and hostile text: reaches far more grammar paths than random bytes. */
export function structuredGarbage(parser: HostileParser): fc.Arbitrary<Uint8Array> {
  return fc.array(fc.oneof(payload(parser), fc.constantFrom<Piece>(...parser.vocabulary), fc.string({ maxLength: 6 })), { maxLength: 300, size: 'max' }).map(toBytes);
}

/** Arbitrary bytes, sometimes behind a UTF-8 BOM. */
export function arbitraryBytes(): fc.Arbitrary<Uint8Array> {
  return fc.tuple(fc.boolean(), fc.uint8Array({ maxLength: 2048, size: 'max' })).map(([bom, bytes]) => (bom ? toBytes([Uint8Array.of(0xef, 0xbb, 0xbf), bytes]) : bytes));
}
