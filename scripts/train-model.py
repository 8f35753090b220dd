#!/usr/bin/env python3
"""Train the learned model (`make model`): Sources/DigestClassify/Resources/learned-model.json.

A multinomial logistic regression (scikit-learn, L2, C=1, lbfgs; deterministic) over the words
`notice-digest classify --features` reads of each notice, trained on the *tuned* half of the
project's corpus (Tests/Fixtures/Resources/corpus, halves by source as `make eval` splits them)
and on every mbox in Tests/Fixtures/Resources/training/ and its subfolders (notices in our own words, each
labelled by its X-Training-Label header; see the README there). The scored half and
../shared/data/real-notices stay unseen, so `make eval` measures the model honestly. Words seen in fewer than two notices are dropped; weights are rounded to four
decimals, and words whose weights all round to zero are left out.

Usage: scripts/train-model.py [--binary PATH] [--out PATH] [--cv]
  --cv   print a five-fold cross-validation by source on the tuned half (accuracy, critical
         recall, false critical; the training notices are in every training fold), without
         writing the model.
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


def features(binary, paths):
    """The words of each message, in the order read (an mbox gives one record per message)."""
    out = subprocess.run([binary, "classify", "--features", *paths], check=True, capture_output=True,
                         text=True).stdout
    return [json.loads(line) for line in out.splitlines() if line.startswith("{")]


def training_notices(binary):
    """The training mboxes' notices (the folder and its subfolders), file by file in path order:
    (words, label)."""
    notices = []
    paths = sorted(os.path.relpath(os.path.join(folder, name), TRAINING)
                   for folder, _, names in os.walk(TRAINING) for name in names if name.endswith(".mbox"))
    for name in paths:
        path = os.path.join(TRAINING, name)
        labels = [message["X-Training-Label"] for message in mailbox.mbox(path)]
        read = features(binary, [path])
        if len(read) != len(labels) or not all(label in CATEGORIES for label in labels):
            sys.exit("train-model: %s: %d messages read, %d labels; every label must be a category"
                     % (path, len(read), len(labels)))
        notices += [(record["features"], label) for record, label in zip(read, labels)]
    return notices


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


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--binary", default=os.path.join(ROOT, ".build", "release", "notice-digest"))
    parser.add_argument("--out", default=os.path.join(ROOT, "Sources", "DigestClassify", "Resources",
                                                      "learned-model.json"))
    parser.add_argument("--cv", action="store_true")
    args = parser.parse_args()
    labels = [l for l in evaluation.corpus_labels() if l["half"] == "tune" and l["category"] in CATEGORIES]
    read = {record["source"]: record["features"] for record in features(args.binary, [l["path"] for l in labels])}
    docs = [(read[l["path"]], l["category"]) for l in labels]
    extra = training_notices(args.binary)
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
             ' "trained-on": %s,' % json.dumps("%d notices: the corpus's tuned half and the training mboxes" % len(docs)),
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
