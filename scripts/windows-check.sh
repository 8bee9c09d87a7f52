#!/usr/bin/env bash
# The Windows build, run under Wine and compared with the Linux build on the same inputs.
#   scripts/windows-check.sh WINDOWS_EXE LINUX_BIN [SCREENSHOT.png]
# Needs wine, mingw-w64 (for the test-only ProcessPrng shim and file holder), xvfb-run, qpdf,
# pdftotext and ImageMagick's `import`. Everything runs in a fresh Wine prefix and a
# temporary folder; nothing outside them is written except the screenshot.
set -euo pipefail
cd "$(dirname "$0")/.."
exe=$(realpath "$1")
linux=$(realpath "$2")
shot=${3:-}

work=$(mktemp -d)
export WINEPREFIX="$work/prefix" WINEDEBUG=-all
# No Mono or Gecko download prompts in a fresh prefix.
export WINEDLLOVERRIDES="mscoree,mshtml="
trap 'wineserver -k 2>/dev/null || true; rm -rf "$work"' EXIT

step() { echo "-- $*"; }
fail() { echo "FAILED: $*" >&2; exit 1; }
# A Linux path as Windows sees it (Wine's Z: drive is the root), with backslashes.
winpath() { printf 'Z:%s' "$(printf '%s' "$1" | tr '/' '\\')"; }
win() { wine "$exe" "$@"; }

step "a fresh Wine prefix, with the test-only ProcessPrng shim (Wine 8 lacks it)"
wineboot -i >/dev/null 2>&1 || true
wineserver -w
x86_64-w64-mingw32-gcc -shared -O2 -o "$WINEPREFIX/drive_c/windows/system32/bcryptprimitives.dll" \
  scripts/windows/processprng-shim.c -ladvapi32

step "--version"
got=$(win --version | tr -d '\r')
want=$("$linux" --version)
[ "$got" = "$want" ] || fail "--version: '$got', Linux says '$want'"
echo "$got"

# A folder with a space and a Bangla name, given with a drive letter and backslashes.
dir="$work/ফাইল ও কাজ"
mkdir -p "$dir" "$work/linux"
step "demo, check, summary, export-csv, export-xlsx, import and report: the same as on Linux"
win demo "$(winpath "$dir/demo.codi.json")" >/dev/null
"$linux" demo "$work/linux/demo.codi.json" >/dev/null
cmp "$dir/demo.codi.json" "$work/linux/demo.codi.json" || fail "demo files differ"
win check "$(winpath "$dir/demo.codi.json")" | tr -d '\r' | sed 's#Z:.*demo.codi.json#FILE#' >"$work/check.win"
"$linux" check "$work/linux/demo.codi.json" | sed 's#/.*demo.codi.json#FILE#' >"$work/check.linux"
diff "$work/check.win" "$work/check.linux" || fail "check prints differently"
win summary --format csv "$(winpath "$dir/demo.codi.json")" >"$work/summary.win.csv"
"$linux" summary --format csv "$work/linux/demo.codi.json" >"$work/summary.linux.csv"
cmp "$work/summary.win.csv" "$work/summary.linux.csv" || fail "summary CSV differs"
win export-csv -o "$(winpath "$dir/scores.csv")" "$(winpath "$dir/demo.codi.json")" >/dev/null
"$linux" export-csv -o "$work/linux/scores.csv" "$work/linux/demo.codi.json" >/dev/null
cmp "$dir/scores.csv" "$work/linux/scores.csv" || fail "exported CSV differs"
win export-xlsx -o "$(winpath "$dir/scores.xlsx")" "$(winpath "$dir/demo.codi.json")" >/dev/null
# Workbooks carry the time they were made: compared through what they import as.
win import -o "$(winpath "$dir/from-xlsx.codi.json")" "$(winpath "$dir/scores.xlsx")" >/dev/null
win import -o "$(winpath "$dir/from-csv.codi.json")" "$(winpath "$dir/scores.csv")" >/dev/null
"$linux" import -o "$work/linux/from-csv.codi.json" "$work/linux/scores.csv" >/dev/null
for f in from-xlsx from-csv; do
  "$linux" summary --format csv "$dir/$f.codi.json" >"$work/$f.csv"
done
"$linux" summary --format csv "$work/linux/from-csv.codi.json" >"$work/from-csv.linux.csv"
cmp "$work/from-xlsx.csv" "$work/from-csv.linux.csv" || fail "the .xlsx imports differently"
cmp "$work/from-csv.csv" "$work/from-csv.linux.csv" || fail "the CSV imports differently"
round=followup-2024
win report --round "$round" --fixed-date 2026-01-05 -o "$(winpath "$dir/report.pdf")" \
  "$(winpath "$dir/demo.codi.json")" >/dev/null
"$linux" report --round "$round" --fixed-date 2026-01-05 -o "$work/linux/report.pdf" \
  "$work/linux/demo.codi.json" >/dev/null
qpdf --check "$dir/report.pdf" >/dev/null || fail "qpdf rejects the Windows PDF"
pdftotext -layout "$dir/report.pdf" "$work/report.win.txt"
pdftotext -layout "$work/linux/report.pdf" "$work/report.linux.txt"
diff -q "$work/report.win.txt" "$work/report.linux.txt" >/dev/null || fail "the PDFs' text differs"
# With a fixed date nothing in it depends on the machine: the same bytes.
cmp "$dir/report.pdf" "$work/linux/report.pdf" || fail "the PDFs' bytes differ"
echo "report PDF: byte for byte the Linux one"

step "a read-only workspace is refused by name, the file untouched"
cp "$dir/demo.codi.json" "$dir/locked.codi.json"
chmod a-w "$dir/locked.codi.json"
before=$(sha256sum <"$dir/locked.codi.json")
if win import --into "$(winpath "$dir/locked.codi.json")" -o "$(winpath "$dir/locked.codi.json")" \
  "$(winpath "$dir/scores.csv")" >"$work/ro.out" 2>&1; then
  fail "writing over a read-only file succeeded"
fi
[ "$before" = "$(sha256sum <"$dir/locked.codi.json")" ] || fail "the read-only file changed"
grep -q "locked.codi.json" "$work/ro.out" || fail "the message does not name the file: $(cat "$work/ro.out")"

step "a workbook another program holds open (as Excel does) is reported, nothing left behind"
x86_64-w64-mingw32-gcc -municode -O2 -o "$work/hold-file.exe" scripts/windows/hold-file.c
before=$(sha256sum <"$dir/scores.xlsx")
mkfifo "$work/hold.in"
wine "$work/hold-file.exe" "$(winpath "$dir/scores.xlsx")" <"$work/hold.in" >"$work/hold.out" 2>&1 &
holder=$!
exec 8>"$work/hold.in"
for _ in $(seq 120); do grep -q held "$work/hold.out" && break; sleep 0.5; done
grep -q held "$work/hold.out" || fail "the holder did not start: $(cat "$work/hold.out")"
if win export-xlsx -o "$(winpath "$dir/scores.xlsx")" "$(winpath "$dir/demo.codi.json")" \
  >"$work/held.out" 2>&1; then
  fail "writing over a file held open succeeded"
fi
exec 8>&-
wait "$holder" || fail "the holder failed: $(cat "$work/hold.out")"
tr -d '\r' <"$work/held.out"
[ "$before" = "$(sha256sum <"$dir/scores.xlsx")" ] || fail "the held file changed"
grep -q "scores.xlsx" "$work/held.out" || fail "the message does not name the file"
grep -q "open in another program" "$work/held.out" || fail "the message does not say why"
leftover=$(find "$dir" -name '*.codi-tmp')
[ -z "$leftover" ] || fail "temporary files left behind: $leftover"

step "exit codes: a usage error is 2, a bad file is 1"
set +e
win summary >/dev/null 2>&1; usage=$?
printf 'not json' >"$dir/bad.codi.json"
win check "$(winpath "$dir/bad.codi.json")" >/dev/null 2>&1; bad=$?
set -e
[ "$usage" = 2 ] || fail "usage error gave $usage"
[ "$bad" = 1 ] || fail "bad file gave $bad"

step "the window: opens the demo under Xvfb, draws frames and closes itself"
wineserver -k 2>/dev/null || true
wineserver -w
cat >"$work/window.sh" <<INNER
set -e
export CODI_WORKSHOP_DATA_DIR='$(winpath "$work/data")'
wine '$exe' --window-size 1024x768 --quit-after-frames 600 '$(winpath "$dir/demo.codi.json")' &
app=\$!
# The window appears once Wine has started: wait for it (bounded), then look.
for i in \$(seq 120); do
  xdotool search --name 'CODI Workshop' >/dev/null 2>&1 && break
  sleep 1
done
xdotool search --name 'CODI Workshop' >/dev/null 2>&1 || { echo 'no window appeared'; exit 1; }
sleep 4
xdotool mousemove 1023 767 2>/dev/null || true
sleep 1
[ -z '$shot' ] || import -window root '$shot'
wait \$app
INNER
timeout 300 xvfb-run -a -s "-screen 0 1024x768x24" bash "$work/window.sh" \
  || fail "the window did not run to its end"
[ -z "$shot" ] || echo "screenshot: $shot"

step "room voting: served on 127.0.0.1, the join page reached from Linux, the port let go"
wineserver -k 2>/dev/null || true
wineserver -w
cat >"$work/voting.sh" <<INNER
set -e
export CODI_WORKSHOP_DATA_DIR='$(winpath "$work/data")'
wine '$exe' --screen scoring:$round:MoSW:1 --listen 127.0.0.1 --room-voting 0 \
  --quit-after-frames 300 '$(winpath "$dir/demo.codi.json")' >'$work/voting.out' 2>&1 &
app=\$!
url=
for i in \$(seq 120); do
  url=\$(grep -o 'http://127.0.0.1:[0-9]*/j/[A-Z0-9]*' '$work/voting.out' | head -1 || true)
  [ -n "\$url" ] && break
  sleep 1
done
[ -n "\$url" ] || { echo 'no join address printed'; exit 1; }
code=\$(curl -s -o '$work/join.html' -w '%{http_code}' --max-time 20 "\$url")
[ "\$code" = 200 ] || { echo "the join page answered \$code"; exit 1; }
grep -q 'CODI room vote' '$work/join.html' || { echo 'not the join page'; exit 1; }
echo "\$url" >'$work/url'
wait \$app
INNER
timeout 300 xvfb-run -a -s "-screen 0 1024x768x24" bash "$work/voting.sh" \
  || fail "room voting under Wine: $(cat "$work/voting.out" 2>/dev/null | head -5)"
port=$(sed 's#http://127.0.0.1:\([0-9]*\)/.*#\1#' "$work/url")
python3 -c "import socket,sys; s=socket.socket(); s.bind(('127.0.0.1', int(sys.argv[1]))); s.close()" "$port" \
  || fail "port $port is still held after the app ended"
echo "join page served on port $port; the port is free again"
echo "windows-check: all passed"
