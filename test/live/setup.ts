// The live suite parses and loads fixtures outside a run (to rewrite their ports, to build the model it compares with
// the server's answers): a run imports chevrotain's lexers and Apache's parser when a file first needs them and reads
// its files again (src/dialects/on-demand.ts), so a text the fast readers gave up on would be read here as an empty
// stand-in. They are loaded before every live test file.
import { loadApacheCstReader } from '../../src/dialects/apache/parse.js';
import { loadCaddyLexer } from '../../src/dialects/caddy/tokens.js';
import { loadNginxLexer } from '../../src/dialects/nginx/tokens.js';

await Promise.all([loadApacheCstReader(), loadNginxLexer(), loadCaddyLexer()]);
