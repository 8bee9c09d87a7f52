//! Who made an edit: it decides whether the edit is an undo step and how the history
//! signs it.

/// Who made an edit. The facilitator's edits are undoable; edits from elsewhere (phones
/// over the network) are kept but are not the facilitator's to undo.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Origin {
    User,
    Remote,
    /// The discussion timer: kept, but not a step for the facilitator to undo.
    Clock,
    /// A file the facilitator imported: undoable, and signed "import" in the history.
    Import,
    /// Another workspace merged in: undoable, and signed "merge" in the history.
    Merge,
}
