#!/usr/bin/env bash
# Render each main screen of the demo workspace in a real window under Xvfb and save
# it to docs/screenshots/<screen>.png. Needs: xvfb, imagemagick (import), the app built.
set -euo pipefail
cd "$(dirname "$0")/.."
# OUT and BIN override where the pictures go and which build is used.
out=${OUT:-docs/screenshots}
mkdir -p "$out"
if [ -z "${BIN:-}" ]; then
  cargo build --release --bin codi-workshop
fi
bin=${BIN:-target/release/codi-workshop}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
"$bin" demo "$tmp/demo.codi.json" >/dev/null
export CODI_WORKSHOP_DATA_DIR="$tmp/data"

# name, screen, window size
shots=(
  "workspace workspace 1280x800"
  "scoring scoring:followup-2024:MoSW:1 1280x800"
  "scoring-projector-1024x768 scoring:followup-2024:HSD:8 1024x768"
  "summary summary:followup-2024:MoSW 1280x800"
  "radar radar 1280x800"
  "radar-1024x768 radar 1024x768"
  "trend trend 1280x800"
  "heatmap heatmap 1280x800"
  "changes changes 1280x800"
)
for shot in "${shots[@]}"; do
  read -r name screen size <<<"$shot"
  w=${size%x*}; h=${size#*x}
  xvfb-run -a -s "-screen 0 ${w}x${h}x24" bash -c "
    '$bin' --screen '$screen' --window-size '$size' '$tmp/demo.codi.json' &
    app=\$!
    sleep 3
    xdotool mousemove \$(( $w - 2 )) \$(( $h - 2 )) 2>/dev/null || true
    sleep 0.5
    import -window root '$out/$name.png'
    kill \$app; wait \$app 2>/dev/null || true
  "
  echo "wrote $out/$name.png"
done
