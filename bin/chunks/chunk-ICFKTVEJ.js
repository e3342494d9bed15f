import { createRequire as __tlslintCreateRequire } from 'node:module';
const require = __tlslintCreateRequire(import.meta.url);

// src/dialects/apache/detect.ts
import { basename } from "node:path";
var CONFIG_DIRS = /(^|\/)(apache2?|httpd)\/(sites-[^/]+|conf-[^/]+|conf\.d|conf\.modules\.d|mods-[^/]+|conf)\/[^/]+$/;
function isApacheConfigPath(path) {
  const normal = path.replaceAll("\\", "/");
  const name = basename(normal);
  if (name === "apache2.conf" || name === "httpd.conf" || name === ".htaccess") return true;
  if (name.startsWith(".") || !CONFIG_DIRS.test(normal)) return false;
  return /\/sites-[^/]+\/[^/]+$/.test(normal) || name.endsWith(".conf") || name.endsWith(".load");
}

export {
  isApacheConfigPath
};
