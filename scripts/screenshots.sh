#!/usr/bin/env bash
# Render the main screens of the demo workspace in a real window under Xvfb and save
# them to docs/screenshots/<name>.png. Needs: xvfb, xdotool, imagemagick (import), the
# app built. Each shot: a name, a start screen, the window size, the screen size, and
# keys typed into the window first (xdotool names).
set -euo pipefail
cd "$(dirname "$0")/.."
# OUT and BIN override where the pictures go and which build is used. LANGUAGE=bn (or
# es, fr, en-XA) shows the window in that language, with the workspace in it too (the
# room's language; not for the pseudo-locale), names the pictures `<LANGUAGE>-<name>`
# and takes every shot at 1024x768. ONLY=regex takes only the shots whose name matches.
out=${OUT:-docs/screenshots}
language=${LANGUAGE:-}
only=${ONLY:-.}
mkdir -p "$out"
if [ -z "${BIN:-}" ]; then
  cargo build --release --bin codi-workshop
fi
bin=$(realpath "${BIN:-target/release/codi-workshop}")
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
"$bin" demo "$tmp/demo.codi.json" >/dev/null
# A ministry with a 70-character name, for the workspace shot.
long="Ministry of Disaster Management, Relief and Climate Resilience Services"
printf 'round,date,ministry,ministry_name,area,score\nfollowup-2024,2024-08-04,MoDRC,"%s",inclusiveness,3\n' "$long" >"$tmp/long.csv"
"$bin" import-csv "$tmp/long.csv" --into "$tmp/demo.codi.json" -o "$tmp/long.codi.json" >/dev/null
# A round under review with reviewers' comments, and the same round validated.
cp "$tmp/demo.codi.json" "$tmp/review.codi.json"
r=(--round followup-2024)
"$bin" comment "$tmp/review.codi.json" "${r[@]}" --ministry MoSW --area 3 --by "PEFA Secretariat" --text "Which survey supports level 3? Please cite it in the evidence." >/dev/null
"$bin" comment "$tmp/review.codi.json" "${r[@]}" --ministry MoSW --area 3 --respond 1 --resolved --text "The 2023 beneficiary survey; now cited in the evidence." >/dev/null
"$bin" comment "$tmp/review.codi.json" "${r[@]}" --ministry HSD --area 8 --by "Finance Division" --text "No level was agreed: is a second session planned?" >/dev/null
"$bin" review "$tmp/review.codi.json" "${r[@]}" --to under-review --by "Coordination Office" >/dev/null
cp "$tmp/review.codi.json" "$tmp/validated.codi.json"
"$bin" comment "$tmp/validated.codi.json" "${r[@]}" --ministry HSD --area 8 --respond 1 --resolved --text "Yes, in March." >/dev/null
"$bin" review "$tmp/validated.codi.json" "${r[@]}" --to validated --by "Dr. Rahman" >/dev/null
# Two rooms' copies of the demo that scored some areas differently, and a look-alike
# ministry code, for the merge window.
printf 'round,date,ministry,area,score\nfollowup-2024,2024-08-04,MoSW,1,1\nfollowup-2024,2024-08-04,MoDMR,4,1\nfollowup-2024,2024-08-04,HSD,8,2\n' >"$tmp/room-a.csv"
printf 'round,date,ministry,ministry_name,area,score\nfollowup-2024,2024-08-04,MoSW,Ministry of Social Welfare,1,4\nfollowup-2024,2024-08-04,MoDMR,Ministry of Disaster Management and Relief,4,4\nfollowup-2024,2024-08-04,HSD,Health Services Division,8,3\nfollowup-2024,2024-08-04,M0SW,Ministry of Social Welfare,2,3\n' >"$tmp/room-b.csv"
"$bin" import "$tmp/room-a.csv" --into "$tmp/demo.codi.json" -o "$tmp/room-a.codi.json" >/dev/null
"$bin" import "$tmp/room-b.csv" --into "$tmp/demo.codi.json" -o "$tmp/room-b.codi.json" >/dev/null
lang_arg=""
if [ -n "$language" ]; then
  lang_arg="--language $language"
  if [ "$language" != "en-XA" ]; then
    for f in demo long review validated room-a room-b; do
      python3 -c 'import json,sys; p=sys.argv[1]; d=json.load(open(p)); d["language"]=sys.argv[2]; json.dump(d, open(p, "w"), ensure_ascii=False, indent=1)' "$tmp/$f.codi.json" "$language"
    done
  fi
fi
export CODI_WORKSHOP_DATA_DIR="$tmp/data"

# The card count typed (masked), and applied: Enter shows it to the room.
typed="t 0 3 5"
tally="$typed Return"
# name | file | screen | window | screen size | keys
shots=(
  "workspace|demo|workspace|1280x800|1280x800|"
  "workspace-long-name|long|workspace|1024x768|1024x768|wheel"
  "scoring|demo|scoring:followup-2024:MoSW:1|1280x800|1280x800|"
  "room-before-1024x768|demo|scoring:followup-2024:HSD:9|1024x768|1024x768|$typed"
  "room-after-1024x768|demo|scoring:followup-2024:HSD:9|1024x768|1024x768|$tally 3"
  "presenting-1024x768|demo|scoring:followup-2024:HSD:9|1024x768|1024x768|$tally F5"
  "earlier-round-ask-1024x768|demo|scoring:baseline-2022:MoSW:1|1024x768|1024x768|4"
  "earlier-round-marker-1024x768|demo|scoring:baseline-2022:MoSW:1|1024x768|1024x768|4 Tab Return"
  "room-800x600|demo|scoring:followup-2024:HSD:8|800x600|800x600|"
  "room-voting-800x600|demo|scoring:followup-2024:HSD:8|800x600|800x600|w"
  "questions-1024x768|demo|scoring:followup-2024:HSD:2|1024x768|1024x768|q"
  "help-keys-1024x768|demo|scoring:followup-2024:MoSW:1|1024x768|1024x768|F1"
  "room-voting-1024x768|demo|scoring:followup-2024:HSD:8|1024x768|1024x768|w"
  "room-join-1024x768|demo|scoring:followup-2024:HSD:8|1024x768|1024x768|w j"
  "room-voting-after-1024x768|demo|scoring:followup-2024:HSD:8|1024x768|1024x768|w $tally"
  "two-windows-2048x768|demo|scoring:followup-2024:HSD:9|1024x768|2048x768|$tally click:830,168"
  "summary|demo|summary:followup-2024:MoSW|1280x800|1280x800|"
  "radar|demo|radar|1280x800|1280x800|"
  "present-radar-1024x768|demo|radar|1024x768|1024x768|p"
  "present-heatmap-1024x768|demo|heatmap|1024x768|1024x768|p"
  "present-trend-1024x768|demo|trend|1024x768|1024x768|p"
  "present-changes-1024x768|demo|changes|1024x768|1024x768|p"
  "trend|demo|trend|1280x800|1280x800|"
  "heatmap|demo|heatmap|1280x800|1280x800|"
  "changes|demo|changes|1280x800|1280x800|"
  "history|demo|history|1280x800|1280x800|"
  "tables-1024x768|demo|tables:followup-2024|1024x768|1024x768|"
  "review-1024x768|review|review|1024x768|1024x768|"
  "validated-1024x768|validated|scoring:followup-2024:MoSW:1|1024x768|1024x768|3"
  "merge-1024x768|room-a>room-b|workspace|1024x768|1024x768|"
)
for shot in "${shots[@]}"; do
  IFS='|' read -r name file screen size screen_size keys <<<"$shot"
  [[ "$name" =~ $only ]] || continue
  if [ -n "$language" ]; then
    name="$language-$(sed -E 's/-[0-9]+x[0-9]+$//' <<<"$name")"
    [ "$screen_size" = "2048x768" ] || { size=1024x768; screen_size=1024x768; }
  fi
  w=${screen_size%x*}; h=${screen_size#*x}
  # Each shot starts from the same file: keys typed in one never show in the next.
  # FILE>OTHER opens FILE and merges OTHER in.
  merge_arg=""
  if [[ "$file" == *">"* ]]; then
    merge_arg="--merge $tmp/${file#*>}.codi.json"
    file=${file%>*}
  fi
  cp "$tmp/$file.codi.json" "$tmp/shot.codi.json"
  rm -rf "$tmp/data"
  cat >"$tmp/shot.sh" <<INNER
'$bin' $lang_arg $merge_arg --screen '$screen' --window-size '$size' '$tmp/shot.codi.json' &
app=\$!
sleep 3
# No window manager: give the app's window the keyboard focus.
xdotool mousemove 400 180
win=\$(xdotool search --name "CODI Workshop" | head -1)
[ -n "\$win" ] && xdotool windowfocus "\$win"
sleep 0.3
for k in $keys; do
  case "\$k" in
    wheel) xdotool mousemove 600 500 click --repeat 12 --delay 50 5 ;;
    click:*) xy=\${k#click:}; xdotool mousemove \${xy%,*} \${xy#*,} click 1 ;;
    *) xdotool key --delay 100 "\$k" ;;
  esac
  sleep 0.3
done
xdotool mousemove $((w - 2)) $((h - 2)) 2>/dev/null || true
sleep 1.5
import -window root '$out/$name.png'
kill \$app; wait \$app 2>/dev/null || true
INNER
  xvfb-run -a -s "-screen 0 ${w}x${h}x24" bash "$tmp/shot.sh"
  echo "wrote $out/$name.png"
done
