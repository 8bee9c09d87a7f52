//! `review` and `comment`: a round's review and sign-off from the command line. With
//! `--to`, `review` takes one step (draft → under-review → validated; reopening needs
//! `--reason`); without, it prints where the round stands and its comments matrix.
//! `comment` adds a reviewer's comment to an area record, or answers one. Both write
//! the workspace in place through the session, as the window does (the old file is
//! kept as `.bak`).

use std::path::Path;

use anyhow::{Context as _, anyhow, bail};

use super::text::terminal_safe;
use crate::model::review::{Comment, Status, matrix, step_edit};
use crate::model::{Edit, ScoreRef, Workspace};
use crate::session::{Clock, Document, Origin, SessionState};
use crate::storage::{self, json};

/// What `review` was asked to do.
pub struct StepArgs<'a> {
    pub to: Option<&'a str>,
    pub by: Option<&'a str>,
    pub reason: Option<&'a str>,
}

/// `review FILE --round R [--to STATUS --by NAME [--reason TEXT]]`.
pub fn review(
    file: &Path,
    round: &str,
    step: StepArgs<'_>,
    out: &mut dyn std::io::Write,
) -> anyhow::Result<()> {
    let ws = storage::load(file)?;
    let id = ws
        .find_round(round)
        .ok_or_else(|| anyhow!("there is no round `{round}` in {}", file.display()))?
        .id
        .clone();
    let Some(to) = step.to else {
        return print_review(&ws, &id, out);
    };
    let to = Status::from_key(to).ok_or_else(|| {
        anyhow!("`{to}` is not a review status; use draft, under-review or validated")
    })?;
    let Some(by) = step.by else {
        bail!("say who takes this step with --by NAME (it is kept in the history)");
    };
    let mut st = session(ws, file);
    let edit = step_edit(
        st.doc.workspace(),
        &id,
        to,
        by,
        step.reason.unwrap_or(""),
        st.stamp(),
    )
    .map_err(|e| anyhow!("round {id} was not changed: {e}"))?;
    st.apply(edit, Origin::User)
        .map_err(|e| anyhow!("round {id} was not changed: {e}"))?;
    save(file, st.doc.workspace())?;
    writeln!(
        out,
        "Round {id} is now {} (signed {})",
        to.key(),
        terminal_safe(by)
    )?;
    Ok(())
}

/// Where to add or answer a comment.
pub struct CommentArgs<'a> {
    pub round: &'a str,
    pub ministry: &'a str,
    pub area: &'a str,
    pub text: &'a str,
    pub by: Option<&'a str>,
    /// Answer comment N (1-based, in this record) instead of adding one.
    pub respond: Option<usize>,
    pub resolved: bool,
}

/// `comment FILE --round R --ministry M --area A --text T [--by NAME]`, or with
/// `--respond N [--resolved]` the response to comment N.
pub fn comment(
    file: &Path,
    a: CommentArgs<'_>,
    out: &mut dyn std::io::Write,
) -> anyhow::Result<()> {
    let ws = storage::load(file)?;
    let at = place(&ws, &a)?;
    let mut comments = ws
        .score_at(&at)
        .map(|s| s.comments.clone())
        .unwrap_or_default();
    let what = match a.respond {
        Some(n) => {
            let count = comments.len();
            let c = n
                .checked_sub(1)
                .and_then(|i| comments.get_mut(i))
                .ok_or_else(|| {
                    anyhow!("this record has {count} comments; there is no comment {n}")
                })?;
            c.response = a.text.trim().to_owned();
            c.resolved = a.resolved;
            format!("Answered comment {n}")
        }
        None => {
            comments.push(Comment {
                comment: a.text.trim().to_owned(),
                by: a.by.unwrap_or("").trim().to_owned(),
                response: String::new(),
                resolved: a.resolved,
            });
            format!("Added comment {}", comments.len())
        }
    };
    let mut st = session(ws, file);
    let edit = Edit::SetComments {
        at: at.clone(),
        comments,
    };
    st.apply(edit, Origin::User)
        .map_err(|e| anyhow!("nothing was changed: {e}"))?;
    save(file, st.doc.workspace())?;
    writeln!(
        out,
        "{what} on {}, area {}, round {}",
        at.ministry.as_str(),
        at.area.as_str(),
        at.round.as_str()
    )?;
    Ok(())
}

/// The record a comment is about; the area by number (1-10) or id.
fn place(ws: &Workspace, a: &CommentArgs<'_>) -> anyhow::Result<ScoreRef> {
    let round = ws
        .find_round(a.round)
        .ok_or_else(|| anyhow!("there is no round `{}`", a.round))?;
    let ministry = ws
        .find_ministry(a.ministry)
        .ok_or_else(|| anyhow!("there is no ministry `{}`", a.ministry))?;
    let inst = ws
        .instrument_for(round.id.as_str())
        .ok_or_else(|| anyhow!("round {} has no instrument", round.id.as_str()))?;
    let index = match a.area.trim().parse::<usize>() {
        Ok(n) if (1..=inst.areas().len()).contains(&n) => Some(n - 1),
        _ => inst.area_index(a.area.trim()),
    };
    let area = index.map(|k| inst.areas()[k].id.clone()).ok_or_else(|| {
        anyhow!(
            "`{}` is not an area of round {}: give its number (1-{}) or its id",
            a.area,
            round.id.as_str(),
            inst.areas().len()
        )
    })?;
    Ok(ScoreRef::new(&round.id, &ministry.id, &area))
}

fn session(ws: Workspace, file: &Path) -> SessionState {
    SessionState::new(Document::unsaved(ws, file.to_owned()), Clock::default())
}

fn save(file: &Path, ws: &Workspace) -> anyhow::Result<()> {
    json::check_overwritable(file)?;
    storage::save(file, ws).with_context(|| format!("{} was not written", file.display()))
}

/// The round's status, its steps, and its comments matrix.
fn print_review(
    ws: &Workspace,
    round: &crate::model::RoundId,
    out: &mut dyn std::io::Write,
) -> anyhow::Result<()> {
    let Some(r) = ws.round(round.as_str()) else {
        bail!("there is no round `{round}`");
    };
    writeln!(out, "Round {}: {}", round.as_str(), r.review.status().key())?;
    for s in r.review.steps() {
        let when = s.at.strftime("%Y-%m-%d %H:%M UTC");
        let reason = match s.reason.as_str() {
            "" => String::new(),
            why => format!(": {why}"),
        };
        let line = format!("  {when}  {} by {}{reason}", s.status.key(), s.by);
        writeln!(out, "{}", terminal_safe(&line))?;
    }
    let rows: Vec<_> = matrix(ws, round).collect();
    let open = rows.iter().filter(|(_, _, c)| !c.resolved).count();
    writeln!(out, "Comments: {} ({open} open)", rows.len())?;
    for (m, area, c) in rows {
        let state = if c.resolved { "resolved" } else { "open" };
        let mut line = format!("  {} {} [{state}] {}", m.as_str(), area.as_str(), c.comment);
        if !c.by.is_empty() {
            line.push_str(&format!(" ({})", c.by));
        }
        if !c.response.is_empty() {
            line.push_str(&format!(" -> {}", c.response));
        }
        writeln!(out, "{}", terminal_safe(&line))?;
    }
    Ok(())
}
