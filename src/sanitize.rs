//! Text from files, made safe to print: the one function every view of a scenario, a result
//! or a journal passes its text through before it reaches a terminal.
//!
//! A hostile file can hold escape sequences (to retitle the window, clear the screen, or
//! hide text), other control characters, and bidirectional controls that reorder what the
//! reader sees (U+202E shows `exe.txt` as `txt.exe`). [`clean`] removes whole escape
//! sequences — dropping only the ESC would leave their bodies on screen as debris like
//! `]0;PWNED[2J` — and every other control character except newline and tab.

use std::borrow::Cow;

const ESC: char = '\u{1b}';
const BEL: char = '\u{07}';
/// The 8-bit String Terminator.
const ST: char = '\u{9c}';

/// `s` without escape sequences, C0 and C1 controls (newline and tab are kept), DEL, and
/// bidirectional controls. Text with none of them is returned as it is, without copying.
pub fn clean(s: &str) -> Cow<'_, str> {
    if !s.chars().any(is_unsafe) {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            ESC => match chars.peek().copied() {
                Some('[') => {
                    chars.next();
                    skip_csi(&mut chars);
                }
                // OSC, DCS, SOS, PM, APC: strings that run to a terminator.
                Some(']' | 'P' | 'X' | '^' | '_') => {
                    chars.next();
                    skip_string(&mut chars);
                }
                Some(_) => skip_escape(&mut chars),
                None => {}
            },
            // The 8-bit forms of CSI, and of OSC, DCS, SOS, PM, APC.
            '\u{9b}' => skip_csi(&mut chars),
            '\u{9d}' | '\u{90}' | '\u{98}' | '\u{9e}' | '\u{9f}' => skip_string(&mut chars),
            c if is_unsafe(c) => {}
            c => out.push(c),
        }
    }
    Cow::Owned(out)
}

/// Whether `c` is removed: a control character other than newline and tab, or a
/// bidirectional control.
pub fn is_unsafe(c: char) -> bool {
    (c.is_control() && c != '\n' && c != '\t') || is_bidi_control(c)
}

/// The characters that change the direction of the text around them.
pub fn is_bidi_control(c: char) -> bool {
    matches!(
        c,
        '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{200E}' | '\u{200F}' | '\u{061C}'
    )
}

type Chars<'a> = std::iter::Peekable<std::str::Chars<'a>>;

/// After `ESC [`: parameter bytes, intermediate bytes, then one final byte. A character that
/// cannot belong to the sequence ends it and is read as ordinary text.
fn skip_csi(chars: &mut Chars<'_>) {
    while let Some(&c) = chars.peek() {
        match c {
            '\u{30}'..='\u{3f}' | '\u{20}'..='\u{2f}' => {
                chars.next();
            }
            '\u{40}'..='\u{7e}' => {
                chars.next();
                return;
            }
            _ => return,
        }
    }
}

/// After the opener of a control string: everything up to BEL or ST (`ESC \` or U+009C),
/// which are dropped too. An unterminated string runs to the end of the text.
fn skip_string(chars: &mut Chars<'_>) {
    while let Some(c) = chars.next() {
        match c {
            BEL | ST => return,
            ESC if chars.peek() == Some(&'\\') => {
                chars.next();
                return;
            }
            _ => {}
        }
    }
}

/// After a lone ESC: intermediate bytes, then one final byte (`ESC c`, `ESC ( B`, `ESC 7`).
fn skip_escape(chars: &mut Chars<'_>) {
    while let Some(&c) = chars.peek() {
        match c {
            '\u{20}'..='\u{2f}' => {
                chars.next();
            }
            '\u{30}'..='\u{7e}' => {
                chars.next();
                return;
            }
            _ => return,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_text_is_borrowed_unchanged() {
        let s = "Goedemiddag, u spreekt met Ilse. ✓ 🙂\n\tnext line";
        assert!(matches!(clean(s), Cow::Borrowed(t) if t == s));
    }

    #[test]
    fn whole_escape_sequences_go() {
        assert_eq!(clean("a\u{1b}]0;PWNED\u{7}\u{1b}[2Jb"), "ab");
        assert_eq!(clean("\u{1b}[31mred\u{1b}[0m"), "red");
        assert_eq!(clean("x\u{1b}[?1049hy"), "xy");
        assert_eq!(
            clean("x\u{1b}]8;;http://e.x\u{1b}\\link\u{1b}]8;;\u{1b}\\y"),
            "xlinky"
        );
        assert_eq!(clean("x\u{1b}Pq#0;2;0;0;0\u{1b}\\y"), "xy");
        assert_eq!(clean("a\u{1b}cb\u{1b}(Bc\u{1b}7d"), "abcd");
        assert_eq!(clean("a\u{9b}31mb\u{9d}0;t\u{9c}c"), "abc");
    }

    #[test]
    fn unfinished_sequences_leave_no_debris() {
        assert_eq!(clean("a\u{1b}]0;title"), "a");
        assert_eq!(clean("a\u{1b}["), "a");
        assert_eq!(clean("a\u{1b}"), "a");
        // A character that cannot be part of a CSI ends it and stays.
        assert_eq!(clean("a\u{1b}[12é"), "aé");
    }

    #[test]
    fn controls_and_bidi_go_newline_and_tab_stay() {
        assert_eq!(clean("a\rb\u{0}c\u{7f}d\u{85}e"), "abcde");
        assert_eq!(clean("invoice\u{202E}fdp.exe"), "invoicefdp.exe");
        assert_eq!(
            clean("\u{2066}x\u{2069}\u{200E}\u{200F}\u{061C}\u{202A}y"),
            "xy"
        );
        assert_eq!(clean("a\nb\tc"), "a\nb\tc");
    }
}

#[cfg(test)]
mod properties {
    use super::*;
    use proptest::prelude::*;
    use proptest::test_runner::{Config, RngAlgorithm, TestRng, TestRunner};

    /// Pieces that make escape sequences, controls and bidi likely, mixed with plain text.
    const PIECES: [&str; 22] = [
        "\u{1b}", "[", "]", "0;", "2J", "31m", "\u{7}", "\\", "\u{9b}", "\u{9c}", "\u{9d}",
        "\u{85}", "\u{202E}", "\u{2067}", "\u{200F}", "\u{061C}", "\r", "\n", "\t", "abc", "é",
        "🙂",
    ];

    fn runner() -> TestRunner {
        let config = Config {
            cases: 512,
            failure_persistence: None,
            ..Config::default()
        };
        TestRunner::new_with_rng(config, TestRng::deterministic_rng(RngAlgorithm::ChaCha))
    }

    fn is_forbidden(c: char) -> bool {
        c == ESC || ('\u{80}'..='\u{9f}').contains(&c) || is_bidi_control(c)
    }

    #[test]
    fn nothing_unsafe_ever_comes_out() {
        let pieces = prop::collection::vec(prop::sample::select(PIECES.to_vec()), 0..40);
        let chars = prop::collection::vec(any::<char>(), 0..40);
        let text = (pieces, chars).prop_map(|(p, c)| {
            let mut s = p.concat();
            s.extend(c);
            s
        });
        runner()
            .run(&text, |s| {
                let out = clean(&s);
                prop_assert!(!out.chars().any(is_forbidden), "{out:?} from {s:?}");
                prop_assert!(!out.chars().any(is_unsafe), "{out:?} from {s:?}");
                // Cleaning is idempotent: nothing left to clean.
                prop_assert_eq!(clean(&out), out.clone());
                Ok(())
            })
            .unwrap();
    }

    #[test]
    fn plain_text_passes_unchanged() {
        let plain = prop::collection::vec(any::<char>(), 0..80)
            .prop_map(|c| c.into_iter().filter(|c| !is_unsafe(*c)).collect::<String>());
        runner()
            .run(&plain, |s| {
                prop_assert_eq!(clean(&s), s.as_str());
                Ok(())
            })
            .unwrap();
    }
}
