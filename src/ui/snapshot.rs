//! Saving the current chart as a PNG for the closing slides: the results view is drawn
//! once in presentation mode (large labels, no controls), egui takes a screenshot of
//! that frame, and it is written as a PNG. Three frames: ask, draw, receive. With no
//! renderer (tests) the picture never comes; the view stays usable all the same.

use std::path::PathBuf;
use std::sync::{Arc, Mutex};

use egui::{ColorImage, ViewportCommand};

/// A chart snapshot on its way: where it goes, and whether presentation mode was on
/// before (it is restored after).
#[derive(Clone, Debug)]
pub struct Snapshot {
    pub path: PathBuf,
    pub was_presenting: bool,
    stage: Stage,
    /// Filled by egui's screenshot callback.
    image: Arc<Mutex<Option<Arc<ColorImage>>>>,
}

#[derive(Clone, Copy, Debug, PartialEq)]
enum Stage {
    /// Asked for during a frame drawn the usual way.
    Requested,
    /// A frame in presentation mode has been drawn: take its picture.
    Drawn,
    /// Waiting for the picture since then.
    /// Asked at this egui time (seconds).
    Asked(f64),
}

/// How long a picture may take before the view is given back.
const PATIENCE_SECS: f64 = 3.0;

/// What [`poll`] found.
pub enum Poll {
    Waiting(Snapshot),
    Done(Snapshot, Arc<ColorImage>),
    /// No picture came (no renderer can take one).
    Failed(Snapshot),
}

impl Snapshot {
    pub fn new(path: PathBuf, was_presenting: bool) -> Self {
        Self {
            path,
            was_presenting,
            stage: Stage::Requested,
            image: Arc::default(),
        }
    }
}

/// After each frame: move the snapshot on.
pub fn poll(ctx: &egui::Context, mut snap: Snapshot) -> Poll {
    match snap.stage {
        Stage::Requested => {
            snap.stage = Stage::Drawn;
            ctx.request_repaint();
            Poll::Waiting(snap)
        }
        Stage::Drawn => {
            let (slot, repaint) = (snap.image.clone(), ctx.clone());
            let callback = egui::ScreenshotCallback::new(move |image| {
                *slot.lock().unwrap_or_else(|e| e.into_inner()) = Some(image);
                repaint.request_repaint();
            });
            ctx.send_viewport_cmd(ViewportCommand::Screenshot(callback));
            ctx.request_repaint();
            snap.stage = Stage::Asked(ctx.input(|i| i.time));
            Poll::Waiting(snap)
        }
        Stage::Asked(since) => {
            let image = snap.image.lock().unwrap_or_else(|e| e.into_inner()).take();
            match image {
                Some(image) => Poll::Done(snap, image),
                None if ctx.input(|i| i.time) - since > PATIENCE_SECS => Poll::Failed(snap),
                None => {
                    ctx.request_repaint_after(std::time::Duration::from_millis(100));
                    Poll::Waiting(snap)
                }
            }
        }
    }
}

/// An RGBA image as PNG bytes.
pub fn encode_png(image: &ColorImage) -> Result<Vec<u8>, String> {
    let [w, h] = image.size;
    let (w, h) = (
        u32::try_from(w).map_err(|e| e.to_string())?,
        u32::try_from(h).map_err(|e| e.to_string())?,
    );
    let mut out = Vec::new();
    let mut enc = png::Encoder::new(&mut out, w, h);
    enc.set_color(png::ColorType::Rgba);
    enc.set_depth(png::BitDepth::Eight);
    let mut writer = enc.write_header().map_err(|e| e.to_string())?;
    let rgba: Vec<u8> = image.pixels.iter().flat_map(|c| c.to_array()).collect();
    writer.write_image_data(&rgba).map_err(|e| e.to_string())?;
    writer.finish().map_err(|e| e.to_string())?;
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn png_round_trip_keeps_size_and_pixels() {
        let mut image = ColorImage::filled([3, 2], egui::Color32::WHITE);
        image.pixels[4] = egui::Color32::from_rgb(200, 10, 20);
        let bytes = encode_png(&image).unwrap();
        assert!(bytes.starts_with(b"\x89PNG"));
        let decoder = png::Decoder::new(std::io::Cursor::new(bytes));
        let mut reader = decoder.read_info().unwrap();
        let mut buf = vec![0; reader.output_buffer_size().unwrap()];
        let info = reader.next_frame(&mut buf).unwrap();
        assert_eq!((info.width, info.height), (3, 2));
        assert_eq!(&buf[16..20], &[200, 10, 20, 255]);
        assert_eq!(&buf[0..4], &[255, 255, 255, 255]);
    }
}
