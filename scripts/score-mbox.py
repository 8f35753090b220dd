#!/usr/bin/env python3
"""Scores notice-digest on a labelled mbox, as it arrives: each message carries
`X-Training-Label` (its category) and, optionally, `X-Training-Deadline` (YYYY-MM-DD or none) and
`X-Training-Phishing: yes` (a phishing mail: read right when flagged suspicious, as `make eval` does).
The tool never reads those headers.

    python3 scripts/score-mbox.py FILE.mbox [--binary PATH] [--rules FILE] [--misses]

Prints category accuracy, critical recall (abuse and security-incident found as either),
critical notices wrongly raised, deadline exact and false deadlines (when deadlines are
labelled), low-confidence share, and the confusion counts. With --misses, each wrong reading by
its subject. Use it on a batch before any rule or model has seen it; once a batch has been
scored this way and read, it is development data, not a measurement.
"""

import argparse
import collections
import email.header
import importlib.util
import json
import mailbox
import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
spec = importlib.util.spec_from_file_location("evaluation", os.path.join(ROOT, "scripts", "eval.py"))
evaluation = importlib.util.module_from_spec(spec)
spec.loader.exec_module(evaluation)
CRITICAL = evaluation.CRITICAL
pct = evaluation.pct


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("mbox")
    parser.add_argument("--binary", default=os.path.join(ROOT, ".build", "release", "notice-digest"))
    parser.add_argument("--rules", help="a rules file applied on top of the defaults (notice-digest --rules)")
    parser.add_argument("--misses", action="store_true")
    parser.add_argument("--json", action="store_true", help="print the scores as JSON")
    args = parser.parse_args()

    messages = list(mailbox.mbox(args.mbox))
    out = subprocess.run([args.binary, "classify", "--json", args.mbox] + (["--rules", args.rules] if args.rules else []), check=True, capture_output=True,
                         text=True).stdout
    readings = [json.loads(line) for line in out.splitlines() if line.startswith("{")]
    if len(readings) != len(messages):
        sys.exit("score-mbox: %d messages in %s, %d read" % (len(messages), args.mbox, len(readings)))

    s = collections.Counter()
    confusion = collections.Counter()
    misses = []
    for number, (message, got) in enumerate(zip(messages, readings)):
        want = message["X-Training-Label"]
        if want is None:
            sys.exit("score-mbox: a message without X-Training-Label: %s" % message["Subject"])
        decoded = str(email.header.make_header(email.header.decode_header(str(message["Subject"]))))
        subject = "#%d %s" % (number + 1, " ".join(decoded.split())[:80])
        s["total"] += 1
        s["low"] += got.get("confidence") == "low"
        if (message["X-Training-Phishing"] or "").strip() == "yes":
            # A phishing mail is read right when it is flagged suspicious (kept apart, in no category).
            s["phishing"] += 1
            s["phishing_flagged"] += got["trust"] == "suspicious"
            s["category"] += got["trust"] == "suspicious"
            if got["trust"] != "suspicious":
                misses.append("phishing not flagged (%s), label %s: %s" % (got["trust_reason"], want, subject))
            continue
        if got["trust"] == "suspicious":
            s["genuine_flagged"] += 1
            misses.append("genuine flagged suspicious (%s): %s" % (got["trust_reason"], subject))
        s["category"] += got["category"] == want
        if got["category"] != want:
            confusion[(want, got["category"])] += 1
            misses.append("category %s (rule %s), label %s: %s" % (got["category"], got["rule"], want, subject))
        if want in CRITICAL:
            s["critical"] += 1
            s["critical_found"] += got["category"] in CRITICAL
        elif got["category"] in CRITICAL:
            s["false_critical"] += 1
        deadline = message["X-Training-Deadline"]
        if deadline is None:
            continue
        deadline = None if deadline.strip() == "none" else deadline.strip()
        if deadline:
            s["dated"] += 1
            s["deadline"] += got["deadline"] == deadline
            if got["deadline"] != deadline:
                misses.append("deadline %s, label %s: %s" % (got["deadline"], deadline, subject))
        else:
            s["undated"] += 1
            if got["deadline"]:
                s["false_deadline"] += 1
                misses.append("deadline %s, label none: %s" % (got["deadline"], subject))

    if args.json:
        print(json.dumps(dict(s, confusion={"%s>%s" % k: v for k, v in confusion.items()}), sort_keys=True))
        return
    print("%s: %d notices" % (os.path.basename(args.mbox), s["total"]))
    print("  category        %s (%d)" % (pct(s["category"], s["total"]), s["category"]))
    print("  critical found  %d / %d; critical raised wrongly %d" % (s["critical_found"], s["critical"],
                                                                    s["false_critical"]))
    if s["dated"] or s["undated"]:
        print("  deadline exact  %s (%d / %d)" % (pct(s["deadline"], s["dated"]), s["deadline"], s["dated"]))
        print("  false deadlines %s (%d / %d)" % (pct(s["false_deadline"], s["undated"]), s["false_deadline"],
                                                 s["undated"]))
    print("  low confidence  %s" % pct(s["low"], s["total"]))
    if s["phishing"]:
        print("  phishing flagged %d / %d (labelled X-Training-Phishing: yes; read right when flagged)" % (
            s["phishing_flagged"], s["phishing"]))
    if s["genuine_flagged"]:
        print("  genuine flagged suspicious %d" % s["genuine_flagged"])
    if confusion:
        print("  confusions (label > read): " + ", ".join(
            "%s>%s %d" % (a, b, n) for (a, b), n in sorted(confusion.items(), key=lambda kv: (-kv[1], kv[0]))))
    if args.misses:
        for miss in misses:
            print("    " + miss)


if __name__ == "__main__":
    main()
