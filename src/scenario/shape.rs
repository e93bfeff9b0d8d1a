//! The shape of a scenario file: its JSON Schema, generated from the raw types, and a check of
//! a file against it that finds every unknown field, missing field and wrong type at once.
//!
//! serde stops at the first structural error. When it does, the loader walks the file as a
//! `serde_json::Value` beside the schema and reports everything it finds, each at a path that
//! `span` turns into a line and column. The schema is the one `deskdrill schema` prints, so the
//! editor's underlines and the validator's messages come from the same place.

use super::raw::RawScenario;
use crate::suggest;
use serde_json::{Map, Value};
use std::sync::OnceLock;

/// Where the schema says it lives, for a scenario's `"$schema"` key.
pub const SCHEMA_ID: &str = "urn:deskdrill:scenario:v1";

/// No more problems than this are collected: a file this broken needs a look, not a list.
pub const MAX_PROBLEMS: usize = 50;

/// The JSON Schema (draft 2020-12) of the scenario format, generated once.
pub fn schema() -> &'static Value {
    static SCHEMA: OnceLock<Value> = OnceLock::new();
    SCHEMA.get_or_init(|| {
        let mut v = serde_json::to_value(schemars::schema_for!(RawScenario))
            .unwrap_or_else(|_| Value::Object(Map::new()));
        if let Some(obj) = v.as_object_mut() {
            obj.insert("$id".into(), Value::String(SCHEMA_ID.into()));
        }
        v
    })
}

/// A structural problem at a path (`caller.reactions[2]`); `key` names the field at fault in
/// the object at `path`, for a field that is there but should not be.
#[derive(Debug, Clone, PartialEq)]
pub struct Misfit {
    pub path: String,
    pub key: Option<String>,
    pub message: String,
    /// An unknown field (the file may read without it).
    pub unknown: bool,
}

/// Every unknown field, missing field and wrong type in a parsed file (up to
/// [`MAX_PROBLEMS`]), in the order of the file.
pub fn check(value: &Value) -> Vec<Misfit> {
    let root = schema();
    let mut out = Vec::new();
    walk(value, root, root, "", &mut out);
    out.truncate(MAX_PROBLEMS);
    out
}

/// Follows `$ref` to the definition it names.
fn resolve<'a>(schema: &'a Value, root: &'a Value) -> &'a Value {
    let mut s = schema;
    for _ in 0..8 {
        match s.get("$ref").and_then(Value::as_str) {
            Some(r) => match r.strip_prefix("#/$defs/") {
                Some(name) => match root.get("$defs").and_then(|d| d.get(name)) {
                    Some(def) => s = def,
                    None => return s,
                },
                None if r == "#" => s = root,
                None => return s,
            },
            None => return s,
        }
    }
    s
}

fn child_path(path: &str, key: &str) -> String {
    if path.is_empty() {
        key.to_string()
    } else {
        format!("{path}.{key}")
    }
}

fn walk(value: &Value, schema: &Value, root: &Value, path: &str, out: &mut Vec<Misfit>) {
    if out.len() >= MAX_PROBLEMS {
        return;
    }
    let schema = resolve(schema, root);
    if let Some(branches) = schema
        .get("anyOf")
        .or_else(|| schema.get("oneOf"))
        .and_then(Value::as_array)
    {
        // The branch that fits best: none wrong, else the fewest problems.
        let mut best: Option<Vec<Misfit>> = None;
        for b in branches {
            let mut tried = Vec::new();
            walk(value, b, root, path, &mut tried);
            if best.as_ref().is_none_or(|x| tried.len() < x.len()) {
                best = Some(tried);
            }
        }
        out.extend(best.unwrap_or_default());
        return;
    }
    if let Some(problem) = type_problem(value, schema) {
        out.push(Misfit {
            path: path.to_string(),
            key: None,
            message: format!("{problem}{}", super::at(path)),
            unknown: false,
        });
        return;
    }
    match value {
        Value::Object(map) => object(map, schema, root, path, out),
        Value::Array(items) => {
            if let Some(item_schema) = schema.get("items") {
                for (i, item) in items.iter().enumerate() {
                    walk(item, item_schema, root, &format!("{path}[{i}]"), out);
                }
            }
            let len = items.len() as u64;
            let min = schema.get("minItems").and_then(Value::as_u64);
            let max = schema.get("maxItems").and_then(Value::as_u64);
            if min.is_some_and(|m| len < m) || max.is_some_and(|m| len > m) {
                let message = match (min, max) {
                    (Some(a), Some(b)) if a == b && a == 2 => {
                        "expected [low, high]: a list of two numbers".to_string()
                    }
                    (Some(a), Some(b)) if a == b => format!("expected a list of {a} items"),
                    _ => "a list of the wrong length".to_string(),
                };
                out.push(Misfit {
                    path: path.to_string(),
                    key: None,
                    message,
                    unknown: false,
                });
            }
        }
        _ => {}
    }
}

fn object(
    map: &Map<String, Value>,
    schema: &Value,
    root: &Value,
    path: &str,
    out: &mut Vec<Misfit>,
) {
    let props = schema.get("properties").and_then(Value::as_object);
    let closed = schema.get("additionalProperties") == Some(&Value::Bool(false));
    let required: Vec<&str> = schema
        .get("required")
        .and_then(Value::as_array)
        .map(|r| r.iter().filter_map(Value::as_str).collect())
        .unwrap_or_default();
    let known: Vec<&str> = props
        .map(|p| p.keys().map(String::as_str).collect())
        .unwrap_or_default();
    let mut suggested = Vec::new();
    for (key, v) in map {
        match props.and_then(|p| p.get(key)) {
            Some(s) => walk(v, s, root, &child_path(path, key), out),
            None if closed => {
                let best = suggest::closest(key, known.iter().copied())
                    .filter(|_| key.chars().count() <= super::MAX_QUOTED_CHARS);
                if let Some(b) = best {
                    suggested.push(b.to_string());
                }
                out.push(Misfit {
                    path: path.to_string(),
                    key: Some(key.clone()),
                    message: super::unknown_field_message(key, best, &known, path),
                    unknown: true,
                });
            }
            None => {
                if let Some(s) = schema.get("additionalProperties").filter(|s| s.is_object()) {
                    walk(v, s, root, &child_path(path, key), out);
                }
            }
        }
    }
    for name in required {
        // A typo of the field already says what is missing.
        if !map.contains_key(name) && !suggested.iter().any(|s| s == name) {
            let what = props
                .and_then(|p| p.get(name))
                .and_then(|s| {
                    s.get("description")
                        .or_else(|| resolve(s, root).get("description"))
                })
                .and_then(Value::as_str)
                .and_then(|d| d.split(". ").next())
                .map(|d| format!(": {}", d.trim_end_matches('.')))
                .unwrap_or_default();
            out.push(Misfit {
                path: path.to_string(),
                key: None,
                message: format!("missing field '{name}'{}{what}", super::at(path)),
                unknown: false,
            });
        }
    }
}

/// What kind of JSON value a schema type names, in words an author knows.
fn expected_words(ty: &str, schema: &Value) -> String {
    match ty {
        "integer" => match integer_range(schema) {
            Some((lo, hi)) if lo == 0 && hi == i128::from(u8::MAX) => {
                "a whole number from 0 to 255".into()
            }
            Some((0, _)) => "a whole number, 0 or more".into(),
            _ => "a whole number".into(),
        },
        "number" => "a number".into(),
        "string" => "a text in quotes".into(),
        "boolean" => "true or false".into(),
        "array" => "a list [...]".into(),
        "object" => "an object {...}".into(),
        "null" => "null".into(),
        other => other.into(),
    }
}

/// How serde would name a value it did not expect.
fn found_words(value: &Value) -> String {
    let short = |s: &str| {
        let cut: String = s.chars().take(40).collect();
        if cut.len() < s.len() {
            format!("{cut}…")
        } else {
            cut
        }
    };
    match value {
        Value::Null => "null".into(),
        Value::Bool(b) => format!("boolean `{b}`"),
        Value::Number(n) if n.is_f64() => format!("floating point `{n}`"),
        Value::Number(n) => format!("integer `{n}`"),
        Value::String(s) => format!("string \"{}\"", short(s)),
        Value::Array(_) => "a list".into(),
        Value::Object(_) => "an object".into(),
    }
}

fn fits(value: &Value, ty: &str) -> bool {
    match ty {
        "integer" => value.is_i64() || value.is_u64(),
        "number" => value.is_number(),
        "string" => value.is_string(),
        "boolean" => value.is_boolean(),
        "array" => value.is_array(),
        "object" => value.is_object(),
        "null" => value.is_null(),
        _ => true,
    }
}

/// The range an integer may take: from `minimum`/`maximum`, else from its `format`.
fn integer_range(schema: &Value) -> Option<(i128, i128)> {
    let by_format = match schema.get("format").and_then(Value::as_str) {
        Some("uint8") => Some((0, i128::from(u8::MAX))),
        Some("uint16") => Some((0, i128::from(u16::MAX))),
        Some("uint32") => Some((0, i128::from(u32::MAX))),
        Some("uint64" | "uint") => Some((0, i128::from(u64::MAX))),
        Some("int8") => Some((i128::from(i8::MIN), i128::from(i8::MAX))),
        Some("int16") => Some((i128::from(i16::MIN), i128::from(i16::MAX))),
        Some("int32") => Some((i128::from(i32::MIN), i128::from(i32::MAX))),
        Some("int64" | "int") => Some((i128::from(i64::MIN), i128::from(i64::MAX))),
        _ => None,
    };
    let num = |k: &str| schema.get(k).and_then(Value::as_f64).map(|f| f as i128);
    match (num("minimum"), num("maximum"), by_format) {
        (None, None, f) => f,
        (lo, hi, f) => {
            let (flo, fhi) = f.unwrap_or((i128::MIN, i128::MAX));
            Some((lo.unwrap_or(flo), hi.unwrap_or(fhi)))
        }
    }
}

fn type_problem(value: &Value, schema: &Value) -> Option<String> {
    let types: Vec<&str> = match schema.get("type") {
        Some(Value::String(t)) => vec![t.as_str()],
        Some(Value::Array(ts)) => ts.iter().filter_map(Value::as_str).collect(),
        _ => return None,
    };
    if types.iter().any(|t| fits(value, t)) {
        let n = value
            .as_i64()
            .map(i128::from)
            .or(value.as_u64().map(i128::from));
        if let (Some(n), true) = (n, types.contains(&"integer"))
            && let Some((lo, hi)) = integer_range(schema)
            && !(lo..=hi).contains(&n)
        {
            return Some(format!(
                "invalid value: {}, expected {}",
                found_words(value),
                expected_words("integer", schema)
            ));
        }
        return None;
    }
    let expected: Vec<String> = types
        .iter()
        .filter(|t| **t != "null")
        .map(|t| expected_words(t, schema))
        .collect();
    Some(format!(
        "invalid type: {}, expected {}",
        found_words(value),
        expected.join(" or ")
    ))
}
