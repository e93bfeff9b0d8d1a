//! The lexicon file as written (`lexicon/*.json`, or a trainer's copy), a scenario's
//! extension of it, the built-in files, and checking a single pattern.

use super::pattern::Pattern;
use super::*;

/// The acts of one pattern group in a lexicon file or a scenario's extension.
#[derive(Clone, Debug, Default, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct ActPatterns {
    #[serde(default)]
    pub patterns: Vec<String>,
    #[serde(default)]
    pub unless: Vec<String>,
    /// An `unless` cancels only a match it overlaps, not every match in its part: "this
    /// morning" cancels the greeting "morning" but not the "hi" that opened the line.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub unless_overlaps: bool,
    /// The labelled lines add the act only to a line where one of these matches (a refusal
    /// needs a "not", "helaas" or "out of my hands": "ik kan hem terugboeken" refuses nothing,
    /// however like a refusal its words are).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub learned_needs: Vec<String>,
}

/// A lexicon file as written (`lexicon/en.json`).
#[derive(Clone, Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct LexiconFile {
    pub lang: Lang,
    #[serde(default)]
    pub contractions: BTreeMap<String, String>,
    /// Short forms that are "your" before a fact ("gimme ya password", "fi yuh account"),
    /// and "you" (`contractions`) everywhere else.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub possessives: BTreeMap<String, String>,
    #[serde(default)]
    pub known_words: Vec<String>,
    /// Swear words, for reading a word written with stars: "f***" and "k*tzooi" spell one
    /// (read as `swearword`), "p***word" spells a word of the lexicon (read as that word).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub swears: Vec<String>,
    #[serde(default)]
    pub facts: BTreeMap<String, Vec<String>>,
    /// What links facts in a list ("your postcode and house number"): an ask reaches along it.
    #[serde(default)]
    pub fact_links: Vec<String>,
    /// Words that may stand around a list of facts that asks by itself, without a verb:
    /// "Postcode and house number." / "Customer number and date of birth of the account
    /// holder please" / "Geboortedatum graag."
    #[serde(default)]
    pub list_words: Vec<String>,
    /// Words that open a question about the situation ("which", "welke"): a part that starts
    /// with one and ends the clause with a question mark asks about the problem (`ask_info`)
    /// when it names no fact ("Which ward is the patient on, do you know?").
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub question_words: Vec<String>,
    /// Words that join the facts of a list even a few words apart ("and", "or"): "the order
    /// number off the email and the postcode".
    #[serde(default)]
    pub list_joins: Vec<String>,
    /// Short forms read as a word only where they complete a fact's name: `"no": "number"`
    /// reads "customer no" and "order #" as the numbers, `"nr": "nummer"` reads "huisnr" as
    /// "huisnummer"; "no, I can't" keeps its "no".
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub abbreviations: BTreeMap<String, String>,
    /// Prepositions that make a fact where something goes or comes from, not what is asked
    /// for, in a question ("did the link come to your e-mail?").
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub channel_words: Vec<String>,
    /// Verbs of asking that turn a channel word back into asking for the fact after it
    /// ("mag ik u naar uw deelnemersnummer vragen?").
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub ask_verbs: Vec<String>,
    /// Words that open a consequence ("so", "dus"): a refusal in a part that opens with one
    /// gives the part before it as its reason ("You're not registered, so I can't tell you").
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub consequence_words: Vec<String>,
    /// Words that open a statement of what is so ("it", "the", "we"; "het", "de", "we"): a
    /// refusal followed by a part that opens with one, and does nothing else, gives its cause
    /// ("Can't unlock it till it's paid off, it's still our handset").
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub cause_openers: Vec<String>,
    /// Of those, the words that open what happened to a thing ("the", "there"; "de", "er"):
    /// after an apology or a reassurance, only a part that opens with one gives a cause
    /// ("sorry voor het ongemak, de fietsen in uw buurt hebben een storing"); "no problem,
    /// you're not bothering me" reassures twice.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub cause_subjects: Vec<String>,
    /// How a part opens when it tells the caller what they get or can do, not why
    /// ("you can", "you'll get"; "u krijgt", "u kunt"): no cause, however it opens ("Nee, de
    /// chauffeur draait niet om, dat gaat niet. U krijgt gewoon een nieuwe afspraak").
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub cause_blockers: Vec<String>,
    /// Words that give a cause whatever follows them ("because", "bc"; "omdat", "want"): soon
    /// after a refusal, they and what follows are its reason ("I can't move it to Saturday
    /// because Saturdays are sold out").
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub reason_words: Vec<String>,
    /// Words that open a part after a refusal and give its cause when a `cause_openers` word
    /// follows ("…, as the money has already left our system"; "…, aangezien de monteur al
    /// weg is"), however far the part stands from the refusal (within three parts).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub cause_conjunctions: Vec<String>,
    /// Words that turn from a refusal to what can be done instead ("but", "however"; "maar"),
    /// and words or phrases that, in a part opening with one, offer it ("can", "how about",
    /// "open"; "kan", "wel", "wat dacht u van"): "We can't refund it, but you can change it
    /// for a tenner" offers an alternative (`src/understanding/alternatives.rs`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub alternative_turns: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub alternative_words: Vec<String>,
    /// Greetings that also part ("good afternoon", "goedemorgen"): a line that is one of them,
    /// said late in a call, says goodbye; "hi" and "hallo" never do ("Hi, I'm back").
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub parting_greetings: Vec<String>,
    /// Who a parting greeting may be said to after it ("Dag mevrouw.", "Good day, sir.").
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub parting_addressees: Vec<String>,
    /// Words a bare thanks may hold beside the thanks itself ("Thank you very much."): before a
    /// greeting, such a sentence makes it a goodbye ("Bedankt. Goedemiddag.").
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub thanks_words: Vec<String>,
    /// Words also read as one when written apart ("6 digit" as "6digit"), besides the
    /// one-word fact synonyms.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub compounds: Vec<String>,
    /// A bare "no" ("no", "nope"; "nee"): a line that opens with one alone, then gives a
    /// reason or the rule, refuses ("No. Resets are for the account holder only.").
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub bare_no: Vec<String>,
    /// Words that may open a question before the fact it asks for, besides list words and
    /// question words ("ok, n the e-mail you signed up with?", "en is uw adres nog…?").
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub question_openers: Vec<String>,
    /// The caller's "your" ("your", "uw", "je"): a question that names a fact after one asks
    /// for it wherever it stands ("Wilt u uw klantnummer vermelden?").
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub question_possessives: Vec<String>,
    /// Verbs of handing over ("give", "confirm", "doorgeven") and the determiners a fact may
    /// follow in a question or request that has one: "would you mind giving me the postcode
    /// on the order?", "kunt u het klantnummer even doorgeven?" ask for the fact as "your"
    /// would.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub handing_verbs: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub handed_determiners: Vec<String>,
    /// Words that turn from what is not wanted to what is ("only", "alleen", "wel"): after a
    /// negation in a clause about asking or handing over, the fact right after one is asked
    /// ("Ik heb uw wachtwoord niet nodig, alleen uw gebruikersnaam").
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub contrast_words: Vec<String>,
    /// Words that make a clause a request, as a question mark makes it a question: a fact it
    /// names as the fact-question rule would is asked ("Kindly quote your employee number").
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub request_words: Vec<String>,
    /// Request words that are verbs ("drop"; "geef", "lees", "stuur", "zeggen"): they make a
    /// request only with no subject beside them ("geef mij uw pincode", not "ik geef u uw
    /// pincode" or "dan stuur ik uw wachtwoord").
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub imperatives: Vec<String>,
    /// Verbs of saying or sending a value to the agent ("tell", "read", "share"; "vertel",
    /// "voorlezen"): in a request, a guarded fact (the password) named after "your" or "the"
    /// with one of these is asked ("read me the temporary password you got"), while "please
    /// reset your password" asks for nothing.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub telling_verbs: Vec<String>,
    /// Articles ("a", "an"; "een", "'t"): "your" or "the" followed by one is no owner of the
    /// fact after it ("stuur je een tijdelijk wachtwoord" sends the caller one).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub articles: Vec<String>,
    /// Owners after which a word or two of the caller's own qualify a fact's name ("your"):
    /// "your gmail password", "ur network username" name the password and the username.
    /// Empty where the language writes such names as one word (Dutch "DigiD-wachtwoord").
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub qualified_owners: Vec<String>,
    /// Words that qualify no fact's name after an owner ("your wrong address", "your same
    /// email", "your temporary password"): they judge the fact or are function words.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub qualifier_blockers: Vec<String>,
    /// Auxiliaries of the past ("did", "have"; "heeft"): a verb of telling up to two words
    /// after one asks about what was said, not for it ("did you tell him your PIN?").
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub past_auxiliaries: Vec<String>,
    /// Nouns a fact's name may qualify ("reset", "rules", "letter"; "brief", "regels"): a
    /// guarded fact followed by one is not asked by a verb of telling ("please read the
    /// password reset email").
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub modified_heads: Vec<String>,
    /// The last word of an item a list of facts may name beside its facts that is no fact of
    /// the caller's ("room number", "kamernummer"): "Your name and room number, please." still
    /// asks for the name. A word that ends in one of them counts too.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub list_items: Vec<String>,
    /// Words that open where a listed fact is to be read from ("as", "like"; "zoals"): "Full
    /// name as it is on the licence, and date of birth." still asks; the words after one, up
    /// to the next list join, are skipped.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub list_sources: Vec<String>,
    /// The agent as who gets something ("mij", "me", "ons"): with one in the request, a verb
    /// of telling may come after the guarded fact ("u moet mij uw pincode zeggen").
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub agent_objects: Vec<String>,
    /// A verb of telling counts only with one of the `agent_objects` right after it ("tell me
    /// your PIN", "read me the code"; English, where "tell" alone measured a false ask).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub telling_to_agent: bool,
    /// Words that keep a clause from being a request ("already", "no": "Got your postcode
    /// from the order already, no need for it again").
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub request_blockers: Vec<String>,
    /// What opens a restatement of the caller's words ("so", "dus"), what may end one as a
    /// question mark would ("right", "toch"), and the speaker's own words that make it
    /// something else ("so I'll reset it"): see `restates` in `structural.rs`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub restatement_openers: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub restatement_tags: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub restatement_speakers: Vec<String>,
    /// First names, for `<name>` in patterns ("this is <name>", "met <name>"). Leave out
    /// names that are also common words of the language ("ben", "dan" in Dutch; "will").
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub names: Vec<String>,
    /// What a desk is called, and words that make a part naming one an instruction: a line
    /// that opens by naming the desk introduces it ("IT desk. Name?"; see `names_desk`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub desk_words: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub desk_blockers: Vec<String>,
    #[serde(default)]
    pub acts: BTreeMap<String, ActPatterns>,
    /// How far negation, conditions, quotes and sarcasm reach (see `scope.rs`).
    #[serde(default)]
    pub scope: ScopeFile,
    /// Labelled lines the nearest-example layer learns from (for the shipped lexicons: the
    /// training corpus in `tests/corpus/`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub examples: Vec<LabelledLine>,
    /// Whether the classifier trained on the shipped corpus hears too (set for the shipped
    /// lexicons, never read from a file).
    #[serde(skip)]
    pub classifier: bool,
    /// The language whose shipped labelled lines the nearest-example layer learns from too
    /// (set for the shipped lexicons, never read from a file). They are read while the
    /// patterns compile, not before (`shipped_lines`).
    #[serde(skip)]
    pub shipped_lines: Option<Lang>,
}

/// What a scenario adds to a language's lexicon: facts of its own and extra patterns.
#[derive(Clone, Debug, Default)]
pub struct Extension {
    pub facts: BTreeMap<String, Vec<String>>,
    pub acts: BTreeMap<String, ActPatterns>,
}

/// A problem in a lexicon or in patterns a scenario adds.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum LexiconError {
    #[error("lexicon file is not valid: {0}")]
    Syntax(String),
    #[error("unknown act '{name}'{}", suggestion(.name, ActKind::ALL.iter().map(|a| a.name())))]
    UnknownAct { name: String },
    #[error("pattern '{pattern}' at character {pos}: {message}")]
    Pattern {
        pattern: String,
        pos: usize,
        message: String,
    },
}

pub(super) fn suggestion<'a>(name: &str, candidates: impl Iterator<Item = &'a str>) -> String {
    match crate::suggest::closest(name, candidates) {
        Some(best) => format!(" (did you mean '{best}'?)"),
        None => String::new(),
    }
}

/// An act, unless or fact pattern: it must take at least one word.
pub(super) fn word_pattern(
    source: &str,
    allow_fact: bool,
    vocabulary: &mut HashSet<String>,
) -> Result<Pattern, LexiconError> {
    let p = Pattern::parse(source, allow_fact, vocabulary)?;
    if !p.consumes() {
        return Err(LexiconError::Pattern {
            pattern: source.to_string(),
            pos: 1,
            message: "a pattern needs at least one word that is not optional".into(),
        });
    }
    Ok(p)
}

/// Checks one label of a labelled line: an act's name, and for `ask_identity` a fact
/// (`ask_identity:tax_number`).
pub fn check_label(label: &str) -> Result<(), LexiconError> {
    let (name, fact) = match label.split_once(':') {
        Some((n, f)) => (n, Some(f)),
        None => (label, None),
    };
    match (ActKind::from_name(name), fact) {
        (None, _) => Err(LexiconError::UnknownAct { name: name.into() }),
        (Some(ActKind::AskIdentity), Some(f)) if !f.is_empty() => Ok(()),
        (Some(ActKind::AskIdentity), _) => Err(LexiconError::Syntax(
            "ask_identity needs its fact, as in ask_identity:tax_number".into(),
        )),
        (Some(_), None) => Ok(()),
        (Some(kind), Some(_)) => Err(LexiconError::Syntax(format!(
            "only ask_identity takes a fact, not {}",
            kind.name()
        ))),
    }
}

/// Checks one pattern on its own; on error, the message and the 0-based character offset.
pub fn check_pattern(pattern: &str) -> Result<(), (String, Option<usize>)> {
    let mut vocabulary = HashSet::new();
    match word_pattern(pattern, true, &mut vocabulary) {
        Ok(_) => Ok(()),
        Err(LexiconError::Pattern { pos, message, .. }) => {
            Err((message, Some(pos.saturating_sub(1))))
        }
        Err(e) => Err((e.to_string(), None)),
    }
}

/// The lexicon file shipped for a language, parsed, with the labelled lines it learns from.
pub fn builtin(lang: Lang) -> Result<LexiconFile, LexiconError> {
    let mut file = parse_file(builtin_file(lang))?;
    file.classifier = true;
    file.shipped_lines = Some(lang);
    Ok(file)
}

/// The labelled lines shipped in the binary for a language (`builtin_examples`), read.
pub fn shipped_lines(lang: Lang) -> Result<Vec<LabelledLine>, LexiconError> {
    let mut lines = Vec::new();
    for (name, text) in builtin_examples(lang) {
        lines.extend(
            parse_lines(text, name).map_err(|e| LexiconError::Syntax(format!("{name}: {e}")))?,
        );
    }
    Ok(lines)
}

/// The labelled lines shipped in the binary: the training corpus, and the measured evaluation
/// sets named in `tests/corpus/folded.txt` (gathered by `build.rs`). The dev sets in
/// `tests/corpus/dev/` are kept out, to check the learned layer on lines it has not seen.
pub fn builtin_examples(lang: Lang) -> [(&'static str, &'static str); 3] {
    match lang {
        Lang::En => [
            ("corpus/en", include_str!("../../tests/corpus/en.jsonl")),
            (
                "corpus/train/en",
                include_str!("../../tests/corpus/train/en.jsonl"),
            ),
            (
                "folded/en",
                include_str!(concat!(env!("OUT_DIR"), "/folded-en.jsonl")),
            ),
        ],
        Lang::Nl => [
            ("corpus/nl", include_str!("../../tests/corpus/nl.jsonl")),
            (
                "corpus/train/nl",
                include_str!("../../tests/corpus/train/nl.jsonl"),
            ),
            (
                "folded/nl",
                include_str!(concat!(env!("OUT_DIR"), "/folded-nl.jsonl")),
            ),
        ],
    }
}

/// The lexicon files shipped in the binary.
pub fn builtin_file(lang: Lang) -> &'static str {
    match lang {
        Lang::En => include_str!("../../lexicon/en.json"),
        Lang::Nl => include_str!("../../lexicon/nl.json"),
    }
}

/// Parses a lexicon file's text.
pub fn parse_file(text: &str) -> Result<LexiconFile, LexiconError> {
    serde_json::from_str(text).map_err(|e| LexiconError::Syntax(e.to_string()))
}
