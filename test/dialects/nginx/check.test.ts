// The directive table wired in: argument counts and contexts nginx -t refuses become parse-error diagnostics.
import { describe, expect, it } from 'vitest';
import { checkDirectives } from '../../../src/dialects/nginx/check.js';
import { parseNginx } from '../../../src/dialects/nginx/parse.js';

function diagnose(text: string, version = '1.29.3'): Array<[number, string]> {
  const file = parseNginx(text, '/t.conf');
  checkDirectives(file, version);
  return file.diagnostics.map((d) => [d.range.start.line, d.message]);
}

describe('checkDirectives', () => {
  it('reports argument counts outside the table and names a swallowed line', () => {
    expect(diagnose('server {\n  ssl_ciphers HIGH\n  ssl_session_tickets off;\n  ssl_protocols;\n  ssl_session_tickets off;\n}')).toEqual([
      [2, 'invalid number of arguments in "ssl_ciphers" directive: a missing ";" made the next line part of it'],
      [4, 'invalid number of arguments in "ssl_protocols" directive'],
    ]);
  });

  it('reports contexts in a main config, where every block says where it is', () => {
    expect(diagnose('http {\n  server {\n    location / { ssl_certificate a.pem; }\n  }\n}\nssl_protocols TLSv1.2;')).toEqual([
      [3, '"ssl_certificate" directive is not allowed here'],
      [6, '"ssl_protocols" directive is not allowed here'],
    ]);
  });

  it('leaves the top of a fragment alone: its includer decides the context (a server snippet, a stream.d file)', () => {
    expect(diagnose('location / { return 200; }\nserver { listen 443 ssl; proxy_pass backend:443; }')).toEqual([]);
  });

  it('leaves third-party directives and directives newer than the version alone', () => {
    expect(diagnose('server { more_set_headers "A: b" "C: d"; add_header_inherit merge; }', '1.22.1')).toEqual([]);
    expect(diagnose('http { server { add_header_inherit merge extra; } }', '1.29.3')).toEqual([[1, 'invalid number of arguments in "add_header_inherit" directive']]);
  });

  it('accepts stream and mail servers with their own directives', () => {
    const text = 'stream {\n  server {\n    listen 993 ssl;\n    set $x 1;\n    ssl_stapling on;\n    proxy_pass 127.0.0.1:143;\n  }\n}\nmail {\n  server_name mail.example.com;\n  server { listen 995 ssl; ssl_protocols TLSv1.2; }\n}\nhttp {}';
    expect(diagnose(text)).toEqual([]);
  });
});
