#!/usr/bin/env bash
# The Windows installer under Wine, as an IT department would run it: silently, for the
# current user; then the installed app; then the uninstaller, and whatever it left.
#   scripts/windows-install-check.sh SETUP.exe
set -euo pipefail
cd "$(dirname "$0")/.."
setup=$(realpath "$1")
work=$(mktemp -d)
# No Mono or Gecko prompts, and no menu entries written into the real home folder
# (winemenubuilder would map the Start menu entry to a .desktop file there).
export WINEPREFIX="$work/prefix" WINEDEBUG=-all WINEDLLOVERRIDES="mscoree,mshtml=;winemenubuilder.exe=d"
trap 'wineserver -k 2>/dev/null || true; rm -rf "$work"' EXIT
fail() { echo "FAILED: $*" >&2; exit 1; }
step() { echo "-- $*"; }
# Every file in the prefix but the temporary folders, and the user's registry.
snapshot() {
  (cd "$WINEPREFIX" && find . -path '*/Temp' -prune -o -path './dosdevices' -prune -o -print | sort) >"$work/$1.files"
  wine reg export 'HKCU\Software' "$(printf 'Z:%s' "$work/$1.reg" | tr '/' '\\')" >/dev/null 2>&1
  wineserver -w
  iconv -f UTF-16LE -t UTF-8 "$work/$1.reg" | tr -d '\r' | grep -v '^#time=' | sed 's/^\[\(.*\)\] [0-9]*$/[\1]/' >"$work/$1.keys"
}

wineboot -i >/dev/null 2>&1 || true
wineserver -w
x86_64-w64-mingw32-gcc -shared -O2 -o "$WINEPREFIX/drive_c/windows/system32/bcryptprimitives.dll" \
  scripts/windows/processprng-shim.c -ladvapi32
snapshot before

step "silent install (/S), per user, no administrator"
wine "$setup" /S
wineserver -w
home=$(find "$WINEPREFIX/drive_c/users" -maxdepth 1 -mindepth 1 -type d ! -name Public | head -1)
dir="$home/AppData/Local/Programs/CODI Workshop"
for f in codi-workshop.exe uninstall.exe README.md sample.codi.json codi-workshop.ico \
  licences/LICENSE-MIT licences/LICENSE-APACHE; do
  [ -f "$dir/$f" ] || fail "not installed: $f"
done
ls "$home/AppData/Roaming/Microsoft/Windows/Start Menu/Programs/CODI Workshop.lnk" >/dev/null \
  || fail "no Start menu entry"
assoc=$(wine reg query 'HKCU\Software\Classes\.codi.json' /ve 2>/dev/null | tr -d '\r')
echo "$assoc" | grep -q 'CODIWorkshop.Workspace' || fail "no .codi.json association: $assoc"
open=$(wine reg query 'HKCU\Software\Classes\CODIWorkshop.Workspace\shell\open\command' /ve 2>/dev/null | tr -d '\r')
echo "$open" | grep -qF 'codi-workshop.exe" "%1"' || fail "the open command is wrong: $open"
echo "installed in ${dir#"$WINEPREFIX"/}, with the Start menu entry and the association"

step "the installed app"
win_dir='C:\users\'"$(basename "$home")"'\AppData\Local\Programs\CODI Workshop'
wine "$win_dir\\codi-workshop.exe" --version | tr -d '\r'
wine "$win_dir\\codi-workshop.exe" check "$win_dir\\sample.codi.json" | tr -d '\r' | head -2

step "silent uninstall, then what is left"
wine "$win_dir\\uninstall.exe" /S
# The uninstaller runs a copy of itself from the temporary folder: wait for it.
wineserver -w
snapshot after
left=$(comm -13 "$work/before.files" "$work/after.files")
# Every key and value the uninstall left that was not there before. A fresh Wine
# prefix lacks two standard keys that every Windows has (Software\Classes and the
# Uninstall list); writing under them makes them, and they stay, empty.
keys=$(comm -13 <(sort "$work/before.keys") <(sort "$work/after.keys") | grep -v '^$' |
  grep -vxF -e '[HKEY_CURRENT_USER\Software\Classes]' \
    -e '[HKEY_CURRENT_USER\Software\Microsoft\Windows\CurrentVersion\Uninstall]' || true)
[ -z "$left" ] || fail "files left behind: $left"
[ -z "$keys" ] || fail "registry keys left behind: $keys"
echo "uninstalled: no file and no registry key left behind"
echo "windows-install-check: all passed"
