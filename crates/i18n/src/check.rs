//! A language's `.ftl` files read as a translator's work: which messages it has, with
//! which variables and attributes, where each is, and what is malformed (file, line and
//! the message id nearby). Compared with English, it lists what is missing, what
//! English no longer has, and where the variables differ.

use std::collections::{BTreeMap, BTreeSet};

use fluent_syntax::ast;

/// One message as a file gives it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Message {
    pub file: String,
    pub line: usize,
    pub variables: BTreeSet<String>,
    pub attributes: BTreeSet<String>,
}

/// A language's messages and the faults found while reading them.
#[derive(Clone, Debug, Default)]
pub struct Source {
    pub messages: BTreeMap<String, Message>,
    /// "file:line: what" lines.
    pub malformed: Vec<String>,
}

impl Source {
    /// Read `(file name, text)` pairs.
    pub fn read<'a>(files: impl IntoIterator<Item = (&'a str, &'a str)>) -> Self {
        let mut out = Self::default();
        for (file, text) in files {
            out.add(file, text);
        }
        out
    }

    fn add(&mut self, file: &str, text: &str) {
        let resource = match fluent_syntax::parser::parse(text) {
            Ok(r) => r,
            Err((r, errors)) => {
                for e in errors {
                    // Where the broken entry starts, rather than where the parser gave up.
                    let at = e.slice.as_ref().map_or(e.pos.start, |s| s.start);
                    let line = line_of(text, at);
                    let near = nearest_id(text, at);
                    self.malformed
                        .push(format!("{file}:{line}: {}{near}", e.kind));
                }
                r
            }
        };
        for entry in resource.body {
            let ast::Entry::Message(m) = entry else {
                continue;
            };
            let line = line_of(text, offset_in(text, m.id.name));
            let mut variables = BTreeSet::new();
            if let Some(p) = &m.value {
                pattern_vars(p, &mut variables);
            }
            for a in &m.attributes {
                pattern_vars(&a.value, &mut variables);
            }
            let attributes = m.attributes.iter().map(|a| a.id.name.to_owned()).collect();
            let name = m.id.name.to_owned();
            if let Some(first) = self.messages.get(&name) {
                self.malformed.push(format!(
                    "{file}:{line}: `{name}` again (first at {}:{}); the first is used",
                    first.file, first.line
                ));
                continue;
            }
            let message = Message {
                file: file.to_owned(),
                line,
                variables,
                attributes,
            };
            self.messages.insert(name, message);
        }
    }

    /// What this language lacks, has extra, or words differently from `english`.
    pub fn compare(&self, english: &Source) -> Comparison {
        let mut c = Comparison {
            malformed: self.malformed.clone(),
            ..Comparison::default()
        };
        for (id, en) in &english.messages {
            match self.messages.get(id) {
                None => c.missing.push(id.clone()),
                Some(m) if m.variables != en.variables || m.attributes != en.attributes => {
                    c.different.push(format!(
                        "{}:{}: `{id}` has variables {:?} and attributes {:?}; English has {:?} and {:?}",
                        m.file, m.line, m.variables, m.attributes, en.variables, en.attributes
                    ));
                }
                Some(_) => {}
            }
        }
        c.unused = self
            .messages
            .keys()
            .filter(|id| !english.messages.contains_key(*id))
            .cloned()
            .collect();
        c
    }
}

/// A language measured against English.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Comparison {
    pub missing: Vec<String>,
    /// Messages English does not have (left over, or misspelt ids).
    pub unused: Vec<String>,
    pub different: Vec<String>,
    pub malformed: Vec<String>,
}

impl Comparison {
    pub fn is_clean(&self) -> bool {
        self.missing.is_empty()
            && self.unused.is_empty()
            && self.different.is_empty()
            && self.malformed.is_empty()
    }
}

fn pattern_vars(p: &ast::Pattern<&str>, out: &mut BTreeSet<String>) {
    for e in &p.elements {
        if let ast::PatternElement::Placeable { expression } = e {
            expression_vars(expression, out);
        }
    }
}

fn expression_vars(e: &ast::Expression<&str>, out: &mut BTreeSet<String>) {
    match e {
        ast::Expression::Inline(i) => inline_vars(i, out),
        ast::Expression::Select { selector, variants } => {
            inline_vars(selector, out);
            for v in variants {
                pattern_vars(&v.value, out);
            }
        }
    }
}

fn inline_vars(i: &ast::InlineExpression<&str>, out: &mut BTreeSet<String>) {
    match i {
        ast::InlineExpression::VariableReference { id } => {
            out.insert(id.name.to_owned());
        }
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            for p in &arguments.positional {
                inline_vars(p, out);
            }
        }
        ast::InlineExpression::Placeable { expression } => expression_vars(expression, out),
        _ => {}
    }
}

/// The byte offset of `part` inside `text` (it is a slice of it).
fn offset_in(text: &str, part: &str) -> usize {
    (part.as_ptr() as usize).saturating_sub(text.as_ptr() as usize)
}

fn line_of(text: &str, offset: usize) -> usize {
    text.as_bytes()[..offset.min(text.len())]
        .iter()
        .filter(|b| **b == b'\n')
        .count()
        + 1
}

/// " (in or after `id`)": the entry that starts at `offset`, or else the last one
/// before it.
fn nearest_id(text: &str, offset: usize) -> String {
    let at = text.floor_char_boundary(offset.min(text.len()));
    let id_of = |l: &str| {
        let id: String = l
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_')
            .collect();
        (!id.is_empty() && l[id.len()..].trim_start().starts_with('=')).then_some(id)
    };
    let here = text[at..]
        .lines()
        .find(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .and_then(id_of);
    here.or_else(|| text[..at].lines().rev().find_map(id_of))
        .map(|id| format!(" (in or after `{id}`)"))
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn variables_attributes_and_faults_are_found_with_their_lines() {
        let en = Source::read([(
            "app.ftl",
            "a = A { $n }\n  .tooltip = T\nb = { $n ->\n [one] one { $x }\n *[other] many\n}\nc = C\n",
        )]);
        assert_eq!(en.messages["a"].line, 1);
        assert_eq!(
            en.messages["b"].variables,
            BTreeSet::from(["n".into(), "x".into()])
        );
        let xx = Source::read([(
            "app.ftl",
            "a = A\nb = { $n } { $x }\nd = D\ne = { oops\nf = F\n",
        )]);
        let c = xx.compare(&en);
        assert_eq!(c.missing, vec!["c".to_owned()]);
        assert_eq!(c.unused, vec!["d".to_owned(), "f".to_owned()]);
        assert_eq!(c.different.len(), 1, "{c:?}");
        assert!(c.different[0].starts_with("app.ftl:1: `a`"), "{c:?}");
        assert_eq!(c.malformed.len(), 1, "{c:?}");
        assert!(c.malformed[0].starts_with("app.ftl:4:"), "{c:?}");
        assert!(c.malformed[0].ends_with("(in or after `e`)"), "{c:?}");
        assert!(!c.is_clean());
        assert!(en.compare(&en).is_clean());
    }
}
