//! The app's icon, built into the binary (`assets/icons/`, drawn for this project):
//! four bars rising in the level colours on the accent blue. The window and the
//! desktop entry use the same picture.

use std::sync::Arc;

static ICON_256: &[u8] = include_bytes!("../../assets/icons/codi-workshop-256.png");

/// The icon as RGBA pixels for the window, or `None` if it cannot be read (the window
/// then opens with the system's default icon).
pub fn window_icon() -> Option<Arc<egui::IconData>> {
    let mut decoder = png::Decoder::new(std::io::Cursor::new(ICON_256));
    decoder.set_transformations(png::Transformations::normalize_to_color8());
    let mut reader = decoder.read_info().ok()?;
    let mut buf = vec![0; reader.output_buffer_size()?];
    let info = reader.next_frame(&mut buf).ok()?;
    let pixels = &buf[..info.buffer_size()];
    let rgba: Vec<u8> = match info.color_type {
        png::ColorType::Rgba => pixels.to_vec(),
        png::ColorType::Rgb => pixels
            .chunks_exact(3)
            .flat_map(|p| [p[0], p[1], p[2], 255])
            .collect(),
        png::ColorType::GrayscaleAlpha => pixels
            .chunks_exact(2)
            .flat_map(|p| [p[0], p[0], p[0], p[1]])
            .collect(),
        png::ColorType::Grayscale => pixels.iter().flat_map(|&g| [g, g, g, 255]).collect(),
        png::ColorType::Indexed => return None,
    };
    Some(Arc::new(egui::IconData {
        rgba,
        width: info.width,
        height: info.height,
    }))
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_icon_decodes_to_256_square_rgba() {
        let icon = super::window_icon().expect("the built-in icon decodes");
        assert_eq!((icon.width, icon.height), (256, 256));
        assert_eq!(icon.rgba.len(), 256 * 256 * 4);
        // The corner is transparent, the middle of the frame is the accent blue.
        assert_eq!(icon.rgba[3], 0);
        let at = |x: usize, y: usize| &icon.rgba[(y * 256 + x) * 4..(y * 256 + x) * 4 + 4];
        assert_eq!(at(128, 16), [0x0B, 0x3D, 0x91, 255]);
    }
}
