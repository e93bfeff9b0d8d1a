//! Where each value of a JSON file stands, so that problems found after parsing still point
//! at a line and column. Paths are written as serde_path_to_error writes them:
//! `caller.reactions[3].when`.

use std::collections::HashMap;

/// A 1-based line and column.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub struct Pos {
    pub line: usize,
    pub column: usize,
}

/// The position of every value (and of every object key, under `path#key`) in a JSON text.
#[derive(Debug, Default)]
pub struct Spans {
    map: HashMap<String, Pos>,
}

impl Spans {
    /// Scans JSON text that serde_json has already accepted. Malformed text gives fewer spans,
    /// never a panic.
    pub fn scan(text: &str) -> Spans {
        let mut s = Scanner {
            chars: text.chars().collect(),
            i: 0,
            line: 1,
            col: 1,
            map: HashMap::new(),
        };
        s.value(String::new(), 0);
        Spans { map: s.map }
    }

    /// The position of the value at `path`, or of its nearest enclosing value.
    pub fn get(&self, path: &str) -> Pos {
        let mut path = path.to_string();
        loop {
            if let Some(pos) = self.map.get(&path) {
                return *pos;
            }
            match path.rfind(['.', '[']) {
                Some(cut) => path.truncate(cut),
                None => {
                    return self
                        .map
                        .get("")
                        .copied()
                        .unwrap_or(Pos { line: 1, column: 1 });
                }
            }
        }
    }

    /// The position of the key `key` in the object at `path`.
    pub fn key(&self, path: &str, key: &str) -> Pos {
        self.map
            .get(&format!("{path}#{key}"))
            .copied()
            .unwrap_or_else(|| self.get(path))
    }
}

struct Scanner {
    chars: Vec<char>,
    i: usize,
    line: usize,
    col: usize,
    map: HashMap<String, Pos>,
}

impl Scanner {
    fn bump(&mut self) -> Option<char> {
        let c = *self.chars.get(self.i)?;
        self.i += 1;
        if c == '\n' {
            self.line += 1;
            self.col = 1;
        } else {
            self.col += 1;
        }
        Some(c)
    }

    fn skip_ws(&mut self) {
        while self.chars.get(self.i).is_some_and(|c| c.is_whitespace()) {
            self.bump();
        }
    }

    fn pos(&self) -> Pos {
        Pos {
            line: self.line,
            column: self.col,
        }
    }

    fn value(&mut self, path: String, depth: usize) {
        self.skip_ws();
        if depth > 128 {
            return;
        }
        self.map.insert(path.clone(), self.pos());
        match self.chars.get(self.i) {
            Some('{') => {
                self.bump();
                loop {
                    self.skip_ws();
                    match self.chars.get(self.i) {
                        Some('}') | None => {
                            self.bump();
                            return;
                        }
                        Some(',') => {
                            self.bump();
                        }
                        Some('"') => {
                            let at = self.pos();
                            let key = self.string();
                            self.map.insert(format!("{path}#{key}"), at);
                            self.skip_ws();
                            if self.chars.get(self.i) == Some(&':') {
                                self.bump();
                            }
                            let child = if path.is_empty() {
                                key
                            } else {
                                format!("{path}.{key}")
                            };
                            self.value(child, depth + 1);
                        }
                        Some(_) => {
                            self.bump();
                        }
                    }
                }
            }
            Some('[') => {
                self.bump();
                let mut n = 0;
                loop {
                    self.skip_ws();
                    match self.chars.get(self.i) {
                        Some(']') | None => {
                            self.bump();
                            return;
                        }
                        Some(',') => {
                            self.bump();
                        }
                        Some(_) => {
                            let before = self.i;
                            self.value(format!("{path}[{n}]"), depth + 1);
                            n += 1;
                            if self.i == before {
                                self.bump();
                            }
                        }
                    }
                }
            }
            Some('"') => {
                self.string();
            }
            Some(_) => {
                while self
                    .chars
                    .get(self.i)
                    .is_some_and(|c| !matches!(c, ',' | '}' | ']') && !c.is_whitespace())
                {
                    self.bump();
                }
            }
            None => {}
        }
    }

    fn string(&mut self) -> String {
        let mut out = String::new();
        self.bump();
        while let Some(c) = self.bump() {
            match c {
                '"' => break,
                '\\' => {
                    if let Some(e) = self.bump() {
                        out.push(e);
                    }
                }
                _ => out.push(c),
            }
        }
        out
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
}
