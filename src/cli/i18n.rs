//! `i18n-check DIR`: a translator's languages measured against English before they are
//! dropped into the data folder. DIR is one language's folder (`bn/` with `.ftl` files)
//! or a folder of them; each is listed with what is missing, what English does not
//! have (unused), where the variables differ, and what is malformed (file and line).

use std::io::Write;
use std::path::{Path, PathBuf};

use codi_i18n::check::{Comparison, Source};

pub fn check(dir: &Path, out: &mut dyn Write) -> anyhow::Result<()> {
    let english = Source::read(
        codi_i18n::SHIPPED[0]
            .1
            .iter()
            .map(|(name, text)| (*name, *text)),
    );
    let languages = language_folders(dir)?;
    if languages.is_empty() {
        anyhow::bail!(
            "{} holds no .ftl file and no folder with one",
            dir.display()
        );
    }
    let mut faults = 0;
    for folder in &languages {
        let (names, texts) = read_ftl(folder)?;
        let source = Source::read(
            names
                .iter()
                .map(String::as_str)
                .zip(texts.iter().map(String::as_str)),
        );
        let c = source.compare(&english);
        faults += report(folder, &source, &c, out)?;
    }
    if faults > 0 {
        anyhow::bail!(
            "{faults} problems in {} languages; see the list above",
            languages.len()
        );
    }
    Ok(())
}

/// `dir` itself when it holds `.ftl` files, else its subfolders that do.
fn language_folders(dir: &Path) -> anyhow::Result<Vec<PathBuf>> {
    let has_ftl = |d: &Path| {
        std::fs::read_dir(d).is_ok_and(|mut e| {
            e.any(|e| e.is_ok_and(|e| e.path().extension().is_some_and(|x| x == "ftl")))
        })
    };
    if has_ftl(dir) {
        return Ok(vec![dir.to_owned()]);
    }
    let entries = std::fs::read_dir(dir)
        .map_err(|e| anyhow::anyhow!("cannot read {}: {e}", dir.display()))?;
    let mut out: Vec<PathBuf> = entries
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.is_dir() && has_ftl(p))
        .collect();
    out.sort();
    Ok(out)
}

fn read_ftl(folder: &Path) -> anyhow::Result<(Vec<String>, Vec<String>)> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(folder)?
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "ftl"))
        .collect();
    files.sort();
    let mut names = vec![];
    let mut texts = vec![];
    for f in files {
        let text = std::fs::read_to_string(&f)
            .map_err(|e| anyhow::anyhow!("cannot read {}: {e}", f.display()))?;
        names.push(f.display().to_string());
        texts.push(text);
    }
    Ok((names, texts))
}

/// Print one language's result; returns how many problems it has.
fn report(
    folder: &Path,
    source: &Source,
    c: &Comparison,
    out: &mut dyn Write,
) -> anyhow::Result<usize> {
    let name = folder.file_name().map_or_else(
        || folder.display().to_string(),
        |n| n.to_string_lossy().into_owned(),
    );
    writeln!(
        out,
        "{name}: {} messages; {} missing, {} unused, {} with other variables, {} malformed",
        source.messages.len(),
        c.missing.len(),
        c.unused.len(),
        c.different.len(),
        c.malformed.len()
    )?;
    for id in &c.missing {
        writeln!(out, "  missing: {id}")?;
    }
    for id in &c.unused {
        let at = &source.messages[id];
        writeln!(out, "  unused: {id} ({}:{})", at.file, at.line)?;
    }
    for line in c.different.iter().chain(&c.malformed) {
        writeln!(out, "  {line}")?;
    }
    Ok(c.missing.len() + c.unused.len() + c.different.len() + c.malformed.len())
}
