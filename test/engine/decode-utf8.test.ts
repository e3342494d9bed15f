// decodeUtf8 trusts Node's native isUtf8 for well-formed files: it must agree with the byte-exact check it skips.
import { isUtf8 } from 'node:buffer';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeUtf8, firstInvalidUtf8 } from '../../src/engine/read-file.js';
import { runParameters } from '../hostile/arbitraries.js';

/** Bytes drawn mostly from the ranges where UTF-8 goes wrong: lead bytes, continuations, E0/ED/F0/F4 edges. */
const nearUtf8 = fc.array(fc.oneof(
  fc.integer({ min: 0, max: 0x7f }),
  fc.integer({ min: 0x80, max: 0xbf }),
  fc.constantFrom(0xc0, 0xc1, 0xc2, 0xdf, 0xe0, 0xed, 0xef, 0xf0, 0xf4, 0xf5, 0xff),
  fc.integer({ min: 0, max: 0xff }),
), { maxLength: 24 }).map((values) => Uint8Array.from(values));

describe('decodeUtf8', () => {
  it('finds an invalid byte exactly when isUtf8 refuses the file', () => {
    fc.assert(fc.property(nearUtf8, (bytes) => {
      expect(firstInvalidUtf8(bytes) === -1).toBe(isUtf8(bytes));
      const decoded = decodeUtf8(bytes);
      expect(decoded.invalid === undefined).toBe(isUtf8(bytes));
      expect(decoded.text).toBe(new TextDecoder('utf-8').decode(bytes));
    }), runParameters());
  });

  it('reports the first invalid sequence of a file that is not UTF-8', () => {
    expect(decodeUtf8(Uint8Array.from([0x61, 0xe2, 0x82, 0xac, 0xed, 0xa0, 0x80]))).toEqual({ text: 'a€\uFFFD\uFFFD\uFFFD', invalid: { byte: 0xed, offset: 2 } });
    expect(decodeUtf8(Uint8Array.from([0xef, 0xbb, 0xbf, 0x61]))).toEqual({ text: 'a' });
  });

  it('reads ASCII (copied as Latin-1, past the decoder) as the decoder does, from any view of a buffer', () => {
    fc.assert(fc.property(fc.array(fc.integer({ min: 0, max: 0x7f }), { maxLength: 64 }), fc.nat(8), (values, skip) => {
      const padded = Uint8Array.from([...Array.from({ length: skip }, () => 0xff), ...values, 0xff]);
      const view = padded.subarray(skip, skip + values.length);
      expect(decodeUtf8(view)).toEqual({ text: new TextDecoder().decode(view) });
    }), runParameters());
  });
});
