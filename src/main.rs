//! Entry point: everything lives in the library so tests can build the real app.

// On Windows the app is a window program: no console opens with it. A command typed in
// a console still prints there (`cli::console`).
#![cfg_attr(windows, windows_subsystem = "windows")]

fn main() -> std::process::ExitCode {
    #[cfg(windows)]
    codi_workshop::cli::console::attach_parent_console();
    codi_workshop::cli::main()
}
