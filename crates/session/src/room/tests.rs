use super::*;
use crate::model::demo::demo_workspace;
use crate::model::{Edit, VoteChange, VoteSource};
use crate::voting::Voting;
use crate::{Clock, Document, Focus, Origin, Page};

fn state() -> (SessionState, ScoreRef) {
    let doc = Document::unsaved(demo_workspace(), std::path::PathBuf::new());
    let mut st = SessionState::new(doc, Clock::default());
    let ws = st.doc.workspace();
    let round = ws.rounds().last().unwrap().id.clone();
    let ministry = ws.ministries()[0].id.clone();
    let area = ws.instrument().areas()[4].id.clone();
    let at = ScoreRef::new(&round, &ministry, &area);
    st.live.focus = Some(Focus {
        round,
        ministry,
        page: Page::Area(area),
    });
    // Start from an area with no votes at all.
    st.apply(
        Edit::SetTally {
            at: at.clone(),
            source: VoteSource::Cards,
            tally: VoteTally::default(),
        },
        Origin::User,
    )
    .unwrap();
    (st, at)
}

fn cards(st: &mut SessionState, at: &ScoreRef, counts: [u32; 4]) {
    let mut tally = VoteTally::zero(4);
    tally.levels = counts.to_vec();
    st.apply(
        Edit::SetTally {
            at: at.clone(),
            source: VoteSource::Cards,
            tally,
        },
        Origin::User,
    )
    .unwrap();
}

#[test]
fn the_room_sees_no_count_before_the_reveal_in_any_state() {
    let (mut st, at) = state();
    // No votes: nothing to reveal, and the refusal leaves the area hidden.
    assert_eq!(st.room_area().unwrap().result, None);
    assert_eq!(st.reveal(&at, true), Err(RevealRefused::NoVotes));
    // The count typed after an empty reveal does not reach the room.
    cards(&mut st, &at, [0, 37, 58, 0]);
    assert_eq!(st.room_area().unwrap().result, None, "typed after V");
    // Revealed: the room sees it.
    st.reveal(&at, true).unwrap();
    let shown = st.room_area().unwrap().result.unwrap();
    assert_eq!(shown.tally.levels, vec![0, 37, 58, 0]);
    assert_eq!(shown.stats.n, 95);
    // Hidden again (V toggles).
    st.reveal(&at, false).unwrap();
    assert_eq!(st.room_area().unwrap().result, None);
    // Revealed, then the count cleared: hidden, and the next count stays hidden.
    st.reveal(&at, true).unwrap();
    cards(&mut st, &at, [0, 0, 0, 0]);
    assert!(!st.live.is_revealed(&at), "an emptied area is hidden again");
    cards(&mut st, &at, [1, 2, 3, 4]);
    assert_eq!(st.room_area().unwrap().result, None);
    // Undo back to nothing hides it too.
    st.reveal(&at, true).unwrap();
    st.apply(
        Edit::SetTally {
            at: at.clone(),
            source: VoteSource::Cards,
            tally: VoteTally::default(),
        },
        Origin::User,
    )
    .unwrap();
    assert!(!st.live.is_revealed(&at));
    // Undo brings the votes back, but not the reveal: the facilitator reveals again.
    st.undo().unwrap();
    assert_eq!(st.room_area().unwrap().result, None);
}

#[test]
fn with_phones_voting_the_reveal_waits_for_the_minimum() {
    let (mut st, at) = state();
    st.live.voting = Some(Voting::open(Default::default()));
    let add = |st: &mut SessionState| {
        st.apply(
            Edit::Vote {
                at: at.clone(),
                source: VoteSource::Phones,
                change: VoteChange::Add(Answer::NotApplicable),
            },
            Origin::Remote,
        )
        .unwrap();
    };
    add(&mut st);
    add(&mut st);
    assert_eq!(
        st.reveal(&at, true),
        Err(RevealRefused::TooFew { votes: 2, min: 3 })
    );
    assert_eq!(st.room_area().unwrap().result, None);
    add(&mut st);
    st.reveal(&at, true).unwrap();
    assert_eq!(st.room_area().unwrap().result.unwrap().stats.n, 3);
}

#[test]
fn the_projection_names_the_area_and_the_last_round() {
    let (st, at) = state();
    let room = st.room_area().unwrap();
    assert_eq!(room.at, at);
    assert_eq!((room.index, room.areas), (4, 10));
    assert_eq!(room.area.id, at.area);
    let last = room.last_round.unwrap();
    assert_eq!(last.round.id.as_str(), "baseline-2022");
    assert!(last.comparable);
    assert_eq!(room.phones_voted, None, "no phone voting open");
}
