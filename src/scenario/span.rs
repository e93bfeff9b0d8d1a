//! Where each value of a JSON file stands, so that problems found after parsing still point
//! at a line and column. Paths are written as serde_path_to_error writes them:
//! `caller.reactions[3].when`.
//!
//! The scan keeps a tree, not a map of path strings: each value is one node, found from its
//! parent by key or index. A path string per value would cost the length of the path for every
//! element, and a long key over a long array made a 160 KB file take gigabytes; the tree is
//! linear in the file, and a lookup walks the path's segments.

use std::collections::HashMap;

/// A 1-based line and column (the column counts characters, not bytes).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub struct Pos {
    pub line: usize,
    pub column: usize,
}

/// Values nested deeper than this are not recorded (serde_json refuses deeper files anyway).
const MAX_DEPTH: usize = 128;

/// How many ways of cutting a path segment are tried when a key itself contains `.` or `[`.
const MAX_KEY_CUTS: usize = 16;

/// The position of every value, and of every object key, in a JSON text.
#[derive(Debug, Default)]
pub struct Spans {
    /// Node 0 is the root value, when there is one.
    nodes: Vec<Node>,
    /// A node's children, by (parent node, key or index).
    children: HashMap<(u32, Seg), u32>,
}

#[derive(Debug, Clone, Copy)]
struct Node {
    value: Pos,
    /// Where the value's key stands, for a member of an object.
    key: Option<Pos>,
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
enum Seg {
    Key(Box<str>),
    Index(u32),
}

impl Spans {
    /// Scans JSON text that serde_json has already accepted. Malformed text gives fewer spans,
    /// never a panic; time and memory are linear in the text.
    pub fn scan(text: &str) -> Spans {
        let mut s = Scanner {
            bytes: text.as_bytes(),
            i: 0,
            line: 1,
            col: 1,
            spans: Spans::default(),
        };
        s.value(0);
        s.spans
    }

    /// The position of the value at `path`, or of its nearest enclosing value.
    pub fn get(&self, path: &str) -> Pos {
        match self.walk(path) {
            Some((node, _)) => self.nodes[node as usize].value,
            None => Pos { line: 1, column: 1 },
        }
    }

    /// The position of the key `key` in the object at `path`.
    pub fn key(&self, path: &str, key: &str) -> Pos {
        if let Some((node, true)) = self.walk(path)
            && let Some(child) = self.children.get(&(node, Seg::Key(key.into())))
            && let Some(at) = self.nodes[*child as usize].key
        {
            return at;
        }
        self.get(path)
    }

    /// The deepest node on `path`, and whether the whole path was found.
    fn walk(&self, path: &str) -> Option<(u32, bool)> {
        if self.nodes.is_empty() {
            return None;
        }
        let mut node = 0u32;
        let mut rest = path;
        let mut first = true;
        while !rest.is_empty() {
            let found = if let Some(r) = rest.strip_prefix('[') {
                self.index_step(node, r)
            } else {
                let r = if first {
                    rest
                } else {
                    match rest.strip_prefix('.') {
                        Some(r) => r,
                        None => return Some((node, false)),
                    }
                };
                self.key_step(node, r)
            };
            match found {
                Some((child, after)) => {
                    node = child;
                    rest = after;
                }
                None => return Some((node, false)),
            }
            first = false;
        }
        Some((node, true))
    }

    /// `r` is what follows a `[`: an index and its `]`.
    fn index_step<'p>(&self, node: u32, r: &'p str) -> Option<(u32, &'p str)> {
        let close = r.find(']')?;
        let index: u32 = r[..close].parse().ok()?;
        let child = self.children.get(&(node, Seg::Index(index)))?;
        Some((*child, &r[close + 1..]))
    }

    /// `r` starts with a key, which ends where the next segment starts. A key may itself hold
    /// `.` or `[`, so a few cuts are tried, shortest first.
    fn key_step<'p>(&self, node: u32, r: &'p str) -> Option<(u32, &'p str)> {
        let cuts = r
            .char_indices()
            .skip(1)
            .filter(|(_, c)| matches!(c, '.' | '['))
            .map(|(i, _)| i)
            .chain(std::iter::once(r.len()))
            .take(MAX_KEY_CUTS);
        for cut in cuts {
            if let Some(child) = self.children.get(&(node, Seg::Key(r[..cut].into()))) {
                return Some((*child, &r[cut..]));
            }
        }
        None
    }
}

struct Scanner<'a> {
    bytes: &'a [u8],
    i: usize,
    line: usize,
    col: usize,
    spans: Spans,
}

impl Scanner<'_> {
    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.i).copied()
    }

    fn bump(&mut self) -> Option<u8> {
        let b = self.peek()?;
        self.i += 1;
        if b == b'\n' {
            self.line += 1;
            self.col = 1;
        } else if b & 0xC0 != 0x80 {
            // A continuation byte is part of the character already counted.
            self.col += 1;
        }
        Some(b)
    }

    fn skip_ws(&mut self) {
        while self
            .peek()
            .is_some_and(|b| matches!(b, b' ' | b'\t' | b'\n' | b'\r'))
        {
            self.bump();
        }
    }

    fn pos(&self) -> Pos {
        Pos {
            line: self.line,
            column: self.col,
        }
    }

    fn add(&mut self, parent: u32, seg: Seg, child: u32) {
        self.spans.children.insert((parent, seg), child);
    }

    /// Scans one value and returns its node (none past the depth limit).
    fn value(&mut self, depth: usize) -> Option<u32> {
        self.skip_ws();
        if depth > MAX_DEPTH {
            return None;
        }
        let id = u32::try_from(self.spans.nodes.len()).ok()?;
        self.spans.nodes.push(Node {
            value: self.pos(),
            key: None,
        });
        match self.peek() {
            Some(b'{') => {
                self.bump();
                loop {
                    self.skip_ws();
                    match self.peek() {
                        Some(b'}') | None => {
                            self.bump();
                            break;
                        }
                        Some(b'"') => {
                            let at = self.pos();
                            let key = self.string();
                            self.skip_ws();
                            if self.peek() == Some(b':') {
                                self.bump();
                            }
                            if let Some(child) = self.value(depth + 1) {
                                self.spans.nodes[child as usize].key = Some(at);
                                self.add(id, Seg::Key(key.into()), child);
                            }
                        }
                        Some(_) => {
                            self.bump();
                        }
                    }
                }
            }
            Some(b'[') => {
                self.bump();
                let mut n = 0u32;
                loop {
                    self.skip_ws();
                    match self.peek() {
                        Some(b']') | None => {
                            self.bump();
                            break;
                        }
                        Some(b',') => {
                            self.bump();
                        }
                        Some(_) => {
                            let before = self.i;
                            if let Some(child) = self.value(depth + 1) {
                                self.add(id, Seg::Index(n), child);
                            }
                            n = n.saturating_add(1);
                            if self.i == before {
                                self.bump();
                            }
                        }
                    }
                }
            }
            Some(b'"') => self.skip_string(),
            Some(_) => {
                while self.peek().is_some_and(|b| {
                    !matches!(b, b',' | b'}' | b']' | b' ' | b'\t' | b'\n' | b'\r')
                }) {
                    self.bump();
                }
            }
            None => {}
        }
        Some(id)
    }

    fn skip_string(&mut self) {
        self.bump();
        while let Some(b) = self.bump() {
            match b {
                b'"' => break,
                b'\\' => {
                    self.bump();
                }
                _ => {}
            }
        }
    }

    /// A string, decoded as serde_json decodes it (so keys match serde's paths).
    fn string(&mut self) -> String {
        let mut out = Vec::new();
        self.bump();
        while let Some(b) = self.bump() {
            match b {
                b'"' => break,
                b'\\' => match self.bump() {
                    Some(b'n') => out.push(b'\n'),
                    Some(b't') => out.push(b'\t'),
                    Some(b'r') => out.push(b'\r'),
                    Some(b'b') => out.push(0x08),
                    Some(b'f') => out.push(0x0c),
                    Some(b'u') => {
                        let c = self.unicode_escape();
                        let mut buf = [0; 4];
                        out.extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
                    }
                    Some(other) => out.push(other),
                    None => break,
                },
                _ => out.push(b),
            }
        }
        String::from_utf8_lossy(&out).into_owned()
    }

    /// After `\u`: four hex digits, and a second escape for a surrogate pair.
    fn unicode_escape(&mut self) -> char {
        let first = self.hex4();
        if (0xD800..0xDC00).contains(&first)
            && self.bytes.get(self.i..self.i + 2) == Some(b"\\u".as_slice())
        {
            self.bump();
            self.bump();
            let second = self.hex4();
            if (0xDC00..0xE000).contains(&second) {
                let c = 0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00);
                return char::from_u32(c).unwrap_or(char::REPLACEMENT_CHARACTER);
            }
        }
        char::from_u32(first).unwrap_or(char::REPLACEMENT_CHARACTER)
    }

    fn hex4(&mut self) -> u32 {
        let mut v = 0;
        for _ in 0..4 {
            match self.peek().and_then(|b| (b as char).to_digit(16)) {
                Some(d) => {
                    v = v * 16 + d;
                    self.bump();
                }
                None => break,
            }
        }
        v
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_nested_values_and_keys() {
        let text = "{\n  \"a\": [1, {\"b\": \"x\"}],\n  \"c\": true\n}";
        let s = Spans::scan(text);
        assert_eq!(
            s.get("a[1].b"),
            Pos {
                line: 2,
                column: 18
            }
        );
        assert_eq!(s.key("", "c"), Pos { line: 3, column: 3 });
        assert_eq!(
            s.get("a[1].missing"),
            Pos {
                line: 2,
                column: 12
            }
        );
    }

    #[test]
    fn columns_count_characters_and_keys_are_decoded() {
        let text = "{\"é\\u00e9\": {\"x\": 1}, \"w\\\"q\": [true, \"ü\", 3]}";
        let s = Spans::scan(text);
        assert_eq!(
            s.get("éé.x"),
            Pos {
                line: 1,
                column: 19
            }
        );
        assert_eq!(
            s.key("", "w\"q"),
            Pos {
                line: 1,
                column: 23
            }
        );
        assert_eq!(
            s.get("w\"q[2]"),
            Pos {
                line: 1,
                column: 43
            }
        );
    }

    #[test]
    fn keys_holding_dots_or_brackets_are_still_found() {
        let text = "{\"jargon\": {\"e.g.\": [\"x\"], \"a[1]\": 2}}";
        let s = Spans::scan(text);
        assert_eq!(
            s.get("jargon.e.g.[0]"),
            Pos {
                line: 1,
                column: 22
            }
        );
        assert_eq!(
            s.key("jargon", "a[1]"),
            Pos {
                line: 1,
                column: 28
            }
        );
    }

    #[test]
    fn empty_and_broken_text_give_the_start() {
        assert_eq!(Spans::scan("").get("a.b"), Pos { line: 1, column: 1 });
        let s = Spans::scan("{\"a\": [1, 2");
        assert_eq!(
            s.get("a[1]"),
            Pos {
                line: 1,
                column: 11
            }
        );
        assert_eq!(Spans::scan("\"\\u").get(""), Pos { line: 1, column: 1 });
    }

    #[test]
    fn a_long_key_over_a_long_array_stays_small() {
        // The shape that used to store the long key once per element.
        let key = "k".repeat(50_000);
        let items = vec!["1"; 50_000].join(",");
        let text = format!("{{\"{key}\": [{items}]}}");
        let s = Spans::scan(&text);
        assert_eq!(s.nodes.len(), 50_002);
        let last = s.get(&format!("{key}[49999]"));
        assert_eq!(last.line, 1);
        assert_eq!(last.column, text.len() - 2);
    }
}
