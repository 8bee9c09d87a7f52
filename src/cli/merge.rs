//! `merge`: several workspaces into one. The files are merged in order, each into what
//! came before. A conflict is settled only as the facilitator says: `--prefer a|b` for
//! all, or a conflicts file filled in and given back with `--resolve`. Otherwise the
//! conflicts are written to a file, the count is printed, and nothing else is written.
//! No input is ever written over.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use anyhow::{anyhow, bail};

use super::commands::refuse_same;
use super::text::terminal_safe;
use crate::model::merge::{Choice, Conflict, plan};
use crate::session::{Clock, Document, SessionState};
use crate::storage::{self, conflicts, json};

/// What `merge` was asked.
pub struct MergeArgs<'a> {
    pub files: &'a [PathBuf],
    pub output: &'a Path,
    pub prefer: Option<&'a str>,
    pub resolve: Option<&'a Path>,
    pub conflicts: Option<&'a Path>,
    /// `B=A`: the ministry B of a later file is A.
    pub matches: &'a [String],
    /// Add two rooms' vote counts where both counted, instead of asking.
    pub add_votes: bool,
}

pub fn merge(a: MergeArgs<'_>, out: &mut dyn std::io::Write) -> anyhow::Result<()> {
    let [_, rest @ ..] = a.files else {
        bail!("give at least two workspace files to merge");
    };
    if rest.is_empty() {
        bail!("give at least two workspace files to merge");
    }
    for f in a.files {
        refuse_same(f, a.output, "a workspace being merged")?;
    }
    let prefer = match a.prefer.map(str::to_ascii_lowercase).as_deref() {
        None => None,
        Some("a") => Some(Choice::A),
        Some("b") => Some(Choice::B),
        Some(other) => {
            bail!("--prefer {other}: say a (the files before) or b (the file merged in)")
        }
    };
    let matches = parse_matches(a.matches)?;
    let chosen = match a.resolve {
        Some(p) => conflicts::read(p)?,
        None => BTreeMap::new(),
    };
    // Every file is read first, side by side: a bad one stops the merge before any work.
    let mut loaded = Vec::with_capacity(a.files.len());
    for r in storage::load_many(a.files) {
        loaded.push(r?);
    }
    let mut loaded = loaded.into_iter();
    let mut ws = loaded.next().ok_or_else(|| anyhow!("nothing was read"))?;
    let mut open: Vec<(String, Conflict)> = Vec::new();
    for (file, other) in rest.iter().zip(loaded) {
        let source = name(file);
        let p = plan(&ws, &other, &matches).map_err(|e| anyhow!("{}: {e}", file.display()))?;
        for l in &p.lookalikes {
            let why = if l.why == "code" {
                "codes look alike"
            } else {
                "same name"
            };
            let line = format!(
                "look-alike: {} in {source} and {} ({why}); kept apart (say --match {}={} if they are one)",
                l.b, l.a, l.b, l.a
            );
            writeln!(out, "{}", terminal_safe(&line))?;
        }
        for n in &p.notes {
            writeln!(out, "note: {}", terminal_safe(n))?;
        }
        let choose = |c: &Conflict| {
            let key = conflicts::key(&source, c);
            chosen
                .get(&key)
                .cloned()
                .or_else(|| prefer.clone())
                .or_else(|| (a.add_votes && c.field.is_votes()).then_some(Choice::Both))
        };
        open.extend(
            p.conflicts
                .iter()
                .filter(|c| choose(c).is_none())
                .map(|c| (source.clone(), c.clone())),
        );
        // Through the session, as in the window: one edit, signed "merge".
        let mut st =
            SessionState::new(Document::unsaved(ws, a.output.to_owned()), Clock::default());
        let o = st
            .merge(&p, &|c| choose(c).unwrap_or(Choice::A))
            .map_err(|e| anyhow!("{}: {e}", file.display()))?;
        writeln!(
            out,
            "Merged {source}: {} fields taken, {} conflicts ({} from it, {} added together)",
            o.fields_taken, o.conflicts, o.took_b, o.added_both
        )?;
        ws = st.doc.workspace().clone();
    }
    if !open.is_empty() {
        return unresolved(&a, &open, out);
    }
    json::check_overwritable(a.output)?;
    storage::save(a.output, &ws)?;
    writeln!(out, "Wrote {}", a.output.display())?;
    Ok(())
}

/// Conflicts nobody chose for: written to a file to fill in; the merge is not written.
fn unresolved(
    a: &MergeArgs<'_>,
    open: &[(String, Conflict)],
    out: &mut dyn std::io::Write,
) -> anyhow::Result<()> {
    let path = a.conflicts.map_or_else(
        || a.output.with_extension("conflicts.csv"),
        Path::to_path_buf,
    );
    if a.files.iter().any(|f| f == &path) || a.resolve == Some(path.as_path()) {
        bail!(
            "{} is an input; name another conflicts file with --conflicts",
            path.display()
        );
    }
    conflicts::write(&path, open)?;
    writeln!(out, "Conflicts: {}", open.len())?;
    bail!(
        "{n} conflicts are not settled, so {output} was not written. Fill in the `choose` column of {path} (a, b, or both for vote counts) and run the same command with --resolve {path}, or use --prefer a|b",
        n = open.len(),
        output = a.output.display(),
        path = path.display()
    )
}

fn parse_matches(list: &[String]) -> anyhow::Result<BTreeMap<String, String>> {
    list.iter()
        .map(|m| {
            let (b, a) = m
                .split_once('=')
                .ok_or_else(|| anyhow!("--match {m}: say LATER=EARLIER, e.g. --match M0SW=MoSW"))?;
            Ok((b.trim().to_owned(), a.trim().to_owned()))
        })
        .collect()
}

/// The file's name as the conflicts file names its source.
fn name(path: &Path) -> String {
    path.file_name().map_or_else(
        || path.display().to_string(),
        |n| n.to_string_lossy().into_owned(),
    )
}
