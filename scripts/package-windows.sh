#!/usr/bin/env bash
# The Windows installer (NSIS, built here with makensis) and the portable .zip, into dist/:
#   scripts/package-windows.sh WINDOWS_EXE
# CI packs the quick windows-ci build to test the installer; a release packs a
# `--release` build of the same target.
set -euo pipefail
cd "$(dirname "$0")/.."
exe=$(realpath "$1")
version=$(cargo metadata --no-deps --format-version 1 --locked |
  python3 -c 'import json,sys; print(json.load(sys.stdin)["packages"][0]["version"])')
stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT
mkdir -p dist "$stage/licences"
cp "$exe" "$stage/codi-workshop.exe"
cp README.md assets/windows/codi-workshop.ico "$stage/"
cp LICENSE-MIT LICENSE-APACHE assets/fonts/LICENSE-*.txt "$stage/licences/"
# The sample workspace, from a build of the same source that runs here (the Linux
# debug build by default; on a Windows runner, the .exe itself).
"${CODI_DEMO_BIN:-target/debug/codi-workshop}" demo "$stage/sample.codi.json" >/dev/null
makensis -V2 -DVERSION="$version" -DSTAGE="$stage" \
  -DOUT="$PWD/dist/CODI-Workshop-Setup-$version.exe" packaging/windows/installer.nsi
name="codi-workshop-$version-windows-x86_64"
zip="$PWD/dist/$name.zip"
(cd "$stage" && python3 - "$zip" <<'PY'
import os, sys, zipfile
out = sys.argv[1]
with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
    for root, _, files in os.walk("."):
        for f in sorted(files):
            path = os.path.join(root, f)
            z.write(path, os.path.join("codi-workshop", os.path.relpath(path, ".")))
PY
)
ls -l dist/CODI-Workshop-Setup-"$version".exe "dist/$name.zip"
