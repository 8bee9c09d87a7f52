//! When the file changed on disk under this window (another window or program saved
//! it): take the version on disk as one undoable edit on top of the history saved
//! there, or overwrite it on the next save. Here, so that the window, a server thread
//! or a tool settle a conflict the same way.

use crate::model::diff::diff;
use crate::storage::json;
use crate::{Origin, Session};

impl Session {
    /// Load the version on disk into this document. The file is read without the
    /// lock; the difference arrives as one edit, so Ctrl+Z brings back this window's
    /// version. On failure nothing changes.
    pub fn reload_from_disk(&self) -> Result<(), String> {
        let path = self.lock().doc.target().path().to_owned();
        let disk = json::load(&path).map_err(|e| e.to_string())?;
        let mut st = self.lock();
        let edit = diff(st.doc.workspace(), &disk);
        let mine = st.doc.workspace().history().clone();
        st.doc.adopt_history(disk.history().clone());
        match st.apply(edit, Origin::User) {
            Ok(_) => {
                st.doc.adopted_disk_version();
                Ok(())
            }
            Err(e) => {
                st.doc.adopt_history(mine);
                Err(format!("the other version could not be loaded: {e}"))
            }
        }
    }

    /// Write this window's version over the other on the next save.
    pub fn overwrite_disk(&self) {
        let mut st = self.lock();
        st.doc.overwrite_on_next_save();
        st.signal().raise();
    }
}

#[cfg(test)]
mod tests {
    use crate::model::demo::demo_workspace;
    use crate::model::{Answer, AreaId, Edit, MinistryId, RoundId, ScoreRef};
    use crate::{Clock, Document, Origin, SaveState, Session, Target};

    fn at() -> ScoreRef {
        ScoreRef {
            round: RoundId::new("followup-2024").unwrap(),
            ministry: MinistryId::new("HSD").unwrap(),
            area: AreaId::new("responsiveness").unwrap(),
        }
    }

    fn open(path: &std::path::Path) -> Session {
        let ws = crate::storage::json::load(path).unwrap();
        Session::new(
            Document::new(ws, Target::File(path.to_owned())),
            Clock::default(),
        )
    }

    fn set(s: &Session, answer: Answer) {
        let edit = Edit::SetAnswer {
            at: at(),
            answer: Some(answer),
        };
        s.lock().apply(edit, Origin::User).unwrap();
    }

    fn answer(s: &Session) -> Option<Answer> {
        s.lock()
            .doc
            .workspace()
            .score_at(&at())
            .and_then(|x| x.answer)
    }

    #[test]
    fn reloading_takes_the_disk_version_and_undo_brings_back_ours() {
        let d = tempfile::tempdir().unwrap();
        let path = d.path().join("w.codi.json");
        crate::storage::json::save(&path, &demo_workspace()).unwrap();
        let (a, b) = (open(&path), open(&path));
        set(&a, Answer::Level(crate::model::Level::new(1).unwrap()));
        a.flush().unwrap();
        set(&b, Answer::NotApplicable);
        assert!(b.flush().is_err(), "b's save meets a's version");
        assert_eq!(*b.lock().doc.state(), SaveState::Conflict);
        b.reload_from_disk().unwrap();
        assert_eq!(answer(&b), answer(&a), "the version on disk");
        assert_eq!(*b.lock().doc.state(), SaveState::Saved);
        b.lock().undo().unwrap();
        assert_eq!(
            answer(&b),
            Some(Answer::NotApplicable),
            "ours is one undo away"
        );
    }
}
