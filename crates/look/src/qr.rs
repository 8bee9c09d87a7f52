//! QR codes as a grid of dark and light modules (no drawing here): the room view turns
//! them into a texture, the table sheets into filled squares.

/// The modules of a QR code, row by row, without the quiet zone.
pub struct QrMatrix {
    pub width: usize,
    pub dark: Vec<bool>,
}

impl QrMatrix {
    pub fn is_dark(&self, x: usize, y: usize) -> bool {
        self.dark.get(y * self.width + x).copied().unwrap_or(false)
    }
}

/// `text` as a QR code (error correction M), or `None` when it is too long for one.
pub fn encode(text: &str) -> Option<QrMatrix> {
    let code = qrcode::QrCode::new(text.as_bytes()).ok()?;
    let width = code.width();
    let dark = code
        .to_colors()
        .into_iter()
        .map(|c| c == qrcode::Color::Dark)
        .collect();
    Some(QrMatrix { width, dark })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finder_patterns_sit_in_three_corners() {
        let m = encode("http://127.0.0.1:8765/t/7KQ4M2").unwrap();
        assert_eq!(m.dark.len(), m.width * m.width);
        let w = m.width;
        for (x, y) in [(0, 0), (w - 7, 0), (0, w - 7)] {
            assert!(
                m.is_dark(x, y) && m.is_dark(x + 6, y + 6),
                "outer ring at {x},{y}"
            );
            assert!(!m.is_dark(x + 1, y + 1), "light ring at {x},{y}");
            assert!(m.is_dark(x + 3, y + 3), "centre at {x},{y}");
        }
        assert!(
            encode(&"x".repeat(5000)).is_none(),
            "too long for a QR code"
        );
    }
}
