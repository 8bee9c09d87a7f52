//! The join address as a QR code on the room view: drawn from the `qrcode` crate's
//! modules into an egui texture (nearest-neighbour, so it stays sharp when scaled), with
//! a white quiet zone so phone cameras find it on a dark projector.

use egui::{Color32, ColorImage, TextureHandle, TextureOptions, Ui, vec2};

/// A QR code texture, made once per address.
#[derive(Default)]
pub struct QrCache {
    text: String,
    texture: Option<TextureHandle>,
}

/// The modules of `text` as an image: one pixel per module, 4 modules of quiet zone.
pub fn qr_image(text: &str) -> Option<ColorImage> {
    let m = crate::qr::encode(text)?;
    let quiet = 4;
    let side = m.width + 2 * quiet;
    let mut pixels = vec![Color32::WHITE; side * side];
    for y in 0..m.width {
        for x in 0..m.width {
            if m.is_dark(x, y) {
                pixels[(y + quiet) * side + x + quiet] = Color32::BLACK;
            }
        }
    }
    Some(ColorImage::new([side, side], pixels))
}

impl QrCache {
    /// Draw `text` as a QR code at most `size` points wide, in whole pixels a module
    /// so that every module has the same size.
    pub fn qr_ui(&mut self, ui: &mut Ui, text: &str, size: f32) {
        if self.text != text || self.texture.is_none() {
            self.text = text.to_owned();
            self.texture = qr_image(text).map(|img| {
                ui.ctx()
                    .load_texture("join-qr", img, TextureOptions::NEAREST)
            });
        }
        if let Some(t) = &self.texture {
            let address = [("address", text.into())];
            let alt = crate::ui::lang::texts(ui.ctx()).with("join-qr-alt", &address);
            let ppp = ui.ctx().pixels_per_point();
            let modules = t.size()[0].max(1) as f32;
            let size = ((size * ppp / modules).floor().max(1.0) * modules) / ppp;
            ui.add(
                egui::Image::new(t)
                    .fit_to_exact_size(vec2(size, size))
                    .alt_text(alt),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_code_has_a_quiet_zone_and_finder_patterns() {
        let img = qr_image("http://127.0.0.1:8765/j/7KQ4M2").unwrap();
        let [w, h] = img.size;
        assert_eq!(w, h);
        // Version 3 (29 modules) or so, plus 8 of quiet zone.
        assert!((29..=45).contains(&w), "{w}");
        let at = |x: usize, y: usize| img.pixels[y * w + x];
        // Quiet zone: the outer four rows and columns are white.
        assert!((0..w).all(|x| (0..4).all(|y| at(x, y) == Color32::WHITE)));
        // The top-left finder pattern starts dark at (4, 4) with a light ring inside.
        assert_eq!(at(4, 4), Color32::BLACK);
        assert_eq!(at(5, 5), Color32::WHITE);
        assert_eq!(at(6, 6), Color32::BLACK);
    }
}
