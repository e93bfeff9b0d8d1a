"""What the template sweeps share (`sweep-secrets.py`, `sweep-insults.py`): run lines through
`deskdrill understand --json` and report the ones heard wrong, by frame and by word."""
import collections
import json
import subprocess


def understand(binary, lang, texts):
    """The acts deskdrill hears in each of `texts`, as the JSON objects it prints."""
    out = subprocess.run([binary, "understand", "--lang", lang, "--json"],
                         input="\n".join(texts) + "\n",
                         capture_output=True, text=True, check=True).stdout.splitlines()
    return [json.loads(o) for o in out]


def report(wrong, show, filler="word"):
    """Counts the wrong lines, (frame, filler, text) each, by what filled the frame and by
    frame; with `show`, lists them."""
    for label, key in ((filler, 1), ("frame", 0)):
        for item, n in collections.Counter(w[key] for w in wrong).most_common():
            print(f"  {n:3} by {label}: {item}")
    if show:
        for _, _, text in wrong:
            print(f"    {text}")
