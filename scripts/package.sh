#!/usr/bin/env bash
# Build the Debian/Ubuntu package (cargo-deb) and the portable archive (.tar.gz) into
# dist/. Needs: cargo, and cargo-deb (installed here when missing). The release build
# is the slow part (about 7 minutes on 2 cores from scratch).
set -euo pipefail
cd "$(dirname "$0")/.."
version=$(cargo metadata --no-deps --format-version 1 --locked |
  python3 -c 'import json,sys; print(json.load(sys.stdin)["packages"][0]["version"])')
mkdir -p dist
if ! command -v cargo-deb >/dev/null; then
  cargo install cargo-deb --locked
fi
cargo build --release --locked --bin codi-workshop
cargo deb --no-build --locked --output dist/
# The portable archive: the binary, a sample workspace, the README and every licence.
arch=$(uname -m)
name="codi-workshop-$version-linux-$arch"
stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT
mkdir -p "$stage/$name/licences"
cp target/release/codi-workshop README.md "$stage/$name/"
cp LICENSE-MIT LICENSE-APACHE assets/fonts/LICENSE-*.txt "$stage/$name/licences/"
cp packaging/codi-workshop.desktop packaging/codi-workshop.xml assets/icons/codi-workshop-256.png "$stage/$name/"
"$stage/$name/codi-workshop" demo "$stage/$name/sample.codi.json" >/dev/null
tar -C "$stage" -czf "dist/$name.tar.gz" "$name"
ls -l dist/
