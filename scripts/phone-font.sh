#!/usr/bin/env bash
# Make the phone page's Bengali font: Noto Sans Bengali cut to the Bengali block (with
# every shaping feature, so conjuncts still form), without hinting, as WOFF2.
# Needs Debian's fonts-noto-core, python3-fonttools and python3-brotli.
set -euo pipefail
cd "$(dirname "$0")/.."
/usr/bin/python3 -m fontTools.subset /usr/share/fonts/truetype/noto/NotoSansBengali-Regular.ttf \
  --unicodes="U+0980-09FF,U+0964-0965,U+200C-200D,U+25CC" \
  --layout-features='*' --no-hinting --desubroutinize --flavor=woff2 \
  --output-file=assets/phone/bengali.woff2
ls -l assets/phone/bengali.woff2
