#!/usr/bin/env python3
"""Train the learned model (`make model`): Sources/DigestClassify/Resources/learned-model.json.

A multinomial logistic regression (scikit-learn, L2, C=1, lbfgs; deterministic) over the words
`notice-digest classify --features` reads of each notice, trained on the *tuned* half of the
project's corpus (Tests/Fixtures/Resources/corpus, halves by source as `make eval` splits them)
on every mbox in Tests/Fixtures/Resources/training/ and its subfolders (notices in our own words, each
labelled by its X-Training-Label header; see the README there), and on every mbox under
Tests/Fixtures/Resources/validation/ (the blind batches, each scored at arrival and read before it is
trained on). The scored half and ../shared/data/real-notices stay unseen, so `make eval` measures the
model honestly. Words seen in fewer than two notices are dropped; weights are rounded to four
decimals, and words whose weights all round to zero are left out.

Usage: scripts/train-model.py [--binary PATH] [--out PATH] [--cv | --by-batch] [--leave-out SET ...]
  --cv          print a five-fold cross-validation by source on the tuned half (accuracy, critical
                recall, false critical; the labelled mboxes are in every training fold), without
                writing the model.
  --by-batch    leave one validation batch out at a time: what the model alone reads of it, trained
                on everything else, beside a model trained on no validation batch; writes nothing.
  --leave-out   train without these labelled mboxes (by name without .mbox: set-g36 set-g37), e.g. to
                put the model of an older build in the state it had before those batches arrived.
"""
import argparse
import importlib.util
import json
import mailbox
import os
import random
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
spec = importlib.util.spec_from_file_location("evaluation", os.path.join(ROOT, "scripts", "eval.py"))
evaluation = importlib.util.module_from_spec(spec)
spec.loader.exec_module(evaluation)

CATEGORIES = ["abuse", "security-incident", "action-required", "security-advisory", "maintenance", "pricing",
              "billing", "informational"]
CRITICAL = {"abuse", "security-incident"}
TRAINING = os.path.join(ROOT, "Tests", "Fixtures", "Resources", "training")
VALIDATION = os.path.join(ROOT, "Tests", "Fixtures", "Resources", "validation")


def features(binary, paths):
    """The words of each message, in the order read (an mbox gives one record per message)."""
    out = subprocess.run([binary, "classify", "--features", *paths], check=True, capture_output=True,
                         text=True).stdout
    return [json.loads(line) for line in out.splitlines() if line.startswith("{")]


def labelled_mboxes(leave_out=()):
    """The labelled mboxes trained on: the training folder's and, once scored at arrival and read, the
    validation batches' (both folders and their subfolders), in path order; a file whose name (without
    .mbox, e.g. set-g37) is in `leave_out` is skipped."""
    paths = sorted(os.path.join(folder, name) for top in (TRAINING, VALIDATION)
                   for folder, _, names in os.walk(top) for name in names if name.endswith(".mbox"))
    return [p for p in paths if os.path.basename(p)[:-len(".mbox")] not in leave_out]


def mbox_notices(binary, path):
    """One labelled mbox's notices, in order: (words, label); exits naming the file when the tool reads
    another number of messages than there are labels, or a label is no category."""
    labels = [message["X-Training-Label"] for message in mailbox.mbox(path)]
    read = features(binary, [path])
    if len(read) != len(labels) or not all(label in CATEGORIES for label in labels):
        sys.exit("train-model: %s: %d messages read, %d labels; every label must be a category"
                 % (path, len(read), len(labels)))
    return [(record["features"], label) for record, label in zip(read, labels)]


def training_notices(binary, leave_out=()):
    """The labelled mboxes' notices (``labelled_mboxes``), file by file: (words, label)."""
    return [notice for path in labelled_mboxes(leave_out) for notice in mbox_notices(binary, path)]


def fit(docs):
    from sklearn.feature_extraction.text import CountVectorizer
    from sklearn.linear_model import LogisticRegression
    vectorizer = CountVectorizer(analyzer=lambda words: words, binary=True, min_df=2)
    matrix = vectorizer.fit_transform([words for words, _ in docs])
    model = LogisticRegression(C=1.0, max_iter=5000).fit(matrix, [category for _, category in docs])
    return vectorizer, model


def cross_validate(docs, sources, extra):
    keys = sorted(set(sources))
    random.Random(1).shuffle(keys)
    folds = [set(keys[i::5]) for i in range(5)]
    right = critical = critical_found = false_critical = 0
    for fold in folds:
        train = [d for d, s in zip(docs, sources) if s not in fold] + extra
        test = [d for d, s in zip(docs, sources) if s in fold]
        vectorizer, model = fit(train)
        for (words, category), guess in zip(test, model.predict(vectorizer.transform([w for w, _ in test]))):
            right += guess == category
            critical += category in CRITICAL
            critical_found += category in CRITICAL and guess in CRITICAL
            false_critical += category not in CRITICAL and guess in CRITICAL
    print("cross-validation by source, 5 folds, %d notices: category %.1f %%, critical %d / %d, false critical %d"
          % (len(docs), 100.0 * right / len(docs), critical_found, critical, false_critical))


def by_batch(binary, tuned):
    """Leave one validation batch out at a time: the model alone, trained on the tuned half, the training
    folder and every other validation batch, reads the batch left out; beside it, the model trained
    without any validation batch reads it too. Prints both, batch by batch and in total."""
    batches = [p for p in labelled_mboxes() if p.startswith(VALIDATION + os.sep)]
    read = {path: mbox_notices(binary, path) for path in labelled_mboxes()}
    base = tuned + [d for p, ds in read.items() if p not in batches for d in ds]
    without = fit(base)

    def score(fitted, docs):
        vectorizer, model = fitted
        guesses = model.predict(vectorizer.transform([w for w, _ in docs]))
        right = sum(g == c for (_, c), g in zip(docs, guesses))
        found = sum(c in CRITICAL and g in CRITICAL for (_, c), g in zip(docs, guesses))
        false = sum(c not in CRITICAL and g in CRITICAL for (_, c), g in zip(docs, guesses))
        return right, found, false

    totals = [0] * 7
    for path in batches:
        docs = read[path]
        others = base + [d for p in batches if p != path for d in read[p]]
        a, b = score(without, docs), score(fit(others), docs)
        critical = sum(c in CRITICAL for _, c in docs)
        print("%-10s %3d notices  without batches: %3d right, critical %2d/%2d, %d false  |  with the others: "
              "%3d right, critical %2d/%2d, %d false" % (os.path.basename(path)[:-5], len(docs), a[0], a[1], critical,
                                                        a[2], b[0], b[1], critical, b[2]))
        for i, v in enumerate((len(docs), a[0], a[1], a[2], b[0], b[1], b[2])):
            totals[i] += v
        sys.stdout.flush()
    print("TOTAL %d notices  without: %d right (%.1f %%), critical found %d, false %d  |  with the others: %d right "
          "(%.1f %%), critical found %d, false %d" % (totals[0], totals[1], 100.0 * totals[1] / totals[0], totals[2],
                                                       totals[3], totals[4], 100.0 * totals[4] / totals[0], totals[5],
                                                       totals[6]))


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--binary", default=os.path.join(ROOT, ".build", "release", "notice-digest"))
    parser.add_argument("--out", default=os.path.join(ROOT, "Sources", "DigestClassify", "Resources",
                                                      "learned-model.json"))
    parser.add_argument("--cv", action="store_true")
    parser.add_argument("--by-batch", action="store_true")
    parser.add_argument("--leave-out", nargs="*", default=[], metavar="SET")
    args = parser.parse_args()
    labels = [l for l in evaluation.corpus_labels() if l["half"] == "tune" and l["category"] in CATEGORIES]
    read = {record["source"]: record["features"] for record in features(args.binary, [l["path"] for l in labels])}
    docs = [(read[l["path"]], l["category"]) for l in labels]
    if args.by_batch:
        by_batch(args.binary, docs)
        return
    extra = training_notices(args.binary, set(args.leave_out))
    if args.cv:
        cross_validate(docs, [l["source"] for l in labels], extra)
        return
    docs += extra
    vectorizer, model = fit(docs)
    classes = list(model.classes_)
    weights = {}
    for word, column in sorted(vectorizer.vocabulary_.items()):
        row = [round(float(model.coef_[classes.index(c)][column]), 4) for c in classes]
        if any(row):
            weights[word] = row
    lines = ['{"categories": %s,' % json.dumps(classes),
             ' "bias": %s,' % json.dumps([round(float(b), 4) for b in model.intercept_]),
             ' "trained-on": %s,' % json.dumps("%d notices: the corpus's tuned half, the training mboxes and the validation batches" % len(docs)),
             ' "weights": {']
    items = ["  %s: %s" % (json.dumps(word, ensure_ascii=False), json.dumps(row)) for word, row in weights.items()]
    lines.append(",\n".join(items))
    lines.append(" }}")
    with open(args.out, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    print("%s: %d categories, %d words, trained on %d notices" % (os.path.relpath(args.out, ROOT), len(classes),
                                                                  len(weights), len(docs)))


if __name__ == "__main__":
    sys.exit(main())
