#!/usr/bin/env python3
"""What other points would do: replays deskdrill's arithmetic on the notes of every
trainer-judged script and searches a factor per rule that agrees best with the trainers.

    cargo build --release && python3 scripts/refit.py [--binary PATH] [--hold SET,SET] [--grid 0.5,1,2]

The score is a pure function of the notes (docs/scoring.md), so the totals can be recomputed for
any points without playing the calls again. The script first checks that it reproduces every
total and verdict deskdrill gave, and stops if not (the arithmetic below has fallen behind
src/scoring/mod.rs). It fits on every set but --hold and reports both. It changes nothing:
what to keep is a decision for docs/scoring.md.
"""
import argparse
import json
import os
import subprocess
import sys
from collections import Counter, defaultdict
from concurrent.futures import ThreadPoolExecutor

HERE = os.path.dirname(os.path.abspath(__file__))
JUDGED = os.path.join(HERE, "..", "tests", "eval", "judgement")
SCENARIOS = os.path.join(HERE, "..", "scenarios")
BASES = (30, 50, 0, 50)  # verification, de-escalation, resolution, professionalism
DIMENSION = {"V": 0, "D": 1, "R": 2, "P": 3}
CEILINGS = {"P-JARGON-HABIT": 55, "D-SYMPATHY-HABIT": 65, "R-UNKEPT-PROMISES": 50}
CAPPED = {"V-UNVERIFIED-ACTION", "V-PASSWORD-ASKED", "V-FORBIDDEN-ASKED", "V-RECORD-LEAK",
          "V-PROTECTED-DISCUSSED", "D-INSULT"}
CAP_REACHED_AT, WRONG_OUTCOME_CAP, FLOOR = 80, 40, 35


def rounded(a, b):
    return (a + b // 2) // b


class Call:
    """One judged script: the trainer's judgement and the notes deskdrill gave."""

    def __init__(self, judged, result, scenario):
        self.key = (judged["set"], judged["lang"], judged["scenario"])
        self.trainer, self.trainer_passed, self.rank = judged["score"], judged["passed"], judged["rank"]
        self.notes = [(n["rule"], n["points"]) for t in result["turns"] for n in t.get("notes", [])]
        w = scenario.get("weights") or {}
        self.weights = [w.get("verification", 30), w.get("deescalation", 30),
                        w.get("resolution", 25), w.get("professionalism", 15)]
        self.pass_mark, self.right = result["pass_mark"], result["outcome_right"]
        self.critical = bool(result["critical"])
        self.capped = CAPPED | set(scenario.get("rule_caps") or {})
        self.given = (result["score"]["total"], result["passed"])
        self.base = list(BASES)
        verification = sum(p for r, p in self.notes if r[0] == "V")
        if min(100, max(0, 30 + verification)) != result["score"]["verification"]:
            self.base[0] = 100  # nothing sensitive in this scenario
        # The cap in force is not in the result: take the smallest that gives deskdrill's total.
        self.cap = None
        caps = {10, 12, 20, 25, 30, 40, 45, 50} | set((scenario.get("rule_caps") or {}).values())
        for cap in sorted(caps) if any(r in self.capped for r, _ in self.notes) else ():
            self.cap = cap
            if self.total({}) == self.given[0]:
                break

    def dims(self, factors, skip=()):
        sums = [0.0] * 4
        for rule, points in self.notes:
            if rule not in skip:
                sums[DIMENSION[rule[0]]] += points * factors.get(rule, 1.0)
        return [max(0, min(100, int(round(b + s)))) for b, s in zip(self.base, sums)]

    def weighed(self, dims):
        return rounded(sum(d * w for d, w in zip(dims, self.weights)), max(1, sum(self.weights)))

    def total(self, factors):
        t = self.weighed(self.dims(factors))
        if self.right is False:
            t = min(t, WRONG_OUTCOME_CAP)
        t = min([t] + [CEILINGS[r] for r, _ in self.notes if r in CEILINGS])
        if self.cap is not None:
            other = min(self.weighed(self.dims(factors, self.capped)), CAP_REACHED_AT)
            t = min(t, rounded(self.cap * other, CAP_REACHED_AT))
        return t

    def passed(self, factors, total):
        return (not self.critical and self.right is not False and total >= self.pass_mark
                and min(self.dims(factors)) >= FLOOR)


def agreement(calls, factors):
    pass_fail = within = ordered = pairs = 0
    groups = defaultdict(list)
    for c in calls:
        t = c.total(factors)
        pass_fail += c.passed(factors, t) == c.trainer_passed
        within += abs(t - c.trainer) <= 15
        groups[c.key].append((c.rank, t))
    for g in groups.values():
        for i, (ra, a) in enumerate(g):
            for rb, b in g[i + 1:]:
                pairs += 1
                ordered += (ra < rb and a > b) or (rb < ra and b > a)
    n = max(1, len(calls))
    return pass_fail / n + ordered / max(1, pairs) + within / n, (pass_fail, ordered, pairs, within, len(calls))


def load(binary):
    jobs = []
    for s in sorted(os.listdir(JUDGED)):
        for lang in ("en", "nl"):
            d = os.path.join(JUDGED, s, lang)
            if os.path.isdir(d):
                for j in json.load(open(os.path.join(d, "judgements.json"))):
                    jobs.append(dict(j, set=s, lang=lang, path=os.path.join(d, j["script"])))
    env = dict(os.environ, NO_COLOR="1")
    env.pop("CLICOLOR_FORCE", None)

    def run(j):
        out = subprocess.run([binary, "play", j["scenario"], "--lang", j["lang"], "--seed", "1",
                              "--json", "--no-save", "--script", j["path"]],
                             capture_output=True, text=True, env=env, check=True).stdout
        scenario = json.load(open(os.path.join(SCENARIOS, j["scenario"] + ".json")))
        return Call(j, json.loads(out), scenario)

    with ThreadPoolExecutor(4) as pool:
        return list(pool.map(run, jobs))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--binary", default=os.path.join(HERE, "..", "target", "release", "deskdrill"))
    ap.add_argument("--hold", default="", help="sets measured but not fitted on")
    ap.add_argument("--grid", default="0.5,0.75,1,1.25,1.5,2")
    ap.add_argument("--min-gain", type=float, default=0.001)
    a = ap.parse_args()
    calls = load(a.binary)
    wrong = [c for c in calls if (c.total({}), c.passed({}, c.total({}))) != c.given]
    for c in wrong[:8]:
        print("not reproduced:", c.key, c.given, c.total({}), c.notes, file=sys.stderr)
    if wrong:
        sys.exit(f"the arithmetic here reproduces {len(calls) - len(wrong)} of {len(calls)} totals: "
                 "bring it in line with src/scoring/mod.rs first")
    hold = set(filter(None, a.hold.split(",")))
    fit = [c for c in calls if c.key[0] not in hold]
    held = [c for c in calls if c.key[0] in hold]
    grid = [float(g) for g in a.grid.split(",")]
    factors, (best, _) = {}, agreement(fit, {})
    rules = [r for r, n in Counter(r for c in fit for r, _ in c.notes).most_common() if n >= 5]
    for _ in range(3):
        moved = False
        for rule in rules:
            trials = [(agreement(fit, dict(factors, **{rule: g}))[0], g) for g in grid
                      if g != factors.get(rule, 1.0)]
            score, g = max(trials)
            if score > best + a.min_gain:
                best, factors[rule], moved = score, g, True
        if not moved:
            break
    for name, part in (("fitted on", fit), ("held back", held)):
        for label, f in (("points as they are", {}), ("refitted", factors)):
            pf, ok, pairs, within, n = agreement(part, f)[1]
            print(f"{name:10} {label:19} pass/fail {pf}/{n}  pairs {ok}/{pairs}  within 15 {within}/{n}")
    print(json.dumps({r: f for r, f in sorted(factors.items()) if f != 1.0}, indent=1))


if __name__ == "__main__":
    main()
