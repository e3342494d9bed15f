#!/usr/bin/env bash
# The pre-commit hook as users meet it: pre-commit installs tlslint from its release commit (what a
# `rev: v<version>` pin fetches, made by .ci/release) the way pre-commit installs any node hook (npm install,
# npm pack, npm install -g) and runs it on a scratch git repo. The install must fetch nothing: npm runs with an
# empty cache and offline, and the hook's environment must hold tlslint alone, with no node_modules. A staged
# config with a mistake must fail the hook and print the finding; a clean one must pass.
# Called by .ci/run; needs git, node, npm and pre-commit. Time is printed, never asserted. KEEP=1 keeps the
# scratch directory for a look.
set -euo pipefail
repo="$(cd "$(dirname "$0")/../.." && pwd)"
for tool in git pre-commit node npm; do
  command -v "$tool" >/dev/null 2>&1 || { echo "FATAL: $tool is required for the pre-commit test" >&2; exit 1; }
done

scratch="$(mktemp -d)"
trap '[ -n "${KEEP:-}" ] || rm -rf "$scratch"' EXIT
export PRE_COMMIT_HOME="$scratch/cache"

# The release commit of this checkout as it is (uncommitted and new files included, as try-repo takes them),
# tagged in a scratch clone.
clone="$scratch/tlslint"
git clone -q "$repo" "$clone"
if [ -n "$(git -C "$repo" status --porcelain)" ]; then
  git -C "$clone" rm -rq .
  (cd "$repo" && git ls-files -z --cached --others --exclude-standard) | while IFS= read -r -d '' file; do
    if [ -e "$repo/$file" ]; then mkdir -p "$clone/$(dirname "$file")" && cp -p "$repo/$file" "$clone/$file"; fi
  done
  git -C "$clone" add -A
  git -C "$clone" -c user.name=ci -c user.email=ci@example.com commit -qm "working tree under test"
fi
# The clone carries the repository's tags: a release tag cut before (v0.1.0) would make the scratch one clash.
# What is tested is this tree's release, so the scratch clone drops its copies of the tags first.
git -C "$clone" tag -l | xargs -r git -C "$clone" tag -d >/dev/null
# A CI machine may have no git identity: the scratch release commit and tag get one.
(cd "$clone" && GIT_AUTHOR_NAME=ci GIT_AUTHOR_EMAIL=ci@example.com GIT_COMMITTER_NAME=ci GIT_COMMITTER_EMAIL=ci@example.com \
  .ci/release --tag >"$scratch/release.out" 2>&1) || { cat "$scratch/release.out" >&2; echo "FATAL: .ci/release failed" >&2; exit 1; }
ref="v$(node -p "require('$clone/package.json').version")"
git -C "$clone" show "$ref:package.json" | node -e '
  const manifest = JSON.parse(require("fs").readFileSync(0, "utf8"));
  const kinds = ["dependencies", "devDependencies", "optionalDependencies", "peerDependencies"].filter((k) => Object.keys(manifest[k] ?? {}).length);
  if (kinds.length) { console.error(`FATAL: the release package.json still has ${kinds.join(", ")}`); process.exit(1); }
'
# npm may fetch nothing: an empty cache and no network make any registry download fail the install.
export npm_config_cache="$scratch/npm-cache" npm_config_offline=true npm_config_audit=false npm_config_fund=false
work="$scratch/site"
mkdir -p "$work/nginx/conf.d"
# The shipped clean example, made to include conf.d/*.conf (empty for now) at http level.
sed 's/^http {$/http {\n    include conf.d\/*.conf;/' "$repo/examples/nginx/clean/nginx.conf" >"$work/nginx/nginx.conf"
grep -q 'include conf.d/\*.conf;' "$work/nginx/nginx.conf" || { echo "FATAL: could not add the include to examples/nginx/clean/nginx.conf" >&2; exit 1; }
git -C "$work" init -q
git -C "$work" add -A
git -C "$work" -c user.name=ci -c user.email=ci@example.com commit -qm fixture

# As a user's .pre-commit-config.yaml pins it (try-repo would install into a store it deletes afterwards).
cat >"$work/.pre-commit-config.yaml" <<YAML
repos:
  - repo: $clone
    rev: $ref
    hooks:
      - id: tlslint
YAML
git -C "$work" add .pre-commit-config.yaml
run_hook() {
  (cd "$work" && pre-commit run tlslint --verbose --files "$@") >"$scratch/out" 2>&1
}

echo "--- good config: the hook installs offline from $ref and passes"
start=$SECONDS
if ! run_hook nginx/nginx.conf; then
  cat "$scratch/out" >&2
  echo "FATAL: the hook failed to install offline with an empty npm cache, or failed on a clean config" >&2
  exit 1
fi
echo "install and first run: $((SECONDS - start)) s"
grep -q 'tlslint.*Passed' "$scratch/out" || { cat "$scratch/out" >&2; echo "FATAL: the hook did not report Passed" >&2; exit 1; }

echo "--- what the install brought in: tlslint alone"
mapfile -t envs < <(find "$PRE_COMMIT_HOME" -mindepth 2 -maxdepth 2 -type d -name 'node_env-*')
[ "${#envs[@]}" -eq 1 ] || { echo "FATAL: expected one node environment under $PRE_COMMIT_HOME, found ${#envs[@]}" >&2; exit 1; }
installed="$(ls "${envs[0]}/lib/node_modules")"
[ "$installed" = tlslint ] || { echo "FATAL: the hook environment holds more than tlslint: $installed" >&2; exit 1; }
package="${envs[0]}/lib/node_modules/tlslint"
[ ! -e "$package/node_modules" ] || { echo "FATAL: tlslint was installed with dependencies: $(ls "$package/node_modules" | head)" >&2; exit 1; }
for file in bin/tlslint.js bin/THIRD-PARTY-NOTICES.txt LICENSE package.json; do
  [ -f "$package/$file" ] || { echo "FATAL: the installed package lacks $file" >&2; exit 1; }
done
if find "$npm_config_cache" -path '*index-v5*' -type f 2>/dev/null | xargs -r grep -l 'registry.npmjs.org' | grep -q .; then
  echo "FATAL: npm fetched from the registry while installing the hook" >&2; exit 1
fi
echo "hook environment: $(du -sh "${envs[0]}" | cut -f1), package: $(du -sh "$package" | cut -f1)"

echo "--- an Apache httpd file: matched by the hook and linted as Apache"
mkdir -p "$work/apache2/sites-enabled"
printf '<VirtualHost *:443>\n    SSLEngine on\n    SSLProtocol all -SSLv3\n</VirtualHost>\n' >"$work/apache2/sites-enabled/shop.conf"
git -C "$work" add -A
if run_hook apache2/sites-enabled/shop.conf; then
  cat "$scratch/out" >&2
  echo "FATAL: the hook passed an Apache file that enables TLS 1.0" >&2
  exit 1
fi
grep -q 'protocol-deprecated' "$scratch/out" || { cat "$scratch/out" >&2; echo "FATAL: the hook failed without the Apache finding" >&2; exit 1; }
git -C "$work" rm -q --cached apache2/sites-enabled/shop.conf
rm -r "$work/apache2"

echo "--- bad config: the hook must fail and print the finding"
# A site the main config includes, with TLS 1.0 switched back on; everything else it inherits is clean.
cat > "$work/nginx/conf.d/legacy.conf" <<'CONF'
server {
    listen 8443 ssl;
    server_name legacy.example.com;
    ssl_certificate /etc/ssl/legacy.pem;
    ssl_certificate_key /etc/ssl/legacy.key;
    ssl_protocols TLSv1 TLSv1.2 TLSv1.3;
    add_header Strict-Transport-Security "max-age=63072000" always;
}
CONF
git -C "$work" add -A
if run_hook nginx/conf.d/legacy.conf; then
  cat "$scratch/out" >&2
  echo "FATAL: the hook passed a config that enables TLS 1.0" >&2
  exit 1
fi
cat "$scratch/out"
grep -q 'tlslint.*Failed' "$scratch/out" || { echo "FATAL: the hook did not report Failed" >&2; exit 1; }
grep -q 'protocol-deprecated' "$scratch/out" || { echo "FATAL: the hook output lacks the protocol-deprecated finding" >&2; exit 1; }
echo "--- a staged snippet that drops HSTS: the server that includes it is reported"
mkdir -p "$work/nginx/snippets"
printf 'add_header Strict-Transport-Security "max-age=63072000" always;\n' >"$work/nginx/snippets/hsts.conf"
cat > "$work/nginx/conf.d/shop.conf" <<'CONF'
server {
    listen 9443 ssl;
    server_name shop.example.com;
    ssl_certificate /etc/ssl/shop.pem;
    ssl_certificate_key /etc/ssl/shop.key;
    include snippets/hsts.conf;
}
CONF
rm "$work/nginx/conf.d/legacy.conf"
git -C "$work" add -A
run_hook nginx/conf.d/shop.conf nginx/snippets/hsts.conf || { cat "$scratch/out" >&2; echo "FATAL: the hook failed on a site with its HSTS snippet" >&2; exit 1; }
printf '# HSTS moved to the CDN\n' >"$work/nginx/snippets/hsts.conf"
git -C "$work" add -A
if run_hook nginx/snippets/hsts.conf; then
  cat "$scratch/out" >&2
  echo "FATAL: the hook passed a snippet change that leaves a server without HSTS" >&2
  exit 1
fi
grep -q 'hsts-missing' "$scratch/out" && grep -q 'nginx/conf.d/shop.conf' "$scratch/out" && grep -q 'nginx/snippets/hsts.conf:1:1' "$scratch/out" || {
  cat "$scratch/out" >&2; echo "FATAL: the hook did not report the server's hsts-missing with the snippet as related location" >&2; exit 1
}
echo "pre-commit hook: good config passes, bad config fails with its finding, a snippet's change shows on its server"
