#!/usr/bin/env python3
"""Rebuilds lexicon/words/en.txt and nl.txt: the words deskdrill never mends as typos.

They come from the word-frequency lists of pyspellchecker 0.9.1 (MIT licence; built by its
author from OpenSubtitles): every alphabetic word of five letters or more seen at least 100
times. Typo mending only touches words of five letters or more, so shorter ones are left out.

    python3 scripts/wordlist.py            # downloads the wheel with pip into a temporary folder
    python3 scripts/wordlist.py WHEEL.whl  # or reads a wheel you already have
"""
import gzip, json, os, subprocess, sys, tempfile, zipfile

VERSION = "0.9.1"
MIN_COUNT = 100
MIN_LEN = 5
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "lexicon", "words")


def wheel() -> str:
    if len(sys.argv) > 1:
        return sys.argv[1]
    tmp = tempfile.mkdtemp()
    subprocess.run([sys.executable, "-m", "pip", "download", f"pyspellchecker=={VERSION}",
                    "--no-deps", "-q", "-d", tmp], check=True)
    return os.path.join(tmp, next(f for f in os.listdir(tmp) if f.endswith(".whl")))


def main() -> None:
    with zipfile.ZipFile(wheel()) as z:
        for lang in ("en", "nl"):
            counts = json.loads(gzip.decompress(z.read(f"spellchecker/resources/{lang}.json.gz")))
            words = sorted(w for w, c in counts.items()
                           if c >= MIN_COUNT and len(w) >= MIN_LEN and w.isalpha() and w == w.lower())
            os.makedirs(OUT, exist_ok=True)
            with open(os.path.join(OUT, f"{lang}.txt"), "w", encoding="utf-8") as f:
                f.write("\n".join(words) + "\n")
            print(lang, len(words), "words")


if __name__ == "__main__":
    main()
