#!/usr/bin/env bash
# make bench: notice-digest against the Python peer and GMime's bare parse, on a generated month.
#
#   bench/run.sh [MESSAGES]        MESSAGES = 10000 (default), 100000 or 1000000
#   RUNS=3 bench/run.sh 10000      timed runs per command (default: 3 up to 10k, else 1), after one warm-up
#   PEER=0 bench/run.sh 1000000    skip the Python peer (8 minutes at 100k, over an hour at 1M)
#
# The month comes from the generator in ../shared/bench (BENCH_TOOLS overrides) and is written to
# /tmp/bench-corpus (CORPUS overrides); it is generated once and reused. Prints, for each command:
# wall and CPU seconds, messages/s, MB/s, peak resident memory; the ratios of the wall times; and the
# classification scores of notice-digest and the peer against the generator's labels.
set -euo pipefail
cd "$(dirname "$0")/.."
MESSAGES=${1:-10000}
TOOLS=${BENCH_TOOLS:-../shared/bench}
CORPUS=${CORPUS:-/tmp/bench-corpus}
PEER=${PEER:-1}
case "$MESSAGES" in
  10000) ACCOUNTS=200; NAME=m10k ;;
  100000) ACCOUNTS=2000; NAME=m100k ;;
  1000000) ACCOUNTS=20000; NAME=m1m ;;
  *) echo "bench: MESSAGES must be 10000, 100000 or 1000000, not $MESSAGES" >&2; exit 2 ;;
esac
RUNS=${RUNS:-$([ "$MESSAGES" -le 10000 ] && echo 3 || echo 1)}
[ -f "$TOOLS/gen_month.py" ] || { echo "bench: $TOOLS/gen_month.py not found; set BENCH_TOOLS" >&2; exit 2; }
mkdir -p "$CORPUS/bin" "$CORPUS/out"
MBOX="$CORPUS/$NAME.mbox"
if [ ! -s "$MBOX" ] || [ ! -s "$CORPUS/$NAME.labels.jsonl" ]; then
  echo "generating $MBOX ($MESSAGES messages, $ACCOUNTS accounts, seed 1)…"
  python3 "$TOOLS/gen_month.py" --accounts "$ACCOUNTS" --messages "$MESSAGES" --month 2026-11 --seed 1 --out "$MBOX"
fi
make --no-print-directory deps >/dev/null
[ -x /usr/bin/time ] || { sudo_=""; [ "$(id -u)" = 0 ] || sudo_=sudo; $sudo_ apt-get install -y -q time >/dev/null; }
if [ "$PEER" = 1 ] && ! python3 -c 'import cmarkgfm' 2>/dev/null; then pip install -q cmarkgfm || true; fi
swift build -c release >/dev/null
# shellcheck disable=SC2046
cc -O2 -o "$CORPUS/bin/gmime_parse" "$TOOLS/gmime_parse.c" $(pkg-config --cflags --libs gmime-3.0)

SIZE=$(stat -c %s "$MBOX")
RESULTS=$(mktemp)
trap 'rm -f "$RESULTS"' EXIT

# measure NAME CMD...: one warm-up (for RUNS > 1), then RUNS runs; the median wall time's row is kept.
measure() {
  local name=$1; shift
  local rows=() row
  [ "$RUNS" -gt 1 ] && "$@" >/dev/null 2>&1 || true
  for _ in $(seq 1 "$RUNS"); do
    /usr/bin/time -f "%e %U %S %M" -o "$CORPUS/time.txt" "$@" >/dev/null 2>"$CORPUS/stderr.txt" || true
    rows+=("$(tail -n 1 "$CORPUS/time.txt")")
  done
  row=$(printf '%s\n' "${rows[@]}" | sort -n | sed -n "$(( (RUNS + 1) / 2 ))p")
  echo "$name $row" >> "$RESULTS"
}

echo "corpus: $MBOX, $MESSAGES messages, $((SIZE / 1000000)) MB; $RUNS run(s) each, median shown; $(nproc) cores"
cat "$MBOX" > /dev/null  # every command reads the file from the page cache, none from disk
measure gmime_parse "$CORPUS/bin/gmime_parse" "$MBOX"
measure notice-digest .build/release/notice-digest build --input "$MBOX" --month 2026-11 --timezone UTC --out "$CORPUS/out/nd" --quiet
[ "$PEER" = 1 ] && measure py_digest python3 "$TOOLS/py_digest.py" "$MBOX" -o "$CORPUS/out/py" --jsonl "$CORPUS/out/py.jsonl"

python3 - "$RESULTS" "$MESSAGES" "$SIZE" <<'PY'
import sys
rows = {}
for line in open(sys.argv[1]):
    name, wall, user, sys_, rss = line.split()
    rows[name] = (float(wall), float(user) + float(sys_), int(rss) / 1024)
n, size = int(sys.argv[2]), int(sys.argv[3])
print(f"{'command':<14} {'wall s':>9} {'CPU s':>9} {'msgs/s':>10} {'MB/s':>8} {'peak MiB':>9}")
for name, (wall, cpu, rss) in rows.items():
    print(f"{name:<14} {wall:>9.2f} {cpu:>9.2f} {n / wall:>10.0f} {size / 1e6 / wall:>8.1f} {rss:>9.1f}")
nd = rows["notice-digest"][0]
print(f"notice-digest / gmime_parse wall: {nd / rows['gmime_parse'][0]:.2f}  (target at most 0.75)")
if "py_digest" in rows:
    print(f"py_digest / notice-digest wall:   {rows['py_digest'][0] / nd:.1f}x  (target at least 50x)")
PY

# Scores against the generator's labels: our digest.json as predictions in score.py's form.
python3 - "$CORPUS/out/nd/2026-11/digest.json" "$CORPUS/out/nd.jsonl" <<'PY'
import json, sys
digest = json.load(open(sys.argv[1]))
with open(sys.argv[2], "w") as out:
    for m in digest["messages"]:
        category = "phishing-suspect" if m["trust"] == "suspicious" else m["category"]
        out.write(json.dumps({"message_id": "<%s>" % m["messageId"], "category": category,
                              "accounts": m["accounts"], "regions": m["regions"],
                              "services": [s.lower() for s in m["services"]],
                              "deadline": m["deadline"], "group": m["groupId"]}) + "\n")
PY
echo "scores, notice-digest:"
python3 "$TOOLS/score.py" "$CORPUS/$NAME.labels.jsonl" "$CORPUS/out/nd.jsonl"
if [ "$PEER" = 1 ]; then
  echo "scores, py_digest:"
  python3 "$TOOLS/score.py" "$CORPUS/$NAME.labels.jsonl" "$CORPUS/out/py.jsonl"
fi
