//! The app's one clock. Everything that asks what time it is asks this: the record's
//! time stamps, the discussion timer, autosave, the server's limits, "today" on reports
//! and the export date in workbooks. A fake clock moves only when a test moves it, and
//! wakes whatever waits on it, so no test sleeps for time to pass.
//!
//! "Today" has one meaning: the date in the workshop's time zone (the computer's zone,
//! UTC when it has none), and a file that shows a time shows the zone with it.

use std::sync::{Arc, Condvar, Mutex, MutexGuard, Weak};
use std::time::{Duration, Instant, SystemTime};

use jiff::tz::TimeZone;
use jiff::{Timestamp, Zoned, civil};

/// A shared clock; clones read the same time.
#[derive(Clone)]
pub struct Clock(Arc<Inner>);

struct Inner {
    /// The monotonic start: `instant()` is this plus the time run.
    epoch: Instant,
    zone: TimeZone,
    fake: Option<Fake>,
}

struct Fake {
    state: Mutex<FakeState>,
}

struct FakeState {
    run: Duration,
    start: Timestamp,
    /// Signals to raise when the time moves.
    waiting: Vec<Weak<Signal>>,
}

impl Default for Clock {
    fn default() -> Self {
        Self::system()
    }
}

impl std::fmt::Debug for Clock {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Clock")
            .field("fake", &self.0.fake.is_some())
            .field("at", &self.stamp())
            .finish()
    }
}

impl Clock {
    /// The computer's clock, in the computer's time zone.
    pub fn system() -> Self {
        Self(Arc::new(Inner {
            epoch: Instant::now(),
            zone: TimeZone::try_system().unwrap_or(TimeZone::UTC),
            fake: None,
        }))
    }

    /// A clock that starts at `start` (in UTC) and moves only by [`Clock::advance`].
    pub fn fake(start: Timestamp) -> Self {
        Self::fake_in(start, TimeZone::UTC)
    }

    /// A fake clock in the time zone `zone`.
    pub fn fake_in(start: Timestamp, zone: TimeZone) -> Self {
        Self(Arc::new(Inner {
            epoch: Instant::now(),
            zone,
            fake: Some(Fake {
                state: Mutex::new(FakeState {
                    run: Duration::ZERO,
                    start,
                    waiting: Vec::new(),
                }),
            }),
        }))
    }

    pub fn is_fake(&self) -> bool {
        self.0.fake.is_some()
    }

    fn fake_state(&self) -> Option<MutexGuard<'_, FakeState>> {
        let fake = self.0.fake.as_ref()?;
        Some(fake.state.lock().unwrap_or_else(|e| e.into_inner()))
    }

    /// Move a fake clock on by `by` and wake what waits on it; a system clock ignores it.
    pub fn advance(&self, by: Duration) {
        let waiting = match self.fake_state() {
            Some(mut st) => {
                st.run += by;
                st.waiting.retain(|w| w.strong_count() > 0);
                st.waiting.clone()
            }
            None => return,
        };
        for s in waiting.iter().filter_map(Weak::upgrade) {
            s.nudge();
        }
    }

    /// Time run since the clock started.
    pub fn run(&self) -> Duration {
        match self.fake_state() {
            Some(st) => st.run,
            None => self.0.epoch.elapsed(),
        }
    }

    /// Seconds run since the clock started (for deadlines).
    pub fn secs(&self) -> f64 {
        self.run().as_secs_f64()
    }

    /// A monotonic instant, for durations (the timer, limits per second).
    pub fn instant(&self) -> Instant {
        self.0.epoch + self.run()
    }

    /// The wall-clock time, stamped on changed records.
    pub fn stamp(&self) -> Timestamp {
        match self.fake_state() {
            Some(st) => st.start.checked_add(st.run).unwrap_or(Timestamp::MAX),
            None => Timestamp::now(),
        }
    }

    /// The wall-clock time as the file system counts it (file ages).
    pub fn system_time(&self) -> SystemTime {
        SystemTime::from(self.stamp())
    }

    /// The workshop's time zone: the computer's (UTC when it has none).
    pub fn zone(&self) -> &TimeZone {
        &self.0.zone
    }

    /// Now, in the workshop's time zone.
    pub fn zoned(&self) -> Zoned {
        self.stamp().to_zoned(self.0.zone.clone())
    }

    /// Today in the workshop's time zone.
    pub fn today(&self) -> civil::Date {
        self.zoned().date()
    }

    /// Wait until `signal` is raised past `seen`, or `secs()` reaches `until` (`None`:
    /// no deadline). A system clock waits in real time; a fake one until a test
    /// advances it past `until` or the signal is raised.
    pub fn wait(&self, signal: &Arc<Signal>, seen: u64, until: Option<f64>) -> u64 {
        match &self.0.fake {
            None => {
                let timeout = until.map(|u| Duration::from_secs_f64((u - self.secs()).max(0.0)));
                signal.wait(seen, timeout, || false)
            }
            Some(_) => {
                if let Some(mut st) = self.fake_state()
                    && !st.waiting.iter().any(|w| w.as_ptr() == Arc::as_ptr(signal))
                {
                    st.waiting.push(Arc::downgrade(signal));
                }
                signal.wait(seen, None, || until.is_some_and(|u| self.secs() >= u))
            }
        }
    }
}

/// A counter that a thread waits on and others raise (an edit arrived, a save ended,
/// the fake clock moved).
#[derive(Default)]
pub struct Signal {
    raised: Mutex<u64>,
    cv: Condvar,
}

impl Signal {
    /// How often it has been raised so far.
    pub fn count(&self) -> u64 {
        *self.raised.lock().unwrap_or_else(|e| e.into_inner())
    }

    pub fn raise(&self) {
        *self.raised.lock().unwrap_or_else(|e| e.into_inner()) += 1;
        self.cv.notify_all();
    }

    /// Wait (real time, at most `timeout`) until the count passes `seen`; the count then.
    pub fn wait_for(&self, seen: u64, timeout: Duration) -> u64 {
        self.wait(seen, Some(timeout), || false)
    }

    /// Wake waiters to look again at their deadline, without counting a raise. Taking
    /// the lock first means a waiter between its check and its wait is not missed.
    fn nudge(&self) {
        let _held = self.raised.lock().unwrap_or_else(|e| e.into_inner());
        self.cv.notify_all();
    }

    /// Wait until the count passes `seen`, `done()` holds, or `timeout` passes; the
    /// count then.
    fn wait(&self, seen: u64, timeout: Option<Duration>, done: impl Fn() -> bool) -> u64 {
        let guard = self.raised.lock().unwrap_or_else(|e| e.into_inner());
        let keep_waiting = |n: &mut u64| *n <= seen && !done();
        let guard = match timeout {
            Some(t) => {
                self.cv
                    .wait_timeout_while(guard, t, keep_waiting)
                    .unwrap_or_else(|e| e.into_inner())
                    .0
            }
            None => self
                .cv
                .wait_while(guard, keep_waiting)
                .unwrap_or_else(|e| e.into_inner()),
        };
        *guard
    }
}

/// A limit in real time on how long a tool or a test waits for another thread (not
/// workshop time: a fake clock does not move it).
pub struct Deadline(Instant);

impl Deadline {
    pub fn after(limit: Duration) -> Self {
        Self(Instant::now() + limit)
    }

    /// Real time left; zero once passed.
    pub fn left(&self) -> Duration {
        self.0.saturating_duration_since(Instant::now())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn start() -> Timestamp {
        "2024-08-04T03:30:00Z".parse().unwrap()
    }

    #[test]
    fn a_fake_clock_moves_only_when_told() {
        let c = Clock::fake(start());
        let (i0, s0) = (c.instant(), c.stamp());
        assert_eq!((c.instant(), c.stamp(), c.secs()), (i0, s0, 0.0));
        c.advance(Duration::from_millis(1500));
        assert_eq!(c.instant() - i0, Duration::from_millis(1500));
        assert_eq!(c.stamp(), "2024-08-04T03:30:01.5Z".parse().unwrap());
        assert_eq!(c.clone().secs(), 1.5, "clones share the time");
    }

    #[test]
    fn today_is_the_workshops_local_date() {
        // 20:30 UTC on the 3rd is already the 4th in Dhaka (UTC+6).
        let late: Timestamp = "2024-08-03T20:30:00Z".parse().unwrap();
        let dhaka = TimeZone::fixed(jiff::tz::offset(6));
        assert_eq!(Clock::fake_in(late, dhaka).today(), civil::date(2024, 8, 4));
        assert_eq!(Clock::fake(late).today(), civil::date(2024, 8, 3));
        let z = Clock::fake_in(late, TimeZone::fixed(jiff::tz::offset(6))).zoned();
        assert_eq!(
            z.strftime("%Y-%m-%d %H:%M %:z").to_string(),
            "2024-08-04 02:30 +06:00"
        );
    }

    #[test]
    fn a_waiter_wakes_when_the_fake_clock_passes_its_deadline() {
        let c = Clock::fake(start());
        let signal = Arc::new(Signal::default());
        let (c2, s2) = (c.clone(), signal.clone());
        let waiter = std::thread::spawn(move || {
            c2.wait(&s2, 0, Some(5.0));
            c2.secs()
        });
        // Not yet: 4 s is before the deadline. The waiter re-checks on each move.
        c.advance(Duration::from_secs(4));
        c.advance(Duration::from_secs(2));
        assert_eq!(waiter.join().unwrap(), 6.0);
        // A raise wakes a waiter with no deadline at all.
        let s3 = signal.clone();
        let c3 = c.clone();
        let waiter = std::thread::spawn(move || c3.wait(&s3, 0, None));
        signal.raise();
        assert_eq!(waiter.join().unwrap(), 1);
    }
}
