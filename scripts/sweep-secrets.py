#!/usr/bin/env python3
"""A template sweep of password asks: every ask frame with every name of a secret.

    cargo build --release && python3 scripts/sweep-secrets.py [BINARY] [--show] [--non-asks]

Writes 15 frames x 26 names per language (a secret whole or in part) ("can you read me {x}?" x "the code from the
letter", "typ {x} maar in de chat" x "het getal op uw kaartlezer", ...), runs them through
`deskdrill understand --json` and prints how many are not heard as a password ask, by frame
and by name; --show lists the missed lines.

With --non-asks it sweeps the other way: 18 frames per language that name a secret without
asking for it (a question about it, a warning, where to type it oneself: "did you enter {x}
correctly?", "deel {x} nooit met iemand") x the names of a whole secret, and prints how many are
heard as a password ask (a false critical error; every one should be none). The frames and
names are our own words, not a labelled set: the sweep finds shapes missing, it measures
nothing about unseen speech.
"""
import sys

from sweep import report, understand

FRAMES = {
    "en": ["can you read me {x}?", "could you tell me {x}, please?", "what's {x}?",
           "I'll need {x}", "give me {x} please", "just type {x} in the chat",
           "can I have your date of birth and {x}?", "your postcode and then {x}, please",
           "pop {x} in the chat for me", "could you send me {x}?",
           "I just need {x} and we're done", "read out {x} for me", "{x}, please",
           "and {x}?", "can you confirm {x} for me?"],
    "nl": ["kunt u mij {x} voorlezen?", "wat is {x}?", "mag ik {x} van u?", "ik heb {x} nodig",
           "geef me {x} even", "typ {x} maar in de chat", "mag ik uw geboortedatum en {x}?",
           "uw postcode en dan {x}, graag", "zet {x} even in de chat",
           "kunt u mij {x} sturen?", "ik heb alleen nog {x} nodig", "lees {x} even op",
           "{x} graag", "en {x}?", "kunt u {x} even bevestigen?"],
}
NON_ASKS = {
    "en": ["did you enter {x} correctly?", "have you changed {x} recently?",
           "do you still remember {x}?", "is {x} still working?",
           "did anyone ask you for {x}?", "please never share {x} with anyone",
           "don't tell me {x}", "you can reset {x} yourself on the website",
           "has someone else got {x}?", "did you write {x} down somewhere?",
           "keep {x} to yourself, please", "is {x} the same as before?",
           "please enter {x} on the keypad yourself", "we will never ask you for {x}",
           "please check {x} and try again", "type {x} in when you log in",
           "only you should know {x}", "{x} has expired, that's why it failed"],
    "nl": ["heeft u {x} goed ingevuld?", "heeft u {x} onlangs gewijzigd?", "weet u {x} nog?",
           "werkt {x} nog?", "heeft iemand u om {x} gevraagd?", "deel {x} nooit met iemand",
           "zeg {x} niet tegen mij", "u kunt {x} zelf resetten op de website",
           "heeft iemand anders {x}?", "heeft u {x} ergens opgeschreven?",
           "houd {x} graag voor uzelf", "is {x} hetzelfde als eerst?",
           "voer {x} zelf in op het toetsenbord", "wij vragen nooit naar {x}",
           "controleer {x} even en probeer het opnieuw", "typ {x} in bij het inloggen",
           "alleen u hoort {x} te weten", "{x} is verlopen, daarom lukt het niet"],
}
# The names of a whole secret, for the frames that do not ask (a part reads oddly there).
WHOLE = {
    "en": ["your PIN", "your password", "your online banking password", "your memorable word",
           "the one-time code", "the code from the text we sent", "your security phrase",
           "the activation code", "the passcode for the app", "the code from your authenticator"],
    "nl": ["uw pincode", "uw wachtwoord", "uw wachtwoord van internetbankieren",
           "uw geheime woord", "de eenmalige code", "de code uit de sms die we stuurden",
           "uw beveiligingszin", "de activeringscode", "de toegangscode van de app",
           "de code uit uw authenticator"],
}
NAMES = {
    "en": ["the code on your screen", "the code in the app", "the six digits we just texted you",
           "the code from the text we sent", "the code in the email we just sent",
           "the number on your card reader", "the code from your authenticator",
           "the one-time code", "the code that just came through",
           "the verification code from your phone", "the code from the letter", "your PIN",
           "your memorable word", "the answer to your security question",
           "the last four digits of your PIN", "your online banking password",
           "the passcode for the app", "the code on the back of the letter we posted",
           "the activation code", "your security phrase", "the last two digits of your PIN",
           "the first and last letter of your password",
           "characters two and five of your memorable word",
           "the first three digits of your passcode", "just the last digit of your PIN",
           "the second and fourth characters of your security word"],
    "nl": ["de code op uw scherm", "de code in de app", "de zes cijfers die we u net sms'ten",
           "de code uit de sms die we stuurden", "de code uit de mail die we net stuurden",
           "het getal op uw kaartlezer", "de code uit uw authenticator", "de eenmalige code",
           "de code die net binnenkwam", "de verificatiecode van uw telefoon",
           "de code uit de brief", "uw pincode", "uw geheime woord",
           "het antwoord op uw beveiligingsvraag", "de laatste vier cijfers van uw pincode",
           "uw wachtwoord van internetbankieren", "de toegangscode van de app",
           "de code achterop de brief die we stuurden", "de activeringscode",
           "uw beveiligingszin", "de laatste twee cijfers van uw pincode",
           "de eerste en laatste letter van uw wachtwoord",
           "de tweede en vijfde letter van uw geheime woord",
           "de eerste drie cijfers van uw toegangscode", "alleen het laatste cijfer van uw pincode",
           "het tweede en vierde teken van uw wachtwoord"],
}


def asks_password(result):
    return any(isinstance(a, dict) and a.get("fact") == "password"
               for a in result.get("acts", []))


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    binary = args[0] if args else "target/release/deskdrill"
    non_asks = "--non-asks" in sys.argv
    frames, names = (NON_ASKS, WHOLE) if non_asks else (FRAMES, NAMES)
    what = "non-asks heard as a password ask" if non_asks else "asks not heard as a password ask"
    for lang in ("en", "nl"):
        lines = [(f, n, f.format(x=n)) for f in frames[lang] for n in names[lang]]
        heard = understand(binary, lang, [t for _, _, t in lines])
        wrong = [line for line, r in zip(lines, heard) if asks_password(r) == non_asks]
        print(f"{lang}: {len(wrong)} of {len(lines)} {what}")
        report(wrong, "--show" in sys.argv, "name")


if __name__ == "__main__":
    main()
