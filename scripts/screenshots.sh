#!/usr/bin/env bash
# make screenshots: renders the sample month's digest in English and Japanese with headless
# Chromium (Debian's package), at desktop and phone width, into screenshots/ (git-ignored), and
# fails when a page logs a console message, is refused anything by its Content-Security-Policy,
# or holds a script. Then the generator's 10,000-message month (../shared/bench/gen_month.py, or
# BENCH_TOOLS; skipped with a word when absent): its first screen at 1280x800, the phone's first
# screen and whole page, and the page printed to PDF, with its page count.
set -euo pipefail
cd "$(dirname "$0")/.."
SUDO=""; [ "$(id -u)" = 0 ] || SUDO=sudo
if ! command -v chromium >/dev/null || ! fc-list | grep -qi "Noto Sans CJK"; then
  $SUDO apt-get update -q && $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium fonts-noto-cjk
fi
swift build -c release >/dev/null
OUT=screenshots
rm -rf "$OUT" && mkdir -p "$OUT"
failed=0
for lang in en ja; do
  .build/release/notice-digest build --input samples/2026-11/notices.mbox --month 2026-11 --timezone UTC \
    --lang "$lang" --out "$OUT/site-$lang" --quiet >/dev/null
  for page in "$OUT/site-$lang/2026-11/index.html" "$OUT/site-$lang/index.html"; do
    name=$(basename "$(dirname "$page")")-$lang
    [ "$page" = "$OUT/site-$lang/index.html" ] && name=site-index-$lang
    for size in desktop:1280,2600 phone:390,2600; do
      chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --window-size="${size#*:}" \
        --screenshot="$OUT/$name-${size%%:*}.png" "file://$PWD/$page" >/dev/null 2>&1
    done
    log=$(chromium --headless --no-sandbox --disable-gpu --enable-logging=stderr --v=0 --dump-dom \
      "file://$PWD/$page" 2>&1 >"$OUT/$name.dom.html" | grep -E "CONSOLE|Uncaught|Refused to|Content Security Policy" || true)
    if [ -n "$log" ]; then echo "$page: the browser reported: $log"; failed=1; fi
    if grep -qi "<script" "$OUT/$name.dom.html"; then echo "$page: the page holds a script"; failed=1; fi
  done
done
TOOLS=${BENCH_TOOLS:-../shared/bench}
CORPUS=${CORPUS:-/tmp/bench-corpus}
if [ -f "$TOOLS/gen_month.py" ]; then
  mkdir -p "$CORPUS"
  [ -s "$CORPUS/m10k.mbox" ] || python3 "$TOOLS/gen_month.py" --accounts 200 --messages 10000 --month 2026-11 \
    --seed 1 --out "$CORPUS/m10k.mbox" >/dev/null
  for lang in en ja; do
    site="$OUT/m10k-$lang"
    .build/release/notice-digest build --input "$CORPUS/m10k.mbox" --month 2026-11 --lang "$lang" --out "$site" \
      --quiet >/dev/null
    page="file://$PWD/$site/2026-11/index.html"
    chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --window-size=1280,800 \
      --screenshot="$OUT/m10k-$lang-first-screen.png" "$page" >/dev/null 2>&1
    chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --window-size=390,844 \
      --screenshot="$OUT/m10k-$lang-phone-first-screen.png" "$page" >/dev/null 2>&1
    chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --window-size=390,9000 \
      --screenshot="$OUT/m10k-$lang-phone.png" "$page" >/dev/null 2>&1
    chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf="$OUT/m10k-$lang.pdf" \
      "$page" >/dev/null 2>&1
    pages=$(python3 -c 'import re,sys; print(len(re.findall(rb"/Type\s*/Page(?!s)", open(sys.argv[1], "rb").read())))' \
      "$OUT/m10k-$lang.pdf")
    echo "10k month ($lang): the page prints on $pages pages ($OUT/m10k-$lang.pdf)"
  done
else
  echo "screenshots: $TOOLS/gen_month.py not found, the 10k month is skipped (set BENCH_TOOLS)"
fi
ls "$OUT"/*.png
[ "$failed" = 0 ] && echo "screenshots: no console message, no script" || exit 1
