#!/usr/bin/env python3
"""Folds new labelled lines (/work/train/*.jsonl or the files given) into the training corpus.

Lines are deduplicated on their normalised text (against every corpus and holdout already in
tests/). Each new line goes to train/LANG.jsonl, or, for one line in four (chosen by a hash of its
text, so the choice never changes), to dev/LANG.jsonl: a check kept aside from tuning.
The language is the first two letters of the file name.
"""
import glob, hashlib, json, os, re, sys

here = os.path.dirname(os.path.abspath(__file__))
tests = os.path.dirname(here)

def key(text):
    return re.sub(r"[^a-z0-9]+", " ", text.lower()).strip()

seen = set()
for path in glob.glob(os.path.join(tests, "corpus", "**", "*.jsonl"), recursive=True) + \
        glob.glob(os.path.join(tests, "holdout*", "*.jsonl")):
    for line in open(path, encoding="utf-8"):
        if line.strip():
            seen.add((os.path.basename(path)[:2], key(json.loads(line)["text"])))

files = sys.argv[1:] or sorted(glob.glob("/work/train/*.jsonl"))
added = {}
for path in files:
    lang = os.path.basename(path)[:2]
    for line in open(path, encoding="utf-8"):
        if not line.strip():
            continue
        item = json.loads(line)
        k = (lang, key(item["text"]))
        if k in seen:
            continue
        seen.add(k)
        item.setdefault("not", [])
        item["source"] = os.path.basename(path)
        part = "dev" if int(hashlib.sha1(k[1].encode()).hexdigest(), 16) % 4 == 0 else "train"
        with open(os.path.join(here, part, lang + ".jsonl"), "a", encoding="utf-8") as out:
            out.write(json.dumps(item, ensure_ascii=False) + "\n")
        added[(part, lang)] = added.get((part, lang), 0) + 1
for (part, lang), n in sorted(added.items()):
    print(f"{part}/{lang}: +{n}")
