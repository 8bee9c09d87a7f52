//! Bangla in text boxes. The vowel signs ো (U+09CB) and ৌ (U+09CC) shape into more
//! glyphs than characters, and egui 0.37 then puts the cursor and the selection in the
//! wrong place after them (fixed upstream by egui PR #8577, which 0.37 does not have).
//! A text box therefore shows them decomposed: ে + া (U+09C7 U+09BE) and ে + ৗ (U+09C7
//! U+09D7), the same letters drawn the same way, one glyph per character. The record
//! keeps them composed, as they were typed or imported.
//!
//! Text that already holds a decomposed pair (an import in that form) is shown and kept
//! exactly as it is, so nothing ever changes bytes that nobody edited.

use std::borrow::Cow;
use std::ops::Range;

use egui::TextBuffer;
use egui::text::CharIndex;

const E: char = '\u{09C7}';
const AA: char = '\u{09BE}';
const AU_LENGTH: char = '\u{09D7}';
const O: char = '\u{09CB}';
const AU: char = '\u{09CC}';

/// The form a text box shows.
pub fn display(stored: &str) -> Cow<'_, str> {
    if !stored.contains([O, AU]) {
        return Cow::Borrowed(stored);
    }
    let mut out = String::with_capacity(stored.len() + 8);
    for c in stored.chars() {
        match c {
            O => out.extend([E, AA]),
            AU => out.extend([E, AU_LENGTH]),
            c => out.push(c),
        }
    }
    Cow::Owned(out)
}

/// The stored form of what a text box shows.
pub fn compose(shown: &str) -> String {
    let mut out = String::with_capacity(shown.len());
    let mut chars = shown.chars().peekable();
    while let Some(c) = chars.next() {
        let joined = match (c, chars.peek()) {
            (E, Some(&AA)) => Some(O),
            (E, Some(&AU_LENGTH)) => Some(AU),
            _ => None,
        };
        match joined {
            Some(j) => {
                chars.next();
                out.push(j);
            }
            None => out.push(c),
        }
    }
    out
}

/// Whether `s` holds a decomposed pair of its own.
fn holds_pairs(s: &str) -> bool {
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        if c == E && matches!(chars.peek(), Some(&AA | &AU_LENGTH)) {
            return true;
        }
    }
    false
}

/// A text box's buffer: edits the shown form, keeps `target` in the stored form.
pub struct BanglaBuffer<'a> {
    target: &'a mut String,
    shown: String,
    /// False when the text came with decomposed pairs: then it is kept as shown.
    composes: bool,
}

impl<'a> BanglaBuffer<'a> {
    pub fn new(target: &'a mut String) -> Self {
        let composes = !holds_pairs(target);
        let shown = if composes {
            display(target).into_owned()
        } else {
            target.clone()
        };
        Self {
            target,
            shown,
            composes,
        }
    }

    fn sync(&mut self) {
        *self.target = if self.composes {
            compose(&self.shown)
        } else {
            self.shown.clone()
        };
    }
}

impl TextBuffer for BanglaBuffer<'_> {
    fn is_mutable(&self) -> bool {
        true
    }

    fn as_str(&self) -> &str {
        &self.shown
    }

    fn insert_text(&mut self, text: &str, char_index: CharIndex) -> usize {
        // Inserted in the shown form, so the cursor moves past every character shown.
        let text = if self.composes {
            display(text)
        } else {
            Cow::Borrowed(text)
        };
        let n = self.shown.insert_text(&text, char_index);
        self.sync();
        n
    }

    fn delete_char_range(&mut self, char_range: Range<CharIndex>) {
        self.shown.delete_char_range(char_range);
        self.sync();
    }

    fn type_id(&self) -> std::any::TypeId {
        std::any::TypeId::of::<BanglaBuffer<'static>>()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shown_decomposed_and_kept_composed() {
        let stored = "কোনো কৌশল";
        let shown = display(stored);
        assert_eq!(shown.chars().filter(|&c| c == E).count(), 3);
        assert!(!shown.contains([O, AU]));
        assert_eq!(compose(&shown), stored, "the round trip is exact");
        assert_eq!(display("Level 3"), "Level 3");
    }

    #[test]
    fn typing_keeps_the_typed_form_and_moves_past_what_is_shown() {
        let mut stored = String::from("ক");
        let mut b = BanglaBuffer::new(&mut stored);
        let n = b.insert_text("ো", CharIndex(1));
        assert_eq!(n, 2, "the cursor moves past ে and া");
        assert_eq!(b.as_str().chars().count(), 3);
        b.insert_text("না", CharIndex(3));
        drop(b);
        assert_eq!(stored, "কোনা", "stored with U+09CB, as typed");
        let mut b = BanglaBuffer::new(&mut stored);
        b.delete_char_range(CharIndex(1)..CharIndex(3));
        drop(b);
        assert_eq!(stored, "কনা", "deleting the shown pair deletes ো");
    }

    #[test]
    fn imported_decomposed_text_is_kept_as_it_is() {
        let mut stored = String::from("ক\u{09C7}\u{09BE}");
        let mut b = BanglaBuffer::new(&mut stored);
        b.insert_text("!", CharIndex(3));
        drop(b);
        assert_eq!(
            stored, "ক\u{09C7}\u{09BE}!",
            "no bytes changed that were not edited"
        );
    }
}
