//! Entry point: everything lives in the library so tests can build the real app.

fn main() -> std::process::ExitCode {
    codi_workshop::cli::main()
}
