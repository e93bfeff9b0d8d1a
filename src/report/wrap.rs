//! Wrapping text to the terminal's width at word boundaries. Colour codes take no room, wide
//! characters take two columns, and a continued line is indented under its first word, so a
//! caller's long line or a policy bullet stays readable in a narrow window. A word longer
//! than the whole line is the only thing ever split.

use unicode_width::UnicodeWidthChar;

/// How far a continued line is indented beyond the line's own indent.
const HANG: usize = 2;

/// `text` with every line longer than `width` columns broken at spaces.
pub fn wrap(text: &str, width: usize) -> String {
    let mut out = String::with_capacity(text.len() + text.len() / 16);
    for (i, line) in text.split('\n').enumerate() {
        if i > 0 {
            out.push('\n');
        }
        wrap_line(line, width.max(2 * HANG + 8), &mut out);
    }
    out
}

/// Display columns of a piece of text, not counting terminal escape sequences.
pub fn columns(text: &str) -> usize {
    let mut n = 0;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\x1b' {
            // CSI: ESC [ parameters final-byte.
            if chars.peek() == Some(&'[') {
                chars.next();
                for c in chars.by_ref() {
                    if ('@'..='~').contains(&c) {
                        break;
                    }
                }
            }
            continue;
        }
        n += c.width().unwrap_or(0);
    }
    n
}

fn wrap_line(line: &str, width: usize, out: &mut String) {
    if columns(line) <= width {
        out.push_str(line);
        return;
    }
    let body = line.trim_start_matches(' ');
    let indent = line.len() - body.len();
    let bullet = ["• ", "- ", "* "].iter().any(|b| body.starts_with(b));
    let hang = " ".repeat((indent + if bullet { 2 } else { HANG }).min(width / 2));
    let mut used = 0;
    let mut first = true;
    out.push_str(&line[..indent]);
    used += indent;
    for word in body.split(' ').filter(|w| !w.is_empty()) {
        let w = columns(word);
        if !first && used + 1 + w > width {
            out.push('\n');
            out.push_str(&hang);
            used = hang.len();
            first = true;
        }
        if !first {
            out.push(' ');
            used += 1;
        }
        if used + w > width {
            // Longer than a whole line: split it, the only break inside a word.
            used = split_long(word, width, &hang, used, out);
        } else {
            out.push_str(word);
            used += w;
        }
        first = false;
    }
}

/// Writes a word too long for any line in pieces; returns the columns used on the last line.
fn split_long(word: &str, width: usize, hang: &str, mut used: usize, out: &mut String) -> usize {
    for c in word.chars() {
        let w = c.width().unwrap_or(0);
        if used + w > width && used > hang.len() {
            out.push('\n');
            out.push_str(hang);
            used = hang.len();
        }
        out.push(c);
        used += w;
    }
    used
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn breaks_at_spaces_with_a_hanging_indent() {
        let text = "Sandra de Wit: Yes, this is Zorggroep Het Anker calling about the intranet.";
        let wrapped = wrap(text, 30);
        for line in wrapped.lines() {
            assert!(columns(line) <= 30, "{line:?}");
        }
        assert_eq!(
            wrapped,
            "Sandra de Wit: Yes, this is\n  Zorggroep Het Anker calling\n  about the intranet."
        );
    }

    #[test]
    fn never_splits_a_word_that_fits_a_line() {
        let wrapped = wrap("  • reset reset reset internationalisation", 24);
        assert_eq!(wrapped, "  • reset reset reset\n    internationalisation");
    }

    #[test]
    fn colour_codes_take_no_room_and_short_lines_stay() {
        let red = "\x1b[31mangry\x1b[0m";
        assert_eq!(columns(red), 5);
        let text = format!("{red} {red}\nshort");
        assert_eq!(wrap(&text, 20), text);
    }

    #[test]
    fn a_word_longer_than_a_line_is_split() {
        let wrapped = wrap(&"x".repeat(50), 20);
        assert!(wrapped.lines().all(|l| columns(l) <= 20), "{wrapped}");
        assert_eq!(wrapped.replace(['\n', ' '], ""), "x".repeat(50));
    }
}
