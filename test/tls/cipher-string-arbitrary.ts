// A fast-check generator of OpenSSL cipher strings over the whole grammar, valid and broken.
import fc from 'fast-check';
import { ALIASES_102, ALIASES_30 } from '../../src/tls/cipher-aliases.js';
import { KNOWN_SUITES } from '../../src/tls/openssl-builds.js';
import { OPENSSL_30_SUITES } from '../../src/tls/suites-3.0.data.js';

const aliasNames = [...new Set([...ALIASES_30, ...ALIASES_102].map((a) => a.name))];
const suiteNames = OPENSSL_30_SUITES.map((s) => s.openssl);
const legacyNames = [...KNOWN_SUITES.keys()].filter((n) => !suiteNames.includes(n));
const strays = [
  'DEFAULT', 'HIGHH', 'high', 'aes', 'ECDHE-RSA-AES128-GCM-SHA265', 'TLS_AES_128_GCM_SHA256', 'TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256',
  'kECDH', 'kDH', 'EXPORT', 'EXP', 'SSLv2', 'TLSv1.1', 'TLSv1.3', 'DES', 'SUITEB128', 'SUITEB192', 'PROFILE=SYSTEM', 'x', '-HIGH', 'HIGH-', 'A.B',
];

const name = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...aliasNames) },
  { weight: 4, arbitrary: fc.constantFrom(...suiteNames) },
  { weight: 1, arbitrary: fc.constantFrom(...legacyNames) },
  { weight: 1, arbitrary: fc.constantFrom(...strays) },
);

const part = fc.oneof({ weight: 4, arbitrary: name }, { weight: 2, arbitrary: fc.array(name, { minLength: 2, maxLength: 3 }).map((n) => n.join('+')) });

const special = fc.oneof(
  fc.constant('@STRENGTH'),
  fc.integer({ min: 0, max: 9 }).map((n) => `@SECLEVEL=${n}`),
  fc.constantFrom('@SECLEVEL=', '@SECLEVEL=12', '@STRENGTHX', '@', '@HIGH', '@STRENGTH+HIGH'),
);

const broken = fc.constantFrom('_', '*', 'HIGH+', '!', '+', '++HIGH', 'HIGH++MEDIUM', '!:', '-@STRENGTH', 'AES+_x', '"HIGH"');

const term = fc.oneof(
  { weight: 12, arbitrary: fc.tuple(fc.constantFrom('', '', '', '!', '-', '+'), part).map(([p, t]) => p + t) },
  { weight: 2, arbitrary: special },
  { weight: 1, arbitrary: broken },
);

const separator = fc.constantFrom(':', ':', ':', ',', ' ', ';', '::', ': ');

/** Cipher strings over OpenSSL's grammar: prefixes, `+` joins, aliases, suite names, specials, typos, junk. */
export const cipherStringArbitrary: fc.Arbitrary<string> = fc
  .tuple(
    fc.constantFrom('', '', '', '', 'DEFAULT:', 'DEFAULT', 'SUITEB128:', 'SUITEB128C2', 'SUITEB128ONLY'),
    fc.array(fc.tuple(term, separator), { minLength: 1, maxLength: 6 }),
  )
  .map(([lead, terms]) => lead + terms.map(([t, sep], i) => (i === terms.length - 1 ? t : t + sep)).join(''));
