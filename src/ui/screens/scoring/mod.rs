//! The scoring session: one ministry in one round, one area per page, then a summary
//! page. Each area page has two parts: the room view (what the projector shows, never
//! a hidden vote) and the facilitator's controls (tally, reveal, agreed answer, texts,
//! timer). The open round, ministry and page are the session's live state. `keys`
//! turns keys into commands, `room` draws the room view, `controls` the facilitator's
//! panel, `votes` the tally parts, `summary` the closing page.

mod controls;
mod join;
mod keys;
mod proposal;
pub(crate) use record::entry_ui;
mod present;
mod record;
mod room;
mod second;
mod summary;
mod votes;

use std::time::Duration;

use egui::{RichText, Ui};

use crate::model::{Answer, Edit, Instrument, Ministry, Round, ScoreRef, Workspace};
use crate::session::room::RoomArea;
use crate::session::{Focus, Page, SessionState};
use crate::ui::command::{Command, Screen};
use crate::ui::keymap;
use crate::ui::theme;
use crate::ui::widgets::answer_colors;

/// What the app draws on the facilitator's side of a scoring page.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Aside {
    /// Save problems and errors, at the top.
    Notices,
    /// The save state and the file, at the bottom.
    Status,
}

/// Draws the app's notices and status line where the facilitator reads them.
pub type Notices<'a> = &'a mut dyn FnMut(&mut Ui, Aside, &mut Vec<Command>);

/// Default length of an area's discussion, in minutes.
pub const DEFAULT_MINUTES: u32 = 6;

/// A text box that a key asked to focus.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Want {
    Tally,
    Rationale,
}

/// What fills the room view in place of the level cards.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(super) enum Overlay {
    #[default]
    None,
    /// The guiding questions (Q).
    Questions,
    /// A large QR code and address for joining room voting (J).
    Join,
}

impl Overlay {
    /// `to`, or back to the cards when `to` is already shown.
    fn toggle(self, to: Overlay) -> Overlay {
        if self == to { Overlay::None } else { to }
    }
}

/// UI state of scoring sessions that is not workspace data.
pub struct ScoringView {
    /// The page drawn last frame: a new page starts at the top with empty boxes.
    shown: Option<Focus>,
    /// The quick tally being typed (applied on Enter).
    tally: String,
    tally_error: Option<String>,
    want: Option<Want>,
    /// A box to focus once the room is on that page (the card count after Ctrl+Enter).
    want_next: Option<(Focus, Want)>,
    /// The questions or the join page in place of the cards.
    overlay: Overlay,
    /// The discussion time an area gets, in minutes.
    pub minutes: u32,
    /// A text box had the focus at the end of the last frame.
    was_typing: bool,
    /// Some widget had the keyboard focus at the end of the last frame.
    was_focused: bool,
    /// The pointer clicked in the facilitator's panel since the last key: the next Esc
    /// only leaves the control.
    clicked: bool,
    /// Why the last key did nothing, on the hint line until the next key or page.
    note: Option<String>,
    /// The room view also has a window of its own (for a second display).
    pub second_screen: bool,
    /// Presenter mode on one screen: the window shows the room view alone, full
    /// screen, with a slim strip of controls.
    pub presenting: bool,
    /// The other display, when this computer has two (its index for the window
    /// library): F5 puts the room window there.
    pub other_display: Option<usize>,
    /// Where the room window went when it opened.
    room_window_at: Option<second::Placement>,
    /// While presenting: whether presenting made the window full screen.
    made_fullscreen: Option<bool>,
    /// Where phones join room voting, while it is open: one per network address.
    pub join_urls: Vec<String>,
    /// The address the room is shown, when there are several.
    pub join_pick: usize,
    /// A note to the open ministry's table, being typed.
    table_note: String,
    qr: crate::ui::qr::QrCache,
}

impl Default for ScoringView {
    fn default() -> Self {
        Self::with_minutes(DEFAULT_MINUTES)
    }
}

impl ScoringView {
    /// A fresh view whose areas get `minutes` of discussion (1-60).
    pub fn with_minutes(minutes: u32) -> Self {
        Self {
            shown: None,
            tally: String::new(),
            tally_error: None,
            want: None,
            want_next: None,
            overlay: Overlay::None,
            minutes: minutes.clamp(1, 60),
            was_typing: false,
            was_focused: false,
            clicked: false,
            note: None,
            second_screen: false,
            presenting: false,
            other_display: None,
            room_window_at: None,
            made_fullscreen: None,
            join_urls: Vec::new(),
            join_pick: 0,
            table_note: String::new(),
            qr: Default::default(),
        }
    }
}

/// What every part of a session page reads.
pub(super) struct Open<'a> {
    pub ws: &'a Workspace,
    pub inst: &'a Instrument,
    pub round: &'a Round,
    pub ministry: &'a Ministry,
    pub focus: &'a Focus,
}

/// The discussion timer as drawn.
#[derive(Clone, Copy, Debug)]
pub(super) struct Clock {
    pub spent: Duration,
    pub running: bool,
    pub limit: Duration,
}

impl Clock {
    /// `4:05 / 6:00`
    pub fn text(&self) -> String {
        format!("{} / {}", mm_ss(self.spent), mm_ss(self.limit))
    }
}

/// A duration as `m:ss`.
pub fn mm_ss(d: Duration) -> String {
    crate::model::stats::mm_ss(d.as_secs())
}

impl<'a> Open<'a> {
    fn of(st: &'a SessionState) -> Option<Self> {
        let ws = st.doc.workspace();
        let focus = st.live.focus.as_ref()?;
        Some(Self {
            ws,
            inst: ws.instrument_for(focus.round.as_str())?,
            round: ws.round(focus.round.as_str())?,
            ministry: ws.ministry(focus.ministry.as_str())?,
            focus,
        })
    }

    /// A command that goes to page `index` of this session.
    pub fn goto(&self, index: usize) -> Command {
        Command::Score(self.focus.at_index(self.ws, index))
    }

    pub fn page_index(&self) -> usize {
        self.focus.page_index(self.ws)
    }

    pub fn set_answer(&self, at: &ScoreRef, answer: Option<Answer>) -> Command {
        Command::Edit(Edit::SetAnswer {
            at: at.clone(),
            answer,
        })
    }
}

impl ScoringView {
    /// Draw the session page.
    /// Draw the session page; `notices` draws the message area's notices (save
    /// problems, errors) at the top of the facilitator's side, never over the room.
    pub fn ui(
        &mut self,
        ui: &mut Ui,
        st: &SessionState,
        notices: Notices<'_>,
        cmds: &mut Vec<Command>,
    ) {
        self.page_ui(ui, st, notices, cmds);
        self.was_typing = ui.ctx().text_edit_focused();
        self.was_focused = ui.ctx().memory(|m| m.focused().is_some());
    }

    fn page_ui(
        &mut self,
        ui: &mut Ui,
        st: &SessionState,
        notices: Notices<'_>,
        cmds: &mut Vec<Command>,
    ) {
        let Some(open) = Open::of(st) else {
            ui.label(crate::ui::lang::tr(ui, "scoring-gone"));
            if ui
                .button(crate::ui::lang::tr(ui, "scoring-back-to-workspace"))
                .clicked()
            {
                cmds.push(Command::Show(Screen::Workspace));
            }
            return;
        };
        let fresh = self.shown.as_ref() != Some(open.focus);
        if fresh {
            self.shown = Some(open.focus.clone());
            self.tally.clear();
            self.tally_error = None;
            self.overlay = Overlay::None;
            self.note = None;
            if let Some((focus, want)) = self.want_next.take()
                && focus == *open.focus
            {
                self.want = Some(want);
            }
        }
        match &open.focus.page {
            Page::Summary => {
                self.summary_ui(ui, &open, fresh, notices, cmds);
                self.second_screen_ui(ui, st, &open, None, cmds);
            }
            Page::Area(area) => {
                let at = ScoreRef::new(&open.round.id, &open.ministry.id, area);
                let Some(room) = st.room_area() else {
                    return;
                };
                let clock = self.clock(st, &at);
                if clock.running {
                    // The clock shows seconds; one frame a second is enough.
                    ui.ctx().request_repaint_after(Duration::from_millis(
                        1000 - u64::from(clock.spent.subsec_millis()),
                    ));
                }
                let page = PageState {
                    at: &at,
                    revealed: st.live.is_revealed(&at),
                    clock,
                    fresh,
                    voting: room.phones_voted.map(|voted| RoomVoting {
                        url: self.join_url().map(str::to_owned),
                        voted,
                        closed: room.result.is_some(),
                    }),
                    phones_see_result: st.live.voting.as_ref().map(|v| v.phones_see_result),
                    earlier_round: earlier_round(st, &open),
                };
                if self.presenting {
                    self.presenter_ui(ui, &open, Some((&room, &page)), cmds);
                } else {
                    header_ui(ui, &open, Some(clock), cmds);
                    self.area_page_ui(ui, &open, &room, &page, notices, cmds);
                }
                self.second_screen_ui(ui, st, &open, Some((&room, &page)), cmds);
            }
        }
    }

    /// The closing page, in the window or presented.
    fn summary_ui(
        &mut self,
        ui: &mut Ui,
        open: &Open<'_>,
        fresh: bool,
        notices: Notices<'_>,
        cmds: &mut Vec<Command>,
    ) {
        if self.presenting {
            return self.presenter_ui(ui, open, None, cmds);
        }
        header_ui(ui, open, None, cmds);
        egui::Panel::bottom("scoring-nav").show(ui, |ui| {
            nav_ui(ui, open, self.note.as_deref());
            notices(ui, Aside::Status, cmds);
        });
        let mut area = egui::ScrollArea::vertical()
            .id_salt("summary-scroll")
            .auto_shrink(false);
        if fresh {
            area = area.vertical_scroll_offset(0.0);
        }
        area.show(ui, |ui| {
            notices(ui, Aside::Notices, cmds);
            summary::summary_page_ui(ui, open, cmds);
        });
    }

    fn clock(&self, st: &SessionState, at: &ScoreRef) -> Clock {
        Clock {
            spent: st.discussed(at),
            running: st.live.timer.is_running() && st.live.timer.at.as_ref() == Some(at),
            limit: Duration::from_secs(u64::from(self.minutes) * 60),
        }
    }

    fn area_page_ui(
        &mut self,
        ui: &mut Ui,
        open: &Open<'_>,
        room_area: &RoomArea<'_>,
        page: &PageState<'_>,
        notices: Notices<'_>,
        cmds: &mut Vec<Command>,
    ) {
        // The panel gives way on small windows: the room view must fit whole.
        let width = match ui.available_width() {
            w if w >= 1100.0 => 380.0,
            w if w >= 900.0 => 310.0,
            _ => 260.0,
        };
        egui::Panel::right("facilitator")
            .exact_size(width)
            .show(ui, |ui| {
                // The key hint and the save state close the panel: the room view
                // keeps the window's whole height.
                egui::Panel::bottom("scoring-nav").show(ui, |ui| {
                    nav_ui(ui, open, self.note.as_deref());
                    notices(ui, Aside::Status, cmds);
                });
                let mut area = egui::ScrollArea::vertical()
                    .id_salt("facilitator-scroll")
                    .auto_shrink(false);
                if page.fresh {
                    area = area.vertical_scroll_offset(0.0);
                }
                area.show(ui, |ui| {
                    notices(ui, Aside::Notices, cmds);
                    self.controls_ui(ui, open, page, cmds);
                });
                // A click on a control here: the next Esc only leaves the control.
                self.clicked |= ui.ui_contains_pointer() && ui.input(|i| i.pointer.any_click());
            });
        let room = room::Room {
            overlay: self.overlay,
            salt: "room-scroll",
            fresh: page.fresh,
        };
        let voting = page.voting.as_ref();
        room::room_ui(ui, room_area, &room, voting, &mut self.qr, cmds);
    }

    /// Say on the hint line why something the facilitator asked for was not done.
    pub fn say(&mut self, why: impl Into<String>) {
        self.note = Some(why.into());
    }

    /// The join address the room is shown: the one the facilitator picked.
    pub fn join_url(&self) -> Option<&str> {
        self.join_urls
            .get(self.join_pick)
            .or(self.join_urls.first())
            .map(String::as_str)
    }
}

/// Room voting as the room view shows it: where to join, and how many have voted.
pub(super) struct RoomVoting {
    /// None when this machine has no network address phones could reach.
    pub url: Option<String>,
    pub voted: usize,
    /// The result is revealed: phones can no longer vote on this area.
    pub closed: bool,
}

/// The open area page as the parts of the screen need it.
pub(super) struct PageState<'a> {
    pub at: &'a ScoreRef,
    pub revealed: bool,
    pub clock: Clock,
    /// First frame of this page.
    pub fresh: bool,
    /// Room voting, while it is open.
    pub voting: Option<RoomVoting>,
    /// While voting: whether phones see the revealed distribution.
    pub phones_see_result: Option<bool>,
    /// For a round before the newest: whether changing it was confirmed.
    pub earlier_round: Option<bool>,
}

/// `Some(confirmed)` when the open round is not the newest.
fn earlier_round(st: &SessionState, open: &Open<'_>) -> Option<bool> {
    let newest = open.ws.rounds().iter().max_by_key(|r| r.date)?;
    (newest.id != open.round.id).then(|| st.live.is_unlocked(&open.round.id))
}

/// Who and when, then the progress strip of areas between the previous and next
/// buttons, and the discussion clock while it runs.
fn header_ui(ui: &mut Ui, open: &Open<'_>, clock: Option<Clock>, cmds: &mut Vec<Command>) {
    let px = if room::small_window(ui.ctx()) {
        20.0
    } else {
        24.0
    };
    ui.horizontal_wrapped(|ui| who_ui(ui, open, px));
    let page = open.page_index();
    let areas = open.inst.areas();
    ui.horizontal_wrapped(|ui| {
        ui.spacing_mut().item_spacing.x = 4.0;
        // A small window keeps the strip on one line: smaller buttons.
        if room::small_window(ui.ctx()) {
            ui.spacing_mut().button_padding = egui::vec2(6.0, 2.0);
            ui.style_mut()
                .text_styles
                .insert(egui::TextStyle::Button, egui::FontId::proportional(16.0));
        }
        let t = crate::ui::lang::texts(ui.ctx());
        if ui
            .add_enabled(page > 0, egui::Button::new(RichText::new("◀").strong()))
            .on_hover_text(t.get("scoring-previous-tip"))
            .accessible_name(t.get("scoring-previous"))
            .clicked()
        {
            cmds.push(open.goto(page - 1));
        }
        for (k, area) in areas.iter().enumerate() {
            let answer = open.ws.answer(&open.round.id, &open.ministry.id, &area.id);
            let mark = answer.map_or_else(|| "·".to_owned(), |a| t.number(&a.code()));
            let text =
                RichText::new(format!("{} {}", t.number(&(k + 1).to_string()), mark)).strong();
            let mut button = strip_button(ui, text, k == page);
            if let Some(a) = answer {
                let (fill, _) = answer_colors(a, open.inst.level_count());
                button = button.stroke(egui::Stroke::new(3.0, fill));
            }
            let state = answer.map_or_else(
                || t.get("scoring-area-not-scored"),
                |a| t.with("scoring-area-answer", &[("answer", a.code().into())]),
            );
            let args = [
                ("number", (k + 1).into()),
                ("area", area.name.as_str().into()),
                ("state", state.into()),
            ];
            let r = ui
                .add(button)
                .on_hover_text(area.name.as_str())
                .accessible_name(t.with("scoring-go-to-area", &args));
            if r.clicked() {
                cmds.push(open.goto(k));
            }
        }
        let text = RichText::new(t.get("scoring-summary")).strong();
        let button = strip_button(ui, text, page == areas.len());
        if ui
            .add(button)
            .accessible_name(t.get("scoring-go-to-summary"))
            .clicked()
        {
            cmds.push(open.goto(areas.len()));
        }
        if page < areas.len() {
            if ui
                .add(egui::Button::new(RichText::new("▶").strong()))
                .on_hover_text(t.get("scoring-next-tip"))
                .accessible_name(t.get("scoring-next"))
                .clicked()
            {
                cmds.push(open.goto(page + 1));
            }
        } else if ui.button(t.get("scoring-back-to-workspace")).clicked() {
            cmds.push(Command::Show(Screen::Workspace));
        }
        if let Some(c) = clock {
            room::clock_ui(ui, c);
        }
    });
    ui.separator();
}

/// The ministry and the round, at `px`, for the main window and the room window.
pub(super) fn who_ui(ui: &mut Ui, open: &Open<'_>, px: f32) {
    let p = theme::current(ui.ctx());
    ui.label(
        RichText::new(format!("{} ({})", open.ministry.name, open.ministry.id))
            .strong()
            .size(px),
    );
    ui.label(
        RichText::new(format!("· {}", open.round.display()))
            .size(px)
            .color(p.muted),
    );
}

/// A button of the progress strip; the open page is filled with the accent.
fn strip_button(ui: &Ui, text: RichText, current: bool) -> egui::Button<'static> {
    let p = theme::current(ui.ctx());
    if current {
        egui::Button::new(text.color(p.on_accent)).fill(p.accent)
    } else {
        egui::Button::new(text)
    }
}

/// The key hint; after a key that did nothing, why.
fn nav_ui(ui: &mut Ui, open: &Open<'_>, note: Option<&str>) {
    let p = theme::current(ui.ctx());
    let text = match note {
        Some(note) => RichText::new(note).small().strong().color(p.focus),
        // A small window keeps the panel for the controls: the keys are in F1.
        None if room::small_window(ui.ctx()) => {
            RichText::new(crate::ui::lang::tr(ui, "hint-every-key"))
                .small()
                .color(p.muted)
        }
        None => {
            let t = crate::ui::lang::texts(ui.ctx());
            RichText::new(keymap::scoring_hint(open.inst.level_count(), &t))
                .small()
                .color(p.muted)
        }
    };
    ui.add(egui::Label::new(text).wrap());
}
