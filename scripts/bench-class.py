#!/usr/bin/env python3
"""Makes a class folder of 10,000 results for timing `deskdrill report`.

Usage: bench-class.py SRC DST [COUNT]
Copies the deskdrill results in SRC under COUNT names in DST, spread over 40 trainees and
twelve months, so the folder looks like a large class.
"""
import glob
import json
import os
import sys

src, dst = sys.argv[1], sys.argv[2]
count = int(sys.argv[3]) if len(sys.argv) > 3 else 10_000
results = []
for f in sorted(glob.glob(os.path.join(src, "*.json"))):
    with open(f, encoding="utf-8") as fh:
        r = json.load(fh)
    if r.get("format") == "deskdrill.result.v1":
        results.append(r)
if not results:
    sys.exit(f"{src}: no deskdrill results")
os.makedirs(dst, exist_ok=True)
for i in range(count):
    r = dict(results[i % len(results)])
    r["trainee"] = f"Trainee {i % 40:02d}"
    r["started_at"] = f"2026-{1 + i % 12:02d}-{1 + i % 28:02d}T{i % 24:02d}:00:00Z"
    name = f"t{i % 40:02d}_{r['scenario']['id']}_{i:05d}.json"
    with open(os.path.join(dst, name), "w", encoding="utf-8") as fh:
        json.dump(r, fh, indent=2, ensure_ascii=False)
print(f"{count} results in {dst}")
