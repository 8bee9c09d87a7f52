#!/bin/bash
# Renders the same reports with two builds of the app and compares every page's pixels
# (pdftoppm at 60 and 150 dpi, ImageMagick's `compare -metric AE`): proof that a change
# to the PDF writer leaves what a reader sees alone.
#
#   bash scripts/pdf-pixels.sh OLD_BINARY NEW_BINARY [WORK_DIR]
#
# The reports: the workshop report and MoSW's summary in en, bn, es and fr, the report by
# cluster, and the table sheets (the demo with two table codes) in the four languages.
# Prints each page that differs and a count; exits 1 when any page differs.
set -euo pipefail
OLD=$1 NEW=$2 WORK=${3:-$(mktemp -d)}
D="--fixed-date 2026-12-04" R=followup-2024
make() {
  local bin=$1 out=$2
  mkdir -p "$out" && cd "$out"
  "$bin" demo demo.codi.json >/dev/null
  python3 - <<'PY'
import json
d = json.load(open('demo.codi.json'))
d['rounds'][1]['tables'] = {'MoSW': {'code': 'K7M2Q9XR'}, 'MoWCA': {'code': 'Q4N8T2VW'}}
json.dump(d, open('tables.codi.json', 'w'))
PY
  for l in en bn es fr; do
    "$bin" report demo.codi.json -o workshop-$l.pdf --round $R --language $l $D >/dev/null
    "$bin" report demo.codi.json -o summary-$l.pdf --round $R --ministry MoSW --language $l $D >/dev/null
    "$bin" report tables.codi.json -o sheets-$l.pdf --round $R --table-sheets 127.0.0.1:8765 --language $l $D >/dev/null
  done
  "$bin" report demo.codi.json -o cluster-en.pdf --round $R --by-cluster $D >/dev/null
  for f in *.pdf; do for r in 60 150; do mkdir -p png$r; pdftoppm -r $r -png "$f" png$r/"${f%.pdf}"; done; done
  cd - >/dev/null
}
make "$(realpath "$OLD")" "$WORK/old"
make "$(realpath "$NEW")" "$WORK/new"
n=0 bad=0
for r in 60 150; do
  for p in "$WORK"/old/png$r/*.png; do
    b=$(basename "$p"); n=$((n + 1))
    q="$WORK/new/png$r/$b"
    if [ ! -f "$q" ]; then echo "missing: $r dpi $b"; bad=$((bad + 1)); continue; fi
    cmp -s "$p" "$q" && continue
    d=$(compare -metric AE "$p" "$q" /dev/null 2>&1 || true)
    [ "$d" = "0" ] || { echo "differs: $r dpi $b ($d pixels)"; bad=$((bad + 1)); }
  done
done
echo "pages compared: $n (at 60 and 150 dpi), differing: $bad"
[ "$bad" -eq 0 ]
