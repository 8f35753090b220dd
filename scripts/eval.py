#!/usr/bin/env python3
"""Score notice-digest's judgement on labelled notices and print a table (`make eval`).

Sets:
  corpus-tune   the project's corpus, the half the rules may be tuned on
  corpus-score  the project's corpus, the half that is only scored
  real-notices  ../shared/data/real-notices (when the folder is present): real notices, labels.tsv

The corpus (Tests/Fixtures/Resources/corpus) is split by *source*: every notice names the public
notice it was written after (`source`), and all notices written after one source fall in the same
half (the parity of a SHA-256 of the key), so a rule tuned on one half never saw a sibling of a
scored notice.

Usage: scripts/eval.py [--binary PATH] [--misses SET] [--json]
"""
import argparse
import csv
import hashlib
import json
import os
import re
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CORPUS = os.path.join(ROOT, "Tests", "Fixtures", "Resources", "corpus")
REAL = os.path.normpath(os.path.join(ROOT, "..", "shared", "data", "real-notices"))
CRITICAL = {"abuse", "security-incident"}

# Names the real notices' labels use for services, as the tool's ids.
SERVICE_ALIASES = {
    "AURORA": "RDS", "OPENSEARCH": "ES", "ELASTICSEARCH": "ES", "FARGATE": "ECS", "BUDGETS": "BILLING",
    "AUTOSCALING": "AUTOSCALING", "ENDUSERMESSAGING": "SMS-VOICE", "SDKJAVA": "SDK", "CLOUDTRAIL": "CLOUDTRAIL",
    "WAF": "WAF", "ORGANIZATIONS": "ORGANIZATIONS",
}
PROVIDER_PREFIXES = {"GCP": "google-cloud", "AZURE": "azure", "DIGITALOCEAN": "digitalocean"}


def half_of(source):
    """'tune' or 'score', decided by the source key alone."""
    return "tune" if int(hashlib.sha256(source.encode()).hexdigest(), 16) % 2 == 0 else "score"


def norm_service(name):
    """A label's or the tool's service name, in one comparable form."""
    if ":" in name:
        provider, product = name.split(":", 1)
        return provider.lower() + ":" + re.sub(r"[^a-z0-9]", "", product.lower())
    if "-" in name:
        head, tail = name.split("-", 1)
        if head.upper() in PROVIDER_PREFIXES:
            return PROVIDER_PREFIXES[head.upper()] + ":" + re.sub(r"[^a-z0-9]", "", tail.lower())
    key = re.sub(r"[^A-Z0-9]", "", name.upper())
    return SERVICE_ALIASES.get(key, key)


def corpus_labels():
    """Every labelled corpus notice: the top folder's labels.json and each subfolder's."""
    paths = [os.path.join(CORPUS, "labels.json")]
    for entry in sorted(os.listdir(CORPUS)):
        sub = os.path.join(CORPUS, entry, "labels.json")
        if os.path.isfile(sub):
            paths.append(sub)
    labels = []
    for path in paths:
        with open(path, encoding="utf-8") as f:
            for label in json.load(f):
                label["path"] = os.path.join(CORPUS, label["file"])
                label["categories"] = [label["category"]]
                label.setdefault("provider", "aws")
                label["source"] = label.get("source") or source_of(label)
                label["half"] = half_of(label["source"])
                labels.append(label)
    return labels


def source_of(label):
    """The public source a top-folder label names in its note ('Shape: … github.com/…')."""
    match = re.search(r"(?:https?://)?([a-z0-9.-]+\.[a-z]{2,}/[^\s,;)]*[^\s,;).])", label.get("note", ""))
    return match.group(1) if match else label["file"]


def real_labels():
    path = os.path.join(REAL, "labels.tsv")
    if not os.path.isfile(path):
        return []
    labels = []
    with open(path, encoding="utf-8") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            categories = row["category"].split("|")
            phishing = categories[0] == "phishing-suspect"
            labels.append(dict(
                file=row["file"], path=os.path.join(REAL, row["file"]), categories=categories,
                category=categories[0], services=[s for s in row["services"].split(";") if s],
                deadline=row["deadline"] or None, trust="suspicious" if phishing else None,
                reminder=row["reminder"] == "yes", accounts=[a for a in row["accounts"].split(";") if a],
                regions=[r for r in row["regions"].split(";") if r]))
    return labels


def classify(binary, paths):
    """The tool's reading of each file, by path."""
    out = subprocess.run([binary, "classify", "--json", *paths], check=True, capture_output=True, text=True).stdout
    result = {}
    for line in out.splitlines():
        if line.startswith("{"):
            record = json.loads(line)
            result.setdefault(record["source"], record)
    return result


def score(labels, readings):
    s = dict(total=0, category=0, critical=0, critical_found=0, dated=0, deadline=0, undated=0,
             false_deadline=0, svc_tp=0, svc_label=0, svc_found=0, genuine=0, genuine_flagged=0, phishing=0,
             phishing_flagged=0, low=0, misses=[])
    for label in labels:
        got = readings.get(label["path"])
        s["total"] += 1
        name = os.path.relpath(label["path"], ROOT if label["path"].startswith(ROOT) else REAL)
        if got is None:
            s["misses"].append("%s: not read" % name)
            continue
        phishing = label.get("trust") == "suspicious"
        wanted = label["categories"]
        if wanted[0] == "phishing-suspect":
            right = got["trust"] == "suspicious"
        else:
            right = got["category"] in wanted
        s["category"] += right
        if not right:
            s["misses"].append("%s: category %s (rule %s), label %s" % (
                name, got["category"], got["rule"], "|".join(wanted)))
        if wanted[0] in CRITICAL:
            s["critical"] += 1
            s["critical_found"] += got["category"] in CRITICAL
        if got.get("confidence") == "low":
            s["low"] += 1
        if label["deadline"]:
            s["dated"] += 1
            s["deadline"] += got["deadline"] == label["deadline"]
            if got["deadline"] != label["deadline"]:
                s["misses"].append("%s: deadline %s, label %s" % (name, got["deadline"], label["deadline"]))
        elif wanted[0] != "phishing-suspect":
            s["undated"] += 1
            if got["deadline"]:
                s["false_deadline"] += 1
                s["misses"].append("%s: deadline %s, label none" % (name, got["deadline"]))
        want = {norm_service(x) for x in label["services"]}
        have = {norm_service(x) for x in got["services"]}
        s["svc_label"] += len(want)
        s["svc_found"] += len(have)
        s["svc_tp"] += len(want & have)
        if want - have:
            s["misses"].append("%s: services %s, label %s" % (name, sorted(have), sorted(want)))
        if phishing:
            s["phishing"] += 1
            s["phishing_flagged"] += got["trust"] == "suspicious"
            if got["trust"] != "suspicious":
                s["misses"].append("%s: phishing not flagged (%s)" % (name, got["trust_reason"]))
        else:
            s["genuine"] += 1
            if got["trust"] == "suspicious":
                s["genuine_flagged"] += 1
                s["misses"].append("%s: genuine flagged suspicious: %s" % (name, got["trust_reason"]))
    return s


def pct(a, b):
    return "–" if b == 0 else "%.1f %%" % (100.0 * a / b)


def row(name, s):
    return [name, str(s["total"]), pct(s["category"], s["total"]),
            "%d / %d" % (s["critical_found"], s["critical"]),
            pct(s["deadline"], s["dated"]), pct(s["false_deadline"], s["undated"]),
            "%s / %s" % (pct(s["svc_tp"], s["svc_found"]), pct(s["svc_tp"], s["svc_label"])),
            "%d / %d" % (s["genuine_flagged"], s["genuine"]),
            "%d / %d" % (s["phishing_flagged"], s["phishing"]),
            pct(s["low"], s["total"])]


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--binary", default=os.path.join(ROOT, ".build", "release", "notice-digest"))
    parser.add_argument("--misses", action="append", default=[],
                        help="print what went wrong on this set (corpus-tune, real-notices; repeatable)")
    parser.add_argument("--json", action="store_true", help="print the scores as JSON")
    parser.add_argument("--development", action="store_true",
                        help="score only what rules may be developed on (corpus-tune, real-notices): the scored "
                             "half is not read, so looking at development figures never shows it")
    parser.add_argument("--write-halves", action="store_true",
                        help="write the corpus's split (file -> half) to its halves.json, for the tests, and stop")
    args = parser.parse_args()
    if args.write_halves:
        halves = {l["file"]: l["half"] for l in corpus_labels()}
        with open(os.path.join(CORPUS, "halves.json"), "w", encoding="utf-8") as f:
            json.dump(dict(sorted(halves.items())), f, indent=1)
            f.write("\n")
        print("%d notices: %d to tune on, %d to score" % (
            len(halves), sum(v == "tune" for v in halves.values()), sum(v == "score" for v in halves.values())))
        return

    corpus = corpus_labels()
    sets = [("corpus-tune", [l for l in corpus if l["half"] == "tune"])]
    if not args.development:
        sets.append(("corpus-score", [l for l in corpus if l["half"] == "score"]))
    real = real_labels()
    if real:
        sets.append(("real-notices", real))
    else:
        print("(../shared/data/real-notices is not here: scoring the project's corpus only)", file=sys.stderr)
    readings = classify(args.binary, [l["path"] for _, labels in sets for l in labels])
    scores = [(name, score(labels, readings)) for name, labels in sets]
    if args.json:
        print(json.dumps({name: {k: v for k, v in s.items() if k != "misses"} for name, s in scores}, indent=2))
        return
    head = ["set", "notices", "category", "critical found", "deadline exact", "false deadlines",
            "services P / R", "genuine flagged", "phishing flagged", "low confidence"]
    table = [head] + [row(name, s) for name, s in scores]
    widths = [max(len(r[i]) for r in table) for i in range(len(head))]
    for index, r in enumerate(table):
        print("| " + " | ".join(c.ljust(w) for c, w in zip(r, widths)) + " |")
        if index == 0:
            print("|" + "|".join("-" * (w + 2) for w in widths) + "|")
    for name, s in scores:
        if name in args.misses:
            print("\n%s misses:" % name)
            for miss in s["misses"]:
                print("  " + miss)


if __name__ == "__main__":
    main()
