#!/usr/bin/env python3
"""Build the pack independent evaluation writers read (tests/eval/briefs/README.md):

    cargo build --release && python3 scripts/writer-pack.py OUT [--spec ../shared/spec]

OUT gets the two briefs, PRODUCT.md and STORIES.md (from --spec), the trainee's part of the
README, and per scenario and language the briefing a trainee reads (`briefings/ID.LANG.txt`)
and what `/lookup` shows at seed 1 (`briefings/ID.LANG.records.txt`), the seed the
calibration plays scripts with. Nothing else: writers never see the lexicon, the rules, the
scenario files or other sets.
"""
import argparse
import os
import shutil
import subprocess

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")


def run(binary, scenario, lang, script):
    env = {"NO_COLOR": "1", "PATH": os.environ.get("PATH", "/usr/bin")}
    return subprocess.run(
        [binary, "play", scenario, "--lang", lang, "--seed", "1", "--script", "-", "--no-save"],
        input=script, capture_output=True, text=True, env=env, check=False,
    ).stdout


def briefing(out):
    """What a trainee reads before the first turn."""
    for marker in ("\n\nThe call has ended", "\n\nHet gesprek is"):
        if marker in out:
            return out[: out.index(marker)].strip() + "\n"
    return out.strip() + "\n"


def records(out):
    """The screen after `/lookup`: the indented lines that follow it."""
    lines = out.splitlines()
    start = next((i for i, l in enumerate(lines) if l.startswith("trainee: /lookup")), None)
    if start is None:
        return ""
    kept = []
    for line in lines[start + 1:]:
        if line and not line.startswith("  "):
            break
        kept.append(line)
    return "\n".join(kept).strip("\n") + "\n"


def trainee_readme():
    text = open(os.path.join(ROOT, "README.md"), encoding="utf-8").read()
    head = text[: text.index("## Install")]
    taking = text[text.index("## Taking a call"): text.index("## For trainers")]
    return head + taking


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out")
    parser.add_argument("--binary", default=os.path.join(ROOT, "target", "release", "deskdrill"))
    parser.add_argument("--spec", default=os.path.join(ROOT, "..", "shared", "spec"))
    args = parser.parse_args()
    os.makedirs(os.path.join(args.out, "briefings"), exist_ok=True)
    for brief in ("utterance-brief.md", "trainer-brief.md"):
        shutil.copy(os.path.join(ROOT, "tests", "eval", "briefs", brief), args.out)
    for spec in ("PRODUCT.md", "STORIES.md"):
        shutil.copy(os.path.join(args.spec, spec), args.out)
    with open(os.path.join(args.out, "README-trainee.md"), "w", encoding="utf-8") as f:
        f.write(trainee_readme())
    listed = subprocess.run([args.binary, "list"], capture_output=True, text=True, check=True)
    for scenario in (l.split()[0] for l in listed.stdout.splitlines() if l.strip()):
        for lang in ("en", "nl"):
            base = os.path.join(args.out, "briefings", f"{scenario}.{lang}")
            with open(base + ".txt", "w", encoding="utf-8") as f:
                f.write(briefing(run(args.binary, scenario, lang, "\n")))
            with open(base + ".records.txt", "w", encoding="utf-8") as f:
                f.write(records(run(args.binary, scenario, lang, "Hello.\n/lookup\n")))
    print(f"pack written to {args.out}")


if __name__ == "__main__":
    main()
