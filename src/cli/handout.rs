//! `handout`: the three one-page handouts for the room, written atomically into a
//! folder: the key card, voting by phone and what CODI is.

use std::path::{Path, PathBuf};

use super::text::terminal_safe;
use crate::report;
use crate::storage;

/// Writes the handouts into `dir`; returns each file with its page count.
pub(super) fn run(
    file: &Path,
    dir: &Path,
    address: Option<&str>,
    print: super::pdf::Print,
) -> anyhow::Result<Vec<(PathBuf, usize)>> {
    let opts = super::pdf::options(print)?;
    let ws = storage::load(file)?;
    std::fs::create_dir_all(dir)
        .map_err(|e| anyhow::anyhow!("the folder {} could not be made: {e}", dir.display()))?;
    let t = report::texts_for(&ws, opts.language.as_deref(), false);
    let levels = ws.instrument().level_count();
    let groups: Vec<report::handouts::KeyGroup> = crate::ui::keymap::key_groups(&t, levels)
        .into_iter()
        .map(|(heading, keys)| report::handouts::KeyGroup { heading, keys })
        .collect();
    let address = address.map(str::trim).filter(|a| !a.is_empty());
    let fail = |e: report::ReportError| anyhow::anyhow!("{e} (workspace {})", file.display());
    let made = [
        (
            "key-card.pdf",
            report::handouts::key_card(&ws, &groups, &opts),
        ),
        (
            "phone-voting.pdf",
            report::handouts::phone_handout(&ws, address, &opts),
        ),
        ("about-codi.pdf", report::handouts::about_codi(&ws, &opts)),
    ];
    let mut written = Vec::new();
    for (name, r) in made {
        let r = r.map_err(fail)?;
        for w in &r.warnings {
            eprintln!("warning: {}", terminal_safe(w));
        }
        let path = dir.join(name);
        r.save(&path)?;
        written.push((path, r.pages));
    }
    Ok(written)
}
