#!/usr/bin/env bash
# make screenshots: renders the sample month's digest in English and Japanese with headless
# Chromium (Debian's package), at desktop and phone width, into screenshots/ (git-ignored), and
# fails when a page logs a console message, is refused anything by its Content-Security-Policy,
# or holds a script.
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
ls "$OUT"/*.png
[ "$failed" = 0 ] && echo "screenshots: no console message, no script" || exit 1
