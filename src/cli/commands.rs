//! What each command does. Changes to a workspace go through the session's entry point,
//! as they do in the window; no command writes over its own input.

use std::path::Path;

use anyhow::bail;

use super::text::{round_list, terminal_safe, write_check, write_summary_csv, write_summary_text};
use super::{Command, Format};
use crate::model::history::{Step, entry_for};
use crate::model::{Instrument, Workspace, demo::demo_workspace};
use crate::session::{Clock, Document, Origin, SessionState};
use crate::storage::{self, csv, fs, json};

/// Run one command, writing its normal output to `out`.
pub fn run_command(cmd: Command, out: &mut dyn std::io::Write) -> anyhow::Result<()> {
    match cmd {
        Command::Demo { out: path } => {
            json::check_overwritable(&path)?;
            storage::save(&path, &demo_workspace())?;
            writeln!(out, "Wrote the demo workspace to {}", path.display())?;
        }
        Command::New {
            out: path,
            title,
            instrument,
        } => new_workspace(&path, title, instrument.as_deref(), out)?,
        Command::I18nCheck { dir } => super::i18n::check(&dir, out)?,
        Command::Merge {
            files,
            output,
            prefer,
            resolve,
            conflicts,
            matches,
            add_votes,
        } => super::merge::merge(
            super::merge::MergeArgs {
                files: &files,
                output: &output,
                prefer: prefer.as_deref(),
                resolve: resolve.as_deref(),
                conflicts: conflicts.as_deref(),
                matches: &matches,
                add_votes,
            },
            out,
        )?,
        Command::Review {
            file,
            round,
            to,
            by,
            reason,
        } => {
            let step = super::review::StepArgs {
                to: to.as_deref(),
                by: by.as_deref(),
                reason: reason.as_deref(),
            };
            super::review::review(&file, &round, step, out)?
        }
        Command::Comment {
            file,
            round,
            ministry,
            area,
            text,
            by,
            respond,
            resolved,
        } => {
            let args = super::review::CommentArgs {
                round: &round,
                ministry: &ministry,
                area: &area,
                text: &text,
                by: by.as_deref(),
                respond,
                resolved,
            };
            super::review::comment(&file, args, out)?
        }
        Command::Check { file } => {
            let ws = storage::load(&file)?;
            write_check(&ws, &file, out)?;
        }
        Command::Import {
            input,
            sheet,
            output,
            into,
        } => import_csv(&input, sheet.as_deref(), &output, into.as_deref(), out)?,
        Command::ExportXlsx { file, output } => super::workbook::export(&file, &output, out)?,
        Command::Template {
            file,
            round,
            output,
        } => super::workbook::template(&file, round.as_deref(), &output, out)?,
        Command::ExportCsv {
            file,
            output,
            raw,
            actions,
        } => export_csv(&file, &output, raw, actions.as_deref(), out)?,
        Command::History {
            file,
            output,
            round,
            ministry,
            raw,
        } => history(
            &file,
            &output,
            round.as_deref(),
            ministry.as_deref(),
            raw,
            out,
        )?,
        Command::Summary {
            file,
            round,
            format,
        } => summary(&file, round.as_deref(), format, out)?,
        Command::Changes {
            file,
            from,
            to,
            ministry,
            format,
        } => super::changes::run(
            &file,
            from.as_deref(),
            to.as_deref(),
            ministry.as_deref(),
            format,
            out,
        )?,
        Command::Handout {
            file,
            output,
            address,
            paper,
            language,
            fixed_date,
        } => {
            let print = super::pdf::Print {
                skip_unscored: false,
                paper,
                fixed_date,
                language,
                latin_digits: false,
                by_cluster: false,
            };
            for (path, pages) in super::handout::run(&file, &output, address.as_deref(), print)? {
                writeln!(out, "Wrote {} ({pages} page)", path.display())?;
            }
        }
        Command::Report {
            file,
            output,
            round,
            ministry,
            paper,
            fixed_date,
            skip_unscored,
            table_sheets,
            language,
            latin_digits,
            by_cluster,
        } => {
            let kind = match (table_sheets, ministry) {
                (Some(address), _) => super::pdf::Kind::Sheets(address),
                (None, Some(m)) => super::pdf::Kind::Ministry(m),
                (None, None) => super::pdf::Kind::Workshop,
            };
            let print = super::pdf::Print {
                skip_unscored,
                paper,
                fixed_date,
                language,
                latin_digits,
                by_cluster,
            };
            let made = super::pdf::report(&file, &output, &round, kind, print)?;
            writeln!(
                out,
                "Wrote {} ({} pages, {:.0} KB)",
                output.display(),
                made.pages,
                made.bytes.len() as f64 / 1024.0
            )?;
        }
    }
    Ok(())
}

/// `new`: an empty workspace, on the built-in instrument or an instrument file.
fn new_workspace(
    path: &Path,
    title: String,
    instrument: Option<&Path>,
    out: &mut dyn std::io::Write,
) -> anyhow::Result<()> {
    let instrument = match instrument {
        Some(p) => {
            refuse_same(p, path, "the instrument file")?;
            json::load_instrument(p)?
        }
        None => Instrument::codi(),
    };
    let areas = instrument.areas().len();
    let ws = Workspace::new(title, instrument);
    json::check_overwritable(path)?;
    storage::save(path, &ws)?;
    writeln!(
        out,
        "Wrote an empty workspace ({areas} areas) to {}",
        path.display()
    )?;
    Ok(())
}

/// `export-csv`: the scores, and with `--actions` the actions in a file of their own.
fn export_csv(
    file: &Path,
    output: &Path,
    raw: bool,
    actions: Option<&Path>,
    out: &mut dyn std::io::Write,
) -> anyhow::Result<()> {
    refuse_same(file, output, "the workspace")?;
    if let Some(a) = actions {
        refuse_same(file, a, "the workspace")?;
        if fs::same_file(output, a) || output == a {
            bail!("the scores and the actions need two different files");
        }
    }
    let ws = storage::load(file)?;
    let opts = csv::ExportOptions { raw };
    fs::write_atomic(output, &csv::export_with(&ws, opts))?;
    writeln!(out, "Wrote {}", output.display())?;
    if let Some(a) = actions {
        fs::write_atomic(a, &csv::export_actions(&ws, opts))?;
        writeln!(out, "Wrote {}", a.display())?;
    }
    Ok(())
}

/// `history`: the audit trail as CSV, for one round or ministry or all.
fn history(
    file: &Path,
    output: &Path,
    round: Option<&str>,
    ministry: Option<&str>,
    raw: bool,
    out: &mut dyn std::io::Write,
) -> anyhow::Result<()> {
    refuse_same(file, output, "the workspace")?;
    let ws = storage::load(file)?;
    let round = match round {
        Some(key) => match ws.find_round(key) {
            Some(r) => Some(r.id.to_string()),
            None => bail!(
                "there is no round `{key}` in {}; rounds: {}",
                file.display(),
                round_list(&ws)
            ),
        },
        None => None,
    };
    let ministry = match ministry {
        Some(key) => match ws.find_ministry(key) {
            Some(m) => Some(m.id.to_string()),
            None => bail!("there is no ministry `{key}` in {}", file.display()),
        },
        None => None,
    };
    let opts = csv::ExportOptions { raw };
    let bytes = csv::export_history(&ws, round.as_deref(), ministry.as_deref(), opts);
    fs::write_atomic(output, &bytes)?;
    let rows = bytes
        .iter()
        .filter(|&&b| b == b'\n')
        .count()
        .saturating_sub(1);
    writeln!(
        out,
        "Wrote {} ({} of {} history entries)",
        output.display(),
        rows,
        ws.history().len()
    )?;
    match ws.history().verify() {
        crate::model::history::Chain::Broken { entry } => writeln!(
            out,
            "Warning: the history was changed outside the app at entry {entry}; entries from there on cannot be trusted"
        )?,
        crate::model::history::Chain::Emptied => writeln!(
            out,
            "Warning: the history was cut outside the app: its earlier entries are gone"
        )?,
        crate::model::history::Chain::Intact => {}
    }
    Ok(())
}

/// `summary`: the agreed answers per ministry and round, as text or CSV.
fn summary(
    file: &Path,
    round: Option<&str>,
    format: Format,
    out: &mut dyn std::io::Write,
) -> anyhow::Result<()> {
    let ws = storage::load(file)?;
    let rounds = match round {
        Some(key) => match ws.find_round(key) {
            Some(r) => vec![r.id.to_string()],
            None => bail!(
                "there is no round `{key}` in {}; rounds: {}",
                file.display(),
                round_list(&ws)
            ),
        },
        None => ws.rounds().iter().map(|r| r.id.to_string()).collect(),
    };
    match format {
        Format::Text => write_summary_text(&ws, &rounds, out),
        Format::Csv => write_summary_csv(&ws, &rounds, out),
    }
}

/// Refuse an output that is the command's own input (compared as files, not strings:
/// `./a`, `a` and a hard link to it are all the same file).
pub(super) fn refuse_same(input: &Path, output: &Path, what: &str) -> anyhow::Result<()> {
    if fs::same_file(input, output) {
        bail!(
            "the output would overwrite {what} it is made from; choose another output file than {}",
            output.display()
        );
    }
    Ok(())
}

/// Read a CSV or a workbook's sheet into a new workspace or a copy of `into`, through
/// the session's entry point, and write the result to `output`.
fn import_csv(
    input: &Path,
    sheet: Option<&str>,
    output: &Path,
    into: Option<&Path>,
    out: &mut dyn std::io::Write,
) -> anyhow::Result<()> {
    let what = if storage::workbook::is_workbook_path(input) {
        "the workbook"
    } else {
        "the CSV file"
    };
    refuse_same(input, output, what)?;
    if let Some(into) = into {
        // Writing the merged workspace over `--into` is allowed: that file is a workspace
        // and keeps its `.bak`; only the imported file itself must never be replaced.
        refuse_same(input, into, what)?;
    }
    let ws = match into {
        Some(p) => storage::load(p)?,
        None => Workspace::new(csv::title_for(input), Instrument::codi()),
    };
    let plan = storage::read_import(input, sheet, &ws)?;
    let (edit, summary) = plan.edit(&ws);
    let mut st = SessionState::new(Document::unsaved(ws, output.to_owned()), Clock::default());
    st.apply(edit, Origin::Import)
        .map_err(|e| anyhow::anyhow!("nothing was imported: {e} ({})", input.display()))?;
    if into.is_none() {
        // A new workspace starts from the file: one entry says so, rather than one
        // per field of data that was never anything else.
        let name = input
            .file_name()
            .map_or_else(String::new, |n| n.to_string_lossy().into_owned());
        let text = format!("created from {name} ({} rows)", summary.rows);
        let change = crate::model::Change::Structure(text);
        let mut h = crate::model::history::History::default();
        if let Some(e) = entry_for(&change, st.stamp(), "import", Step::Edit) {
            h.append(e);
        }
        st.doc.adopt_history(h);
    }
    for w in &summary.warnings {
        eprintln!("warning: {}", terminal_safe(w));
    }
    json::check_overwritable(output)?;
    storage::save(output, st.doc.workspace())?;
    writeln!(
        out,
        "Imported {} rows ({} area records) from {} into {}",
        summary.rows,
        plan.records(),
        input.display(),
        output.display()
    )?;
    // What changed: only the columns the CSV has change a record.
    writeln!(
        out,
        "Records: {} added, {} changed, {} already as in the file",
        summary.added, summary.changed, summary.unchanged
    )?;
    for (what, list) in [
        ("New rounds", &summary.new_rounds),
        ("New ministries", &summary.new_ministries),
    ] {
        // A large import names the first few, not thousands.
        const SHOWN: usize = 20;
        if !list.is_empty() {
            let mut text = list
                .iter()
                .take(SHOWN)
                .cloned()
                .collect::<Vec<_>>()
                .join(", ");
            if list.len() > SHOWN {
                text.push_str(&format!(" and {} more", list.len() - SHOWN));
            }
            writeln!(out, "{what} ({}): {}", list.len(), terminal_safe(&text))?;
        }
    }
    Ok(())
}
