#!/usr/bin/env python3
"""Agreement with trainers, measured: deskdrill (or a second trainer) against the trainer who
wrote and judged a set of scripts (tests/eval/judgement/SET/LANG/judgements.json).

    cargo build --release && python3 scripts/agreement.py [--binary PATH] [--second] SET...

Per set and language, and in total: scripts, pass/fail verdicts that agree, pairs within a
scenario ordered as the trainer ordered them (a tie counts as not ordered), and scripts within
15 points of the trainer's score; and how many scripts had lines the call never heard (the
caller hung up or the call ended first, so the trainer judged turns deskdrill never scored), with
how many of those disagree on pass/fail. With --second, the second trainer's judgements
(judgements.second.json, where a set has them) are measured instead of deskdrill. Prints
aggregate figures only: kept-back sets stay unread (tests/eval/README.md).
"""
import argparse
import json
import os
import subprocess
from concurrent.futures import ThreadPoolExecutor

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tests", "eval", "judgement")


def play(binary, scenario, lang, path):
    env = dict(os.environ, NO_COLOR="1")
    env.pop("CLICOLOR_FORCE", None)
    out = subprocess.run(
        [binary, "play", scenario, "--lang", lang, "--seed", "1", "--json", "--no-save",
         "--script", path],
        capture_output=True, text=True, env=env, check=True,
    ).stdout
    result = json.loads(out)
    return result["score"]["total"], result["passed"], result.get("ignored_lines", 0)


def agreement(judged, measured):
    """judged: trainer judgements; measured: (score, passed, lines not played) for each, in
    the same order."""
    rows = list(zip(judged, measured))
    pass_fail = sum(1 for j, (_, passed, _) in rows if j["passed"] == passed)
    within = sum(1 for j, (score, _, _) in rows if abs(j["score"] - score) <= 15)
    unplayed = [(j, passed) for j, (_, passed, ignored) in rows if ignored > 0]
    unplayed_disagree = sum(1 for j, passed in unplayed if j["passed"] != passed)
    pairs = ordered = 0
    for i, (ja, (sa, _, _)) in enumerate(rows):
        for jb, (sb, _, _) in rows[i + 1:]:
            if ja["scenario"] != jb["scenario"]:
                continue
            pairs += 1
            if sa != sb and (ja["rank"] < jb["rank"]) == (sa > sb):
                ordered += 1
    return [len(rows), pass_fail, pairs, ordered, within, len(unplayed), unplayed_disagree]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--binary", default="target/release/deskdrill")
    parser.add_argument("--second", action="store_true")
    parser.add_argument("sets", nargs="+")
    args = parser.parse_args()
    total = [0] * 7
    for name in args.sets:
        for lang in ("en", "nl"):
            folder = os.path.join(ROOT, name, lang)
            if not os.path.isdir(folder):
                continue
            judged = json.load(open(os.path.join(folder, "judgements.json"), encoding="utf-8"))
            if args.second:
                second_path = os.path.join(folder, "judgements.second.json")
                if not os.path.exists(second_path):
                    continue
                second = {j["script"]: j for j in json.load(open(second_path, encoding="utf-8"))}
                measured = [(second[j["script"]]["score"], second[j["script"]]["passed"], 0)
                            for j in judged]
            else:
                with ThreadPoolExecutor(4) as pool:
                    measured = list(pool.map(
                        lambda j: play(args.binary, j["scenario"], lang,
                                       os.path.join(folder, j["script"])), judged))
            a = agreement(judged, measured)
            total = [t + x for t, x in zip(total, a)]
            print(f"{name:12} {lang}  scripts {a[0]:4}  pass/fail {a[1]:4}  "
                  f"pairs {a[3]:4}/{a[2]:4}  within 15 {a[4]:4}  unplayed {a[5]:3} "
                  f"(pass/fail differs {a[6]})")
    n, pf, pairs, ordered, within, unplayed, unplayed_disagree = total
    if n:
        print(f"{'total':15} scripts {n:4}  pass/fail {pf:4} ({100 * pf / n:.1f}%)  "
              f"pairs {ordered:4}/{pairs:4} ({100 * ordered / max(pairs, 1):.1f}%)  "
              f"within 15 {within:4} ({100 * within / n:.1f}%)")
        print(f"{'':15} {unplayed} scripts had lines the call never heard; pass/fail differs "
              f"on {unplayed_disagree} of them")


if __name__ == "__main__":
    main()
