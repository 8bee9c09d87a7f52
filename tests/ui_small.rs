//! Small windows: at 800x600, and at 1024x768 with the system's text zoomed to 125 %,
//! the room view fits whole (the cards, the agreed answer, the phone-voting line), the
//! area strip stays on one line, and it is the facilitator's panel that scrolls.

mod common;

use codi_workshop::ui::{App, AppConfig};
use common::*;
use egui::Key;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;

/// The app in a window of `w`x`h` pixels at `scale` (the system's zoom).
fn harness_at(f: &Fixture, w: f32, h: f32, scale: f32) -> Harness<'static, App> {
    let (file, data) = (f.file.clone(), f.data.clone());
    let mut h = Harness::builder()
        .with_size(egui::vec2(w / scale, h / scale))
        .with_pixels_per_point(scale)
        .with_theme(egui::Theme::Light)
        .with_max_steps(8)
        .build_eframe(move |cc| {
            App::new(
                cc,
                AppConfig {
                    file: Some(file),
                    export_dir: Some(data.join("exports")),
                    data_dir: Some(data),
                    no_dialogs: true,
                    voting_bind: Some(std::net::IpAddr::V4(std::net::Ipv4Addr::LOCALHOST)),
                    network_grace: Some(std::time::Duration::ZERO),
                    // HSD's first open area, as a click on its cell would open it.
                    start_screen: Some("scoring:followup-2024:HSD:8".into()),
                    ..Default::default()
                },
            )
        });
    h.run();
    h
}

/// Whether the node labelled `label` lies inside the window.
fn inside(h: &Harness<'_, App>, label: &str) -> bool {
    let win = h.ctx.content_rect();
    let r = h.get_by_label(label).rect();
    win.contains_rect(r)
}

fn check_room_fits(h: &mut Harness<'_, App>, size: &str) {
    for label in [
        "8. Responsiveness",
        "Level 1 Latent",
        "Level 4 Advanced",
        "Agreed: Not scored yet",
    ] {
        assert!(inside(h, label), "{size}: {label} is cut");
    }
    // The strip stays on one line.
    let first = h.get_by_label_contains("Go to area 1:").rect().top();
    let next = h.get_by_label("Next area ▶").rect().top();
    assert!((first - next).abs() < 2.0, "{size}: the strip wrapped");
    // With phones voting, the voting line joins the foot and still fits.
    press(h, Key::W);
    assert!(h.state().serving());
    assert!(inside(h, "Level 4 Advanced"), "{size}: cards with voting");
    let url = h.state().join_url().unwrap().to_owned();
    assert!(inside(h, &url), "{size}: the join address is cut");
    press(h, Key::W);
}

#[test]
fn the_room_view_fits_at_800x600() {
    let f = fixture();
    let mut h = harness_at(&f, 800.0, 600.0, 1.0);
    check_room_fits(&mut h, "800x600");
}

#[test]
fn the_room_view_fits_at_1024x768_zoomed_to_125_percent() {
    let f = fixture();
    let mut h = harness_at(&f, 1024.0, 768.0, 1.25);
    check_room_fits(&mut h, "1024x768 at 125 %");
}
