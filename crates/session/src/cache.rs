//! Derived data (statistics, change tables, plot data, completion) computed once per
//! document revision and key, never on every frame.

/// The last value computed, with the revision and key it was computed for.
pub struct Memo<K, V> {
    last: Option<(u64, K, V)>,
}

impl<K, V> Default for Memo<K, V> {
    fn default() -> Self {
        Self { last: None }
    }
}

impl<K: PartialEq, V> Memo<K, V> {
    /// The value for (`revision`, `key`), computed by `compute` only when either changed.
    pub fn get(&mut self, revision: u64, key: K, compute: impl FnOnce(&K) -> V) -> &V {
        let fresh = matches!(&self.last, Some((r, k, _)) if *r == revision && *k == key);
        if !fresh {
            let value = compute(&key);
            self.last = Some((revision, key, value));
        }
        // Set just above when missing (invariant).
        &self
            .last
            .as_ref()
            .expect("invariant: memo was just filled")
            .2
    }

    /// Forget the value (it will be computed again).
    pub fn clear(&mut self) {
        self.last = None;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn computes_once_per_revision_and_key() {
        let mut m: Memo<&str, usize> = Memo::default();
        let mut calls = 0;
        for _ in 0..3 {
            m.get(1, "a", |_| {
                calls += 1;
                7
            });
        }
        assert_eq!(calls, 1);
        assert_eq!(*m.get(2, "a", |_| 8), 8, "new revision");
        assert_eq!(*m.get(2, "b", |_| 9), 9, "new key");
        assert_eq!(*m.get(2, "b", |_| 0), 9);
    }
}
