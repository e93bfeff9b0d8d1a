#!/usr/bin/env python3
"""A template sweep of insults: rough words aimed at the caller, and the same words aimed at
anything else.

    cargo build --release && python3 scripts/sweep-insults.py [BINARY] [--show]

Writes frames x rough words per language: frames that aim the word at the caller ("you're a
{x}", "wat ben jij een {x}") should be heard as an insult; frames that aim it at a thing, at the
speaker, at someone else, or deny it ("this {x} printer", "I feel such a {x}", "you're not a
{x}", "de {x} computer") should not. Prints how many of each went wrong, by frame and by word;
--show lists them. The frames and words are our own, not a labelled set: the sweep finds
shapes that go wrong, it measures nothing about unseen speech.
"""
import sys

from sweep import report, understand

WORDS = {
    "en": ["idiot", "moron", "muppet", "numpty", "clown", "pillock", "plonker", "halfwit"],
    "nl": ["idioot", "sukkel", "oen", "debiel", "malloot", "domkop", "stommeling", "sufferd"],
}
ADJECTIVES = {
    "en": ["stupid", "useless", "thick", "daft", "pathetic", "dim"],
    "nl": ["dom", "stom", "achterlijk", "onnozel", "debiel", "stompzinnig"],
}
# (frame, is an insult); {x} a rough noun, {a} a rough adjective.
FRAMES = {
    "en": [("you're a complete {x}", True), ("what kind of {x} does that?", True),
           ("listen, you {x}, I've told you twice", True), ("are you {a} or something?", True),
           ("don't be so {a}", True), ("you are being really {a} about this", True),
           ("this {a} system keeps crashing", False), ("sorry, I feel like such a {x} today", False),
           ("you're not a {x} at all, it happens to everyone", False),
           ("there are no {a} questions here", False), ("my {a} printer jammed again", False),
           ("the scammer must think we're all {a}", False),
           ("I was a right {x}, I clicked the wrong button", False),
           ("that's not a {a} question", False), ("the {a} app logged you out again", False)],
    "nl": [("u bent echt een {x}", True), ("wat ben jij een {x} zeg", True),
           ("luister eens, {x}, ik heb het al twee keer gezegd", True), ("bent u nou zo {a}?", True),
           ("doe niet zo {a}", True), ("wat doet u {a} zeg", True),
           ("dat {a}e systeem loopt steeds vast", False),
           ("sorry, ik voel me vandaag echt een {x}", False),
           ("u bent helemaal geen {x}, dat overkomt iedereen", False),
           ("domme vragen bestaan hier niet", False), ("mijn {a}e printer zit weer vast", False),
           ("die oplichter denkt zeker dat we allemaal {a} zijn", False),
           ("ik was zelf een {x}, ik klikte op de verkeerde knop", False),
           ("dat is geen {a}e vraag", False), ("die {a}e app logt u steeds uit", False)],
}


def insults(result):
    return any(a == "insult" or (isinstance(a, dict) and a.get("act") == "insult")
               for a in result.get("acts", []))


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    binary = args[0] if args else "target/release/deskdrill"
    for lang in ("en", "nl"):
        lines = []
        for frame, insult in FRAMES[lang]:
            words = WORDS[lang] if "{x}" in frame else ADJECTIVES[lang]
            lines += [(frame, w, frame.format(x=w, a=w), insult) for w in words]
        heard = understand(binary, lang, [line[2] for line in lines])
        wrong = [line for line, r in zip(lines, heard) if insults(r) != line[3]]
        missed = sum(1 for w in wrong if w[3])
        meant = sum(1 for line in lines if line[3])
        print(f"{lang}: {missed} of {meant} insults not heard; "
              f"{len(wrong) - missed} of {len(lines) - meant} non-insults heard as one")
        report([(f, w, ("missed  " if i else "false   ") + t) for f, w, t, i in wrong],
               "--show" in sys.argv)


if __name__ == "__main__":
    main()
