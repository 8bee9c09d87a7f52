//! Numbers and dates written the language's way: Bangla digits (০-৯) and Bangla month
//! names where chosen, Latin digits otherwise.

use fluent_bundle::FluentValue;

/// Which digits numbers are written with.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Digits {
    #[default]
    Latin,
    /// ০১২৩৪৫৬৭৮৯
    Bangla,
}

/// `text` with every ASCII digit written as a Bangla digit.
pub fn bangla_digits(text: &str) -> String {
    text.chars()
        .map(|c| match c.to_digit(10) {
            Some(d) if c.is_ascii_digit() => char::from_u32(0x09E6 + d).unwrap_or(c),
            _ => c,
        })
        .collect()
}

/// The bundle's number formatter for Bangla digits; plural rules still see the number.
pub(crate) fn bangla_number<M>(value: &FluentValue<'_>, _: &M) -> Option<String> {
    match value {
        FluentValue::Number(n) => Some(bangla_digits(&n.as_string())),
        _ => None,
    }
}

const BANGLA_MONTHS: [&str; 12] = [
    "জানুয়ারি",
    "ফেব্রুয়ারি",
    "মার্চ",
    "এপ্রিল",
    "মে",
    "জুন",
    "জুলাই",
    "আগস্ট",
    "সেপ্টেম্বর",
    "অক্টোবর",
    "নভেম্বর",
    "ডিসেম্বর",
];

/// A date as people in the language write it: `৪ আগস্ট ২০২৪` with Bangla digits, and
/// the ISO form (`2024-08-04`) otherwise. `month` is 1-12; anything else stays ISO.
pub fn date(digits: Digits, year: i32, month: u8, day: u8) -> String {
    let iso = format!("{year:04}-{month:02}-{day:02}");
    match (
        digits,
        BANGLA_MONTHS.get(usize::from(month).wrapping_sub(1)),
    ) {
        (Digits::Bangla, Some(name)) => bangla_digits(&format!("{day} {name} {year}")),
        _ => iso,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bangla_digits_replace_only_ascii_digits() {
        assert_eq!(bangla_digits("Area 10 of 12, 3.5"), "Area ১০ of ১২, ৩.৫");
        assert_eq!(bangla_digits("০১ x"), "০১ x");
    }

    #[test]
    fn dates_the_bangla_way_or_iso() {
        assert_eq!(date(Digits::Bangla, 2024, 8, 4), "৪ আগস্ট ২০২৪");
        assert_eq!(date(Digits::Latin, 2024, 8, 4), "2024-08-04");
        assert_eq!(date(Digits::Bangla, 2024, 13, 4), "2024-13-04");
    }
}
