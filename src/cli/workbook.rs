//! `export-xlsx` and `template`: workbooks written from a workspace, which is only read.

use std::path::Path;

use anyhow::Context as _;

use super::commands::refuse_same;
use crate::storage::{self, fs, workbook};

/// `export-xlsx`: the workspace as a workbook.
pub fn export(file: &Path, output: &Path, out: &mut dyn std::io::Write) -> anyhow::Result<()> {
    refuse_same(file, output, "the workspace")?;
    let ws = storage::load(file)?;
    let t = crate::report::texts_for(&ws, None, false);
    let bytes = workbook::export_xlsx(&ws, &crate::session::Clock::system().zoned(), &t)
        .with_context(|| format!("the workbook could not be made from {}", file.display()))?;
    fs::write_atomic(output, &bytes)?;
    writeln!(out, "Wrote {}", output.display())?;
    Ok(())
}

/// `template`: the sheet a table fills in for one round.
pub fn template(
    file: &Path,
    round: Option<&str>,
    output: &Path,
    out: &mut dyn std::io::Write,
) -> anyhow::Result<()> {
    refuse_same(file, output, "the workspace")?;
    let ws = storage::load(file)?;
    let bytes = workbook::template(&ws, round, &crate::report::texts_for(&ws, None, false))?;
    fs::write_atomic(output, &bytes)?;
    writeln!(
        out,
        "Wrote {}: fill in the score column (and rationale, evidence), then import it with \
         `codi-workshop import {} --into {} -o {}`",
        output.display(),
        output.display(),
        file.display(),
        file.display()
    )?;
    Ok(())
}
