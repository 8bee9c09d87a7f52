use crate::model::demo::demo_workspace;
use crate::model::{Action, ActionStatus, Answer, Edit, ScoreRef};
use crate::{Clock, Document, SessionState};

#[test]
fn an_earlier_round_asks_once_but_following_up_its_actions_does_not() {
    let doc = Document::unsaved(demo_workspace(), std::path::PathBuf::new());
    let mut st = SessionState::new(doc, Clock::default());
    let ws = st.doc.workspace();
    let now = ScoreRef::new(
        &ws.rounds()[1].id,
        &ws.ministries()[0].id,
        &ws.instrument().areas()[0].id,
    );
    let base = ws.rounds()[0].id.clone();
    let then = ScoreRef::new(&base, &now.ministry, &ws.instrument().areas()[0].id);
    let set = |at: &ScoreRef| Edit::SetAnswer {
        at: at.clone(),
        answer: Some(Answer::NotApplicable),
    };
    assert!(st.past_round_of(&set(&now)).is_none(), "the newest round");
    assert_eq!(
        st.past_round_of(&set(&then)).map(|r| r.id.clone()),
        Some(base.clone())
    );
    assert_eq!(
        st.past_round_of(&Edit::Batch(vec![set(&now), set(&then)]))
            .map(|r| r.id.clone()),
        Some(base.clone()),
        "a batch that touches it"
    );
    // Where last round's actions stand is this round's business.
    let mut actions = st.doc.workspace().score_at(&then).unwrap().actions.clone();
    assert!(!actions.is_empty(), "the demo has actions at baseline");
    actions[0].status = ActionStatus::Done;
    actions[0].follow_up = "Done in 2023".into();
    let follow = Edit::SetActions {
        at: then.clone(),
        actions: actions.clone(),
    };
    assert!(st.past_round_of(&follow).is_none());
    // Rewriting one is not.
    actions[0].text = "Something else".into();
    actions.push(Action::new("A new one, two years late"));
    let rewrite = Edit::SetActions {
        at: then.clone(),
        actions,
    };
    assert!(st.past_round_of(&rewrite).is_some());
    // Once confirmed, not asked again in this session; asked again in the next.
    st.live.unlock(base.clone());
    assert!(st.past_round_of(&set(&then)).is_none());
    st.live.lock_past_rounds();
    assert!(st.past_round_of(&set(&then)).is_some());
}
