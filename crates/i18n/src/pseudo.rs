//! The pseudo-locale: English made visibly foreign and about 40% longer, so that text
//! that is cut, or that never went through the catalogue, stands out on screen.

use std::borrow::Cow;

/// Vowels gain an accent and are doubled; other letters gain an accent where one
/// exists. Placeables (names, numbers) are left as they are by Fluent.
pub(crate) fn transform(text: &str) -> Cow<'_, str> {
    let mut out = String::with_capacity(text.len() * 2);
    for c in text.chars() {
        let (accented, double) = match c {
            'a' => ('á', true),
            'e' => ('é', true),
            'i' => ('í', true),
            'o' => ('ó', true),
            'u' => ('ú', true),
            'A' => ('Å', true),
            'E' => ('É', true),
            'I' => ('Í', true),
            'O' => ('Ö', true),
            'U' => ('Ü', true),
            'c' => ('ç', false),
            'n' => ('ñ', false),
            's' => ('š', false),
            'y' => ('ý', false),
            'z' => ('ž', false),
            'C' => ('Ç', false),
            'N' => ('Ñ', false),
            'S' => ('Š', false),
            other => (other, false),
        };
        out.push(accented);
        if double {
            out.push(accented);
        }
    }
    Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    #[test]
    fn pseudo_text_is_accented_and_about_forty_percent_longer() {
        let english = "Reveal the votes, or hide them again";
        let pseudo = super::transform(english);
        assert!(pseudo.starts_with("Réévééáál"), "{pseudo}");
        let ratio = pseudo.chars().count() as f64 / english.chars().count() as f64;
        assert!((1.25..1.6).contains(&ratio), "{ratio}");
    }
}
