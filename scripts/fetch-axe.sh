#!/usr/bin/env bash
# Fetch axe-core (the accessibility checker the phone-page tests run in Chromium) from
# the npm registry into target/axe/axe.min.js: a pinned version, its integrity checked.
# It is used by the browser tests only and never shipped with the app.
set -euo pipefail
cd "$(dirname "$0")/.."
version=4.14.1
integrity="sha512-FHfa+lmNjQZfJz1q8wKqIDwC6DExcHt/pkjNQb09a3NPjCKg2rhu5qb2S4r76ASyFNNtuFooJpZe37OgudVGtQ=="
out=target/axe
[ -f "$out/axe.min.js" ] && [ "$(cat "$out/version" 2>/dev/null)" = "$version" ] && exit 0
mkdir -p "$out"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
(cd "$tmp" && npm pack --silent "axe-core@$version" >/dev/null)
tgz="$tmp/axe-core-$version.tgz"
got="sha512-$(python3 -c 'import base64,hashlib,sys; print(base64.b64encode(hashlib.sha512(open(sys.argv[1],"rb").read()).digest()).decode())' "$tgz")"
if [ "$got" != "$integrity" ]; then
  echo "axe-core $version: integrity mismatch ($got)" >&2
  exit 1
fi
tar -xzf "$tgz" -C "$tmp" package/axe.min.js
mv "$tmp/package/axe.min.js" "$out/axe.min.js"
echo "$version" >"$out/version"
echo "axe-core $version in $out/axe.min.js"
