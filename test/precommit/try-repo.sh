#!/usr/bin/env bash
# The pre-commit hook as users meet it: `pre-commit try-repo` installs tlslint from this repository the way
# pre-commit installs any node hook (npm install, npm pack, npm install -g) and runs it on a scratch git repo.
# A staged config with a mistake must fail the hook and print the finding; a clean one must pass.
# Called by .ci/run; needs git, node, npm and pre-commit.
set -euo pipefail
repo="$(cd "$(dirname "$0")/../.." && pwd)"
for tool in git pre-commit node npm; do
  command -v "$tool" >/dev/null 2>&1 || { echo "FATAL: $tool is required for the pre-commit test" >&2; exit 1; }
done

scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
export PRE_COMMIT_HOME="$scratch/cache"
work="$scratch/site"
mkdir -p "$work/nginx/conf.d"
# The shipped clean example, made to include conf.d/*.conf (empty for now) at http level.
sed 's/^http {$/http {\n    include conf.d\/*.conf;/' "$repo/examples/nginx/clean/nginx.conf" >"$work/nginx/nginx.conf"
grep -q 'include conf.d/\*.conf;' "$work/nginx/nginx.conf" || { echo "FATAL: could not add the include to examples/nginx/clean/nginx.conf" >&2; exit 1; }
git -C "$work" init -q
git -C "$work" add -A
git -C "$work" -c user.name=ci -c user.email=ci@example.com commit -qm fixture

run_hook() {
  (cd "$work" && pre-commit try-repo "$repo" tlslint --verbose --files "$@") >"$scratch/out" 2>&1
}

echo "--- good config: the hook must pass"
if ! run_hook nginx/nginx.conf; then
  cat "$scratch/out" >&2
  echo "FATAL: the hook failed on a clean config" >&2
  exit 1
fi
grep -q 'tlslint.*Passed' "$scratch/out" || { cat "$scratch/out" >&2; echo "FATAL: the hook did not report Passed" >&2; exit 1; }

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
echo "pre-commit hook: good config passes, bad config fails with its finding"
