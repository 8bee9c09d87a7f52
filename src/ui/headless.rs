//! Run the app's frames without a window or GPU: egui layout plus tessellation, as the
//! frame-time benchmark and the idle-repaint test need.

use std::time::Duration;

use super::app::App;
use super::theme;

/// What one headless frame produced.
pub struct FrameStats {
    /// Vertices tessellated (a measure of how much was drawn).
    pub vertices: usize,
    /// How soon the frame asked to be drawn again (`Duration::MAX` = not at all).
    pub repaint_delay: Duration,
}

/// The app in an egui context of a fixed size, driven frame by frame.
pub struct Headless {
    pub ctx: egui::Context,
    pub app: App,
    size: egui::Vec2,
    time: f64,
}

impl Headless {
    pub fn new(app: App, width: f32, height: f32) -> Self {
        let ctx = egui::Context::default();
        theme::install(&ctx, false);
        Self {
            ctx,
            app,
            size: egui::vec2(width, height),
            time: 0.0,
        }
    }

    /// Run one frame with `events` and tessellate its shapes.
    pub fn frame(&mut self, events: Vec<egui::Event>) -> FrameStats {
        self.time += 1.0 / 60.0;
        let input = egui::RawInput {
            screen_rect: Some(egui::Rect::from_min_size(egui::Pos2::ZERO, self.size)),
            time: Some(self.time),
            events,
            ..Default::default()
        };
        let app = &mut self.app;
        let mut output = self.ctx.run_ui(input, |ui| app.frame_ui(ui));
        // No GPU to upload font textures to: drop them on purpose.
        output.textures_delta.clear();
        let repaint_delay = output
            .viewport_output
            .get(&egui::ViewportId::ROOT)
            .map_or(Duration::MAX, |v| v.repaint_delay);
        let vertices = count_vertices(self.ctx.tessellate(output.shapes, output.pixels_per_point));
        FrameStats {
            vertices,
            repaint_delay,
        }
    }

    /// Run an empty frame (the baseline the benchmark compares against).
    pub fn empty_frame(&mut self) -> FrameStats {
        self.time += 1.0 / 60.0;
        let input = egui::RawInput {
            screen_rect: Some(egui::Rect::from_min_size(egui::Pos2::ZERO, self.size)),
            time: Some(self.time),
            ..Default::default()
        };
        let mut output = self.ctx.run_ui(input, |ui| {
            egui::CentralPanel::default().show(ui, |_| {});
        });
        output.textures_delta.clear();
        let vertices = count_vertices(self.ctx.tessellate(output.shapes, output.pixels_per_point));
        FrameStats {
            vertices,
            repaint_delay: Duration::MAX,
        }
    }
}

fn count_vertices(primitives: Vec<egui::ClippedPrimitive>) -> usize {
    primitives
        .iter()
        .map(|p| match &p.primitive {
            egui::epaint::Primitive::Mesh(m) => m.vertices.len(),
            egui::epaint::Primitive::Callback(_) => 0,
        })
        .sum()
}
