// The parsers the hostile-input suites exercise: a new dialect joins every suite by adding one entry to `PARSERS`.
import { fileURLToPath } from 'node:url';
import type { LoadContext } from '../../src/dialects/dialect.js';
import { loadApache } from '../../src/dialects/apache/load.js';
import { loadApacheCstReader, parseApache } from '../../src/dialects/apache/parse.js';
import { apacheLexer } from '../../src/dialects/apache/tokens.js';
import { loadNginx } from '../../src/dialects/nginx/load.js';
import { parseNginx } from '../../src/dialects/nginx/parse.js';
import { loadNginxLexer, tokenizeNginx } from '../../src/dialects/nginx/tokens.js';
import { loadCaddyfile } from '../../src/dialects/caddy/load.js';
import { parseCaddyfile } from '../../src/dialects/caddy/parse.js';
import { loadCaddyLexer, tokenizeCaddy } from '../../src/dialects/caddy/tokens.js';
import type { ConfigFile } from '../../src/syntax/ast.js';

// A run imports Apache's lexer and parser, and nginx's and Caddy's lexers, when a file first needs them and reads its files again
// (src/dialects/on-demand.ts); these suites parse and load without a run, so a text the fast readers give up on must
// find them loaded.
await loadApacheCstReader();
await loadNginxLexer();
await loadCaddyLexer();

/** What the hostile-input suites need to know about one dialect's parser and loader. */
export interface HostileParser {
  dialect: string;
  /** Parses one file's text; must never throw. */
  parse(text: string, path: string): ConfigFile;
  /** Loads an entry file with its includes (the dialect's `load`). */
  load(entry: string, context: LoadContext): Promise<ConfigFile[]>;
  /** Lexer tokens in `text`, comments included: the unit of work of the linear-time test. */
  countTokens(text: string): number;
  /** Real-world configs of this dialect; every file below it except licences and oracles is mutated. */
  corpusDir: string;
  /** Characters with a syntactic meaning, inserted and repeated by the fuzzers; block and statement delimiters first. */
  specials: readonly string[];
  /** Fragments of structured garbage: keywords, block openers, escapes, comment and raw-block starts. */
  vocabulary: readonly string[];
  /** A config with `depth` nested blocks, each closed. */
  nested(depth: number): string;
  /** A directive that includes the file or glob at absolute path `path`. */
  include(path: string): string;
  /**
   * True when including a directory reads every file below it (Apache's Include), false when it is an
   * error (nginx's include).
   */
  includesDirectories: boolean;
  /** A harmless directive, for filler. */
  filler: string;
  /** True when `file` is the parser's safety net answering an internal crash, not a real parse. */
  crashed(file: ConfigFile): boolean;
  /** Repeated pieces that stress this lexer and grammar, for the linear-time test (name → piece). */
  adversarial: Readonly<Record<string, string>>;
  /**
   * Inputs that stress the model builder and the rules rather than the parser (name → [head, repeated
   * piece, tail]): huge cipher strings, thousands of servers, arguments a regex could choke on.
   */
  ruleAdversarial: Readonly<Record<string, readonly [string, string, string]>>;
}

/** Every parser in the project. */
export const PARSERS: readonly HostileParser[] = [
  {
    dialect: 'nginx',
    parse: parseNginx,
    load: loadNginx,
    countTokens(text) {
      const lexed = tokenizeNginx(text)!;
      return lexed.tokens.length + (lexed.groups.comments?.length ?? 0);
    },
    corpusDir: fileURLToPath(new URL('../../fixtures/corpus/nginx/', import.meta.url)),
    specials: ['{', '}', ';', '"', "'", '\\', '#', '$', '(', ')'],
    vocabulary: [
      'server', 'http', 'listen 443 ssl', 'ssl_protocols TLSv1.2', 'include', 'location /', 'if', '($a = "b")',
      'map $a $b', 'content_by_lua_block', 'access_by_lua_block', '--[[', ']]', '[==[', ']==]', '${', '$var', '\\"',
      "\\'", '\\\\', '\\\n', '"', "'", '{', '}', ';', '#', ' ', '\t', '\n', '\r\n', '\r', '\0', '\uFEFF', '\uFFFD',
    ],
    nested: (depth) => `${'server {\n'.repeat(depth)}listen 443 ssl;\n${'}\n'.repeat(depth)}`,
    include: (path) => `include ${path};\n`,
    includesDirectories: false,
    filler: 'ssl_protocols TLSv1.2 TLSv1.3;\n',
    crashed: (file) => file.diagnostics.some((d) => d.message.startsWith('Unreadable config: the parser failed')),
    adversarial: {
      'unclosed blocks': 'a {',
      'stray "}"': '}',
      'stray ";"': ';',
      'bare "{"': '{',
      'nested to the depth limit': `${'a {'.repeat(100)}${'}'.repeat(100)}`,
      'over the depth limit': 'a {'.repeat(101),
      'words, no ";"': 'a ',
      'unterminated quotes with escaped quotes': '"\\"x\n',
      'escaped quotes, never closed': '"\\',
      'quotes glued to words': 'a"b" ',
      'one long backslash word': '\\',
      '"${" runs': '${',
      'comments ended by CR': '#\r',
      'CR line ends': 'a b;\r',
      'NUL bytes': '\0',
      '"if" parentheses': 'if ( ) ',
      'merge-conflict markers': '<<<<<<< HEAD\n=======\n>>>>>>> branch\n',
      'Lua long brackets, never closed': 'a_by_lua_block {[=[',
      'Lua blocks, never closed': 'a_by_lua_block {',
      'Lua comments, never closed': 'a_by_lua_block {--[[',
    },
    ruleAdversarial: {
      'thousands of TLS servers': ['', 'server { listen 443 ssl; ssl_protocols TLSv1 TLSv1.2; ssl_certificate /c.pem; ssl_certificate_key /c.key; add_header Strict-Transport-Security "max-age=1"; }\n', ''],
      'thousands of locations in one server': ['server { listen 443 ssl; add_header X-A a; ', 'location /a { add_header Strict-Transport-Security "max-age=1" always; }\n', '}\n'],
      'one huge cipher string': ['server { listen 443 ssl; ssl_ciphers "', '!aNULL:+HIGH:-MEDIUM:ECDHE+AESGCM:@STRENGTH:', '"; }\n'],
      'a cipher string of separators': ['server { listen 443 ssl; ssl_ciphers "', ':+-!,', '"; }\n'],
      'a cipher string of one long name': ['server { listen 443 ssl; ssl_ciphers ', 'AES', '; }\n'],
      'a cipher string of "+"-joined names': ['server { listen 443 ssl; ssl_ciphers ', 'AES+', '; }\n'],
      'thousands of protocols': ['server { listen 443 ssl; ssl_protocols ', 'TLSv1 SSLv3 TLSv1.3 ', '; }\n'],
      'a huge HSTS header': ['server { listen 443 ssl; add_header Strict-Transport-Security "', 'max-age=1; includeSubDomains; ', '"; }\n'],
      'a huge HSTS max-age': ['server { listen 443 ssl; add_header Strict-Transport-Security "max-age=', '9', '"; }\n'],
      'a huge listen address': ['server { listen [', ':', ']:443 ssl; }\n'],
      'a huge upstream URL': ['server { listen 443 ssl; location / { proxy_pass https://[', '[:', '; } }\n'],
      'thousands of server names': ['server { listen 443 ssl; server_name ', 'a.example.org ', '; }\n'],
      'thousands of redirects': ['server { listen 80; ', 'return 301 https://$host$request_uri; ', '}\n'],
    },
  },
  {
    dialect: 'apache',
    parse: parseApache,
    load: loadApache,
    countTokens(text) {
      const lexed = apacheLexer.tokenize(text);
      return lexed.tokens.length + (lexed.groups.comments?.length ?? 0);
    },
    corpusDir: fileURLToPath(new URL('../../fixtures/corpus/apache/', import.meta.url)),
    // Section tags first (Apache's blocks), then the line structure: LF, continuation, quotes, comments.
    specials: ['<', '>', '\n', '</', '\\', '"', "'", '#', '$', '{', '}'],
    vocabulary: [
      '<VirtualHost *:443>', '</VirtualHost>', '<IfModule mod_ssl.c>', '</IfModule>', '<IfModule !ssl_module>', '<IfDefine X>',
      '</IfDefine>', '<IfVersion >= 2.4.7>', '</IfVersion>', '<If "%{HTTPS} > 1">', '</If>', '<Location />', '</Location>',
      'Define X y', '${X}', 'Include', 'IncludeOptional', 'SSLEngine on', 'SSLProtocol all -SSLv3', 'SSLCipherSuite TLSv1.3',
      'Header always set Strict-Transport-Security "max-age=1"', 'Header unset Strict-Transport-Security', 'LoadModule ssl_module x',
      'RewriteRule ^ https://%{HTTP_HOST} [R=301]', '\\\n', '\\\r\n', '"', "'", '\\"', '<', '>', '</', '#', ' ', '\t', '\n',
      '\r\n', '\r', '\0', '\uFEFF', '\uFFFD',
    ],
    nested: (depth) => `${'<Directory />\n'.repeat(depth)}SSLEngine on\n${'</Directory>\n'.repeat(depth)}`,
    include: (path) => `Include ${path}\n`,
    includesDirectories: true,
    filler: 'SSLProtocol -all +TLSv1.2 +TLSv1.3\n',
    crashed: (file) => file.diagnostics.some((d) => d.message.startsWith('Unreadable config: the parser failed')),
    adversarial: {
      'unclosed sections': '<A>\n',
      'stray closing tags': '</A>\n',
      'closing tags matching nothing open': '<A>\n</B>\n',
      'closing tags of an outer section': '<A>\n<B>\n</A>\n',
      'nested to the depth limit': `${'<A>\n'.repeat(100)}${'</A>\n'.repeat(100)}`,
      'over the depth limit': '<A>\n'.repeat(101),
      'section tags without ">"': '<A b\n',
      'many ">" on one section line': '<A >>>>>>>>>>',
      'one section line of words': '<A b c d e ',
      'words, no line end': 'a ',
      'unterminated quotes': '"a b\n',
      'unterminated quotes on one line': '"a ',
      'escaped quotes, never closed': '"\\"',
      'continuations': 'a \\\n',
      'a comment continued forever': '#a\\\n',
      'one long word continued forever': 'a\\\n',
      'a section line continued forever': '<A\\\n',
      'CR line ends': 'a b\r',
      'NUL bytes': '\0',
      'merge-conflict markers': '<<<<<<< HEAD\n=======\n>>>>>>> branch\n',
    },
    ruleAdversarial: {
      'thousands of TLS vhosts': ['', '<VirtualHost *:443>\nSSLEngine on\nSSLProtocol all\nSSLCertificateFile /c.pem\nHeader set Strict-Transport-Security "max-age=1"\n</VirtualHost>\n', ''],
      'thousands of sections in one vhost': ['<VirtualHost *:443>\nSSLEngine on\nHeader set X-A a\n', '<Location /a>\nHeader always set Strict-Transport-Security "max-age=1"\n</Location>\n', '</VirtualHost>\n'],
      'one huge cipher string': ['<VirtualHost *:443>\nSSLEngine on\nSSLCipherSuite "', '!aNULL:+HIGH:-MEDIUM:ECDHE+AESGCM:@STRENGTH:', '"\n</VirtualHost>\n'],
      'a cipher string of separators': ['<VirtualHost *:443>\nSSLEngine on\nSSLCipherSuite "', ':+-!,', '"\n</VirtualHost>\n'],
      'thousands of protocols': ['<VirtualHost *:443>\nSSLEngine on\nSSLProtocol ', '+TLSv1 -SSLv3 all ', '\n</VirtualHost>\n'],
      'thousands of header actions': ['<VirtualHost *:443>\nSSLEngine on\n', 'Header always merge Strict-Transport-Security "max-age=1"\nHeader unset X\n', '</VirtualHost>\n'],
      'a huge HSTS header': ['<VirtualHost *:443>\nSSLEngine on\nHeader always set Strict-Transport-Security "', 'max-age=1; includeSubDomains; ', '"\n</VirtualHost>\n'],
      'a huge vhost address': ['<VirtualHost [', ':', ']:443>\nSSLEngine on\n</VirtualHost>\n'],
      'thousands of server aliases': ['<VirtualHost *:443>\nSSLEngine on\nServerAlias ', 'a.example.org ', '\n</VirtualHost>\n'],
      'thousands of Defines': ['', 'Define A${A}\n', '<VirtualHost *:443>\nSSLEngine on\n</VirtualHost>\n'],
      'thousands of redirects': ['<VirtualHost *:80>\n', 'Redirect permanent / https://example.org/\n', '</VirtualHost>\n'],
    },
  },
  {
    dialect: 'caddy',
    parse: parseCaddyfile,
    load: loadCaddyfile,
    countTokens(text) {
      const lexed = tokenizeCaddy(text)!;
      return lexed.tokens.length + (lexed.groups.comments?.length ?? 0);
    },
    // The examples, not the corpus: its adapt tests hold the expected JSON after each Caddyfile, which read
    // as a Caddyfile is one huge options block and no sites, and the rule fixtures include an unclosed block
    // that swallows all that follows it. Neither is a fair "normal" file to compare rates with.
    corpusDir: fileURLToPath(new URL('../../examples/caddy/', import.meta.url)),
    specials: ['{', '}', '\n', '"', '`', '\\', '#', '<<', '(', ')', '@', ','],
    vocabulary: [
      'example.com', 'http://', 'https://', ':443', 'tls internal', 'tls {', 'protocols tls1.2', 'ciphers', 'header',
      'Strict-Transport-Security', '+', '-', '?', '>', 'import', '(snip)', '{args[0]}', '{args[:]}', '{args.0}', '{$VAR:x}',
      '{env.X}', 'handle', 'route', '@name', 'reverse_proxy https://b', 'transport http', 'tls_insecure_skip_verify',
      '<<EOF\n', 'EOF', '\\\n', '"', '`', '{', '}', '#', ' ', '\t', '\n', '\r\n', '\r', '\0', '\uFEFF', '\uFFFD',
    ],
    nested: (depth) => `${'a {\n'.repeat(depth)}tls internal\n${'}\n'.repeat(depth)}`,
    include: (path) => `import ${path}\n`,
    // caddy: parse.go doSingleImport refuses a directory ("is a directory").
    includesDirectories: false,
    filler: 'header X-A b\n',
    crashed: (file) => file.diagnostics.some((d) => d.message.startsWith('Unreadable config: the parser failed')),
    adversarial: {
      'unclosed blocks': 'a {\n',
      'stray "}"': '}\n',
      'bare "{"': '{\n',
      'braces glued to words': 'a{ }b {x} ',
      'nested to the depth limit': `${'a {\n'.repeat(100)}${'}\n'.repeat(100)}`,
      'over the depth limit': 'a {\n'.repeat(101),
      'words, no line breaks': 'a ',
      'unterminated quotes with escaped quotes': '"\\"x\n',
      'backticks, never closed': '`',
      'heredocs, never closed': 'a <<EOF\n',
      'heredoc markers in heredocs': 'a <<E\nx E\n',
      'line continuations': 'a \\\n',
      'comments ended by CR': '#\r',
      'CR line ends': 'a b\r',
      'NUL bytes': '\0',
      'snippet definitions': '(s) {\nimport s\n}\n',
      'merge-conflict markers': '<<<<<<< HEAD\n=======\n>>>>>>> branch\n',
    },
    ruleAdversarial: {
      'thousands of TLS sites': ['', 'a.example.com {\n\ttls /c.pem /c.key {\n\t\tprotocols tls1.2\n\t}\n\theader Strict-Transport-Security "max-age=1"\n}\n', ''],
      'thousands of handle blocks in one site': ['a.example.com {\n', '\thandle /a {\n\t\theader Strict-Transport-Security "max-age=1"\n\t}\n', '}\n'],
      'one huge cipher list': ['a.example.com {\n\ttls {\n\t\tciphers ', 'TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256 ', '\n\t}\n}\n'],
      'thousands of addresses': ['', 'a.example.com, ', 'b.example.com {\n}\n'],
      // Each is a parse error Caddy refuses at its own offset: the model once searched the file's errors per refusal
      // (quadratic). Long names keep the parse-error findings, linear but 50,000 a megabyte with short ones, few.
      'thousands of refused addresses': ['', `ftp://${'a'.repeat(64)}.example.com, `, 'b.example.com {\n}\n'],
      'a huge HSTS header': ['a.example.com {\n\theader Strict-Transport-Security "', 'max-age=1; includeSubDomains; ', '"\n}\n'],
      'a huge upstream URL': ['a.example.com {\n\treverse_proxy https://[', '[:', '\n}\n'],
      'thousands of snippet imports': ['(s) {\n\theader X-A {args[0]}\n}\n', 'a.example.com {\n\timport s 1\n}\n', ''],
      'thousands of header operations': ['a.example.com {\n', '\theader -Strict-Transport-Security\n\theader +X-A b\n', '}\n'],
    },
  },
];
