//! The desktop window (eframe/egui): drawing and input only. Screens read the session
//! and emit [`command::Command`]s; the handler ([`app::App::apply`]) runs them after the
//! frame, sending edits through the session's one entry point.

pub mod action;
pub mod app;
pub mod bangla;
mod banners;
pub mod command;
mod confirm;
mod dialog;
mod documents;
mod files;
mod handler;
pub mod headless;
pub mod help;
mod icon;
mod interchange;
mod jobs;
pub mod keymap;
pub mod lang;
mod menu;
pub mod merge;
mod network;
pub(crate) mod painted;
mod prefs;
pub mod qr;
pub mod screens;
mod snapshot;
mod start;
mod steps;
pub mod theme;
pub mod widgets;

use std::path::PathBuf;
use std::sync::{Arc, Mutex};

use crate::session::Session;

pub use app::{App, AppConfig};

/// The app's data folder (never-saved workspaces); `CODI_WORKSHOP_DATA_DIR` overrides it.
pub fn data_dir() -> Option<PathBuf> {
    if let Some(dir) = std::env::var_os("CODI_WORKSHOP_DATA_DIR") {
        return Some(PathBuf::from(dir));
    }
    // The same folder the window library keeps the window's place in: on Windows
    // `%APPDATA%\codi-workshop\data`, on Linux `~/.local/share/codi-workshop`.
    directories::ProjectDirs::from("", "", "codi-workshop").map(|d| d.data_dir().to_owned())
}

/// Open the window and run until it closes. Whatever way the window goes (closed, a
/// signal, destroyed from outside so the windowing library panics), pending work is
/// written first.
pub fn run(config: AppConfig) -> anyhow::Result<()> {
    let (w, h) = config.window_size.unwrap_or((1280.0, 800.0));
    let mut viewport = egui::ViewportBuilder::default()
        .with_title("CODI Workshop")
        .with_app_id("codi-workshop");
    if let Some(icon) = icon::window_icon() {
        viewport = viewport.with_icon(icon);
    }
    let options = eframe::NativeOptions {
        viewport: viewport
            .with_inner_size([w, h])
            .with_min_inner_size([800.0, 600.0])
            .with_position([0.0, 0.0])
            .with_drag_and_drop(true),
        persist_window: config.window_size.is_none(),
        ..Default::default()
    };
    let held: Arc<Mutex<Option<Session>>> = Arc::default();
    let slot = held.clone();
    flush_on_signals(held.clone());
    flush_at_exit(held.clone());
    let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        eframe::run_native(
            "codi-workshop",
            options,
            Box::new(move |cc| {
                let app = App::new(cc, config);
                *lock(&slot) = Some(app.session().clone());
                Ok(Box::new(app))
            }),
        )
    }));
    let flushed = flush_held(&held);
    match result {
        Ok(Ok(())) => flushed.map_err(|e| anyhow::anyhow!("could not save on exit: {e}")),
        Ok(Err(e)) => Err(anyhow::anyhow!("the window failed: {e}")),
        Err(_) => Err(anyhow::anyhow!(
            "the window was closed from outside or failed; {}",
            match flushed {
                Ok(()) => "all work was saved".to_owned(),
                Err(e) => format!("the last changes could not be saved: {e}"),
            }
        )),
    }
}

fn lock(m: &Mutex<Option<Session>>) -> std::sync::MutexGuard<'_, Option<Session>> {
    m.lock().unwrap_or_else(|e| e.into_inner())
}

/// Save what the session holds, if the app got as far as making one.
fn flush_held(held: &Mutex<Option<Session>>) -> Result<(), String> {
    let session = lock(held).clone();
    session.map_or(Ok(()), |s| s.flush())
}

/// SIGTERM, SIGHUP and SIGINT save pending work, then end the process.
#[cfg(unix)]
fn flush_on_signals(held: Arc<Mutex<Option<Session>>>) {
    use signal_hook::consts::{SIGHUP, SIGINT, SIGTERM};
    let Ok(mut signals) = signal_hook::iterator::Signals::new([SIGTERM, SIGHUP, SIGINT]) else {
        eprintln!("warning: could not listen for termination signals");
        return;
    };
    std::thread::spawn(move || {
        if let Some(sig) = signals.forever().next() {
            if let Err(e) = flush_held(&held) {
                eprintln!("error: could not save before ending: {e}");
            }
            std::process::exit(128 + sig);
        }
    });
}

#[cfg(not(unix))]
fn flush_on_signals(_: Arc<Mutex<Option<Session>>>) {}

/// The session that `exit()` saves on its way out.
static AT_EXIT: std::sync::OnceLock<Arc<Mutex<Option<Session>>>> = std::sync::OnceLock::new();

/// Save pending work when the process ends by `exit()` from inside a library: the X
/// library does so when the window's connection is cut from outside (`xdotool
/// windowkill`, `XKillClient`), and no Rust code runs after it.
fn flush_at_exit(held: Arc<Mutex<Option<Session>>>) {
    extern "C" fn at_exit() {
        let Some(held) = AT_EXIT.get() else { return };
        // The slot and the session may be locked by the thread that is exiting: never
        // wait for them here.
        let Ok(slot) = held.try_lock() else { return };
        if let Some(session) = slot.as_ref()
            && let Err(e) = session.try_flush()
        {
            eprintln!("error: could not save as the app ended: {e}");
        }
    }
    if AT_EXIT.set(held).is_ok() {
        // SAFETY: `at_exit` is a plain function that touches only the static above.
        unsafe {
            libc_atexit(at_exit);
        }
    }
}

#[cfg(unix)]
unsafe fn libc_atexit(f: extern "C" fn()) {
    // SAFETY: registering a handler has no precondition; a refusal (the table full)
    // only means no save at exit.
    unsafe {
        libc::atexit(f);
    }
}

/// Windows ends a process without `exit()` handlers from a windowing library; its
/// shutdown messages reach the window as close requests, which save first.
#[cfg(not(unix))]
unsafe fn libc_atexit(_f: extern "C" fn()) {}
