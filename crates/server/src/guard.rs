//! What keeps one client from starving or fooling the server, kept per address: a
//! request rate, a budget of wrong codes (after which the address waits, and is told
//! for how long), and the phones' device tokens, which the server signs when a phone
//! joins (tied to the join code) so that a client cannot mint ballots by making up
//! tokens, with a cap on how many one address may hold. Counting is `governor`'s
//! (GCRA, keyed by address); the key for the tokens comes from the system's random
//! source when the server starts.

use std::collections::HashMap;
use std::net::IpAddr;
use std::num::NonZeroU32;
use std::sync::Mutex;
use std::time::{Duration, Instant};

use governor::state::keyed::HashMapStateStore;
use governor::{Quota, RateLimiter};
use sha2::{Digest, Sha256};

use crate::model::table::random_bytes;
use crate::session::Session;

/// Requests an address may make: a steady 20 a second, in bursts of up to 60. A phone
/// polls every 1.5 s and a table device every 2 s; a hotspot's NAT puts a few behind
/// one address at most.
const REQUESTS_PER_SEC: u32 = 20;
const REQUEST_BURST: u32 = 60;
/// Wrong codes an address may send: 10 at once, then one every 6 s (10 a minute). A
/// person mistyping a code needs two or three.
const WRONG_CODES_BURST: u32 = 10;
const WRONG_CODE_EVERY: Duration = Duration::from_secs(6);
/// Device tokens one address may hold in a vote: a phone with a second browser, or a
/// laptop shared by two participants; not hundreds.
pub const DEVICES_PER_ADDRESS: usize = 4;

/// The app's clock as governor reads it, so the limits run on the same (fake in
/// tests) time as everything else.
#[derive(Clone)]
struct Time(crate::session::Clock);

impl governor::clock::Clock for Time {
    type Instant = Instant;
    fn now(&self) -> Instant {
        self.0.instant()
    }
}

type Limiter = RateLimiter<IpAddr, HashMapStateStore<IpAddr>, Time>;

/// The server's shared state: the session, and the guards.
pub struct Shared {
    pub session: Session,
    /// The pages' words, per language.
    pub words: crate::words::Words,
    clock: Time,
    requests: Limiter,
    wrong_codes: Limiter,
    /// Addresses waiting after too many wrong codes, and until when.
    blocked: Mutex<HashMap<IpAddr, Instant>>,
    /// Device tokens issued per address, for the join code they were issued under.
    issued: Mutex<(String, HashMap<IpAddr, usize>)>,
    key: [u8; 32],
}

/// Why a request is refused before it is looked at.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Refused {
    /// Too many requests or wrong codes: wait this long.
    Wait(Duration),
}

impl Shared {
    pub fn new(session: Session) -> Self {
        let clock = Time(session.clock().clone());
        let mut key = [0u8; 32];
        random_bytes(&mut key);
        let per = |n: u32| NonZeroU32::new(n).unwrap_or(NonZeroU32::MIN);
        let requests = Quota::per_second(per(REQUESTS_PER_SEC)).allow_burst(per(REQUEST_BURST));
        let wrong = Quota::with_period(WRONG_CODE_EVERY)
            .unwrap_or(Quota::per_minute(per(10)))
            .allow_burst(per(WRONG_CODES_BURST));
        Self {
            session,
            words: crate::words::Words::default(),
            requests: RateLimiter::hashmap_with_clock(requests, clock.clone()),
            wrong_codes: RateLimiter::hashmap_with_clock(wrong, clock.clone()),
            clock,
            blocked: Mutex::new(HashMap::new()),
            issued: Mutex::new((String::new(), HashMap::new())),
            key,
        }
    }

    /// A request from `ip`: within its rate, and not waiting after wrong codes?
    pub fn admit(&self, ip: IpAddr) -> Result<(), Refused> {
        let now = self.clock.0.instant();
        {
            let mut blocked = self.blocked.lock().unwrap_or_else(|e| e.into_inner());
            match blocked.get(&ip) {
                Some(until) if *until > now => return Err(Refused::Wait(*until - now)),
                Some(_) => {
                    blocked.remove(&ip);
                }
                None => {}
            }
        }
        self.requests
            .check_key(&ip)
            .map_err(|not_until| Refused::Wait(not_until.wait_time_from(self.clock.0.instant())))
    }

    /// `ip` sent a code that is not open. Past the budget, it waits.
    pub fn wrong_code(&self, ip: IpAddr) -> Option<Duration> {
        let Err(not_until) = self.wrong_codes.check_key(&ip) else {
            return None;
        };
        // Ten wrong codes in a row: the address waits a minute, not just until the
        // budget has one more.
        let wait = not_until
            .wait_time_from(self.clock.0.instant())
            .max(Duration::from_secs(60));
        let mut blocked = self.blocked.lock().unwrap_or_else(|e| e.into_inner());
        // Forget long-past entries before the map grows (a LAN has few addresses; a
        // flood of spoofed ones would not get past the request rate).
        if blocked.len() > 4096 {
            let now = self.clock.0.instant();
            blocked.retain(|_, until| *until > now);
            self.wrong_codes.retain_recent();
            self.requests.retain_recent();
        }
        blocked.insert(ip, self.clock.0.instant() + wait);
        Some(wait)
    }

    /// A new device token for a phone at `ip` joining the vote with `code`, or `None`
    /// when that address holds its share already.
    pub fn issue_device(&self, ip: IpAddr, code: &str) -> Option<String> {
        let mut issued = self.issued.lock().unwrap_or_else(|e| e.into_inner());
        if issued.0 != code {
            // A new vote: every address starts again.
            *issued = (code.to_owned(), HashMap::new());
        }
        let count = issued.1.entry(ip).or_insert(0);
        if *count >= DEVICES_PER_ADDRESS {
            return None;
        }
        *count += 1;
        let mut nonce = [0u8; 8];
        random_bytes(&mut nonce);
        let nonce = hex(&nonce);
        Some(format!("{nonce}-{}", self.sign(code, &nonce)))
    }

    /// Whether `token` is one this server issued for the vote with `code`.
    pub fn device_ok(&self, token: &str, code: &str) -> bool {
        let Some((nonce, mac)) = token.split_once('-') else {
            return false;
        };
        nonce.len() == 16 && constant_eq(mac.as_bytes(), self.sign(code, nonce).as_bytes())
    }

    /// HMAC-SHA256 of `code.nonce` under the server's key, its first 16 bytes in hex.
    fn sign(&self, code: &str, nonce: &str) -> String {
        let (mut inner, mut outer) = ([0x36u8; 64], [0x5cu8; 64]);
        for (k, b) in self.key.iter().enumerate() {
            inner[k] ^= b;
            outer[k] ^= b;
        }
        let msg = format!("{code}.{nonce}");
        let i = Sha256::new()
            .chain_update(inner)
            .chain_update(msg.as_bytes())
            .finalize();
        let o = Sha256::new().chain_update(outer).chain_update(i).finalize();
        hex(&o[..16])
    }
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// Equal bytes, taking the same time whatever the first difference.
fn constant_eq(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::demo::demo_workspace;
    use crate::session::{Clock, Document};

    fn shared() -> Shared {
        let doc = Document::unsaved(demo_workspace(), std::path::PathBuf::new());
        Shared::new(Session::new(doc, Clock::default()))
    }

    #[test]
    fn tokens_are_signed_for_one_vote_and_capped_per_address() {
        let s = shared();
        let ip: IpAddr = [127, 0, 0, 1].into();
        let t = s.issue_device(ip, "ABC123").unwrap();
        assert!(s.device_ok(&t, "ABC123"));
        assert!(!s.device_ok(&t, "XYZ789"), "tied to its join code");
        let forged = format!("{}-{}", "0".repeat(16), "0".repeat(32));
        assert!(!s.device_ok(&forged, "ABC123"), "made up");
        let mut flipped = t.clone();
        flipped.replace_range(0..1, if t.starts_with('a') { "b" } else { "a" });
        assert!(!s.device_ok(&flipped, "ABC123"), "changed");
        for _ in 1..DEVICES_PER_ADDRESS {
            assert!(s.issue_device(ip, "ABC123").is_some());
        }
        assert_eq!(
            s.issue_device(ip, "ABC123"),
            None,
            "the address's share is used"
        );
        let other: IpAddr = [127, 0, 0, 2].into();
        assert!(
            s.issue_device(other, "ABC123").is_some(),
            "other phones are not"
        );
        assert!(
            s.issue_device(ip, "NEW456").is_some(),
            "a new vote starts again"
        );
    }

    #[test]
    fn wrong_codes_make_an_address_wait_and_say_how_long() {
        let s = shared();
        let ip: IpAddr = [127, 0, 0, 3].into();
        for k in 0..WRONG_CODES_BURST {
            assert_eq!(
                s.wrong_code(ip),
                None,
                "wrong code {k} is within the budget"
            );
        }
        let wait = s.wrong_code(ip).expect("past the budget");
        assert!(wait >= Duration::from_secs(60), "{wait:?}");
        assert!(matches!(s.admit(ip), Err(Refused::Wait(w)) if w > Duration::from_secs(50)));
        let other: IpAddr = [127, 0, 0, 4].into();
        assert_eq!(s.admit(other), Ok(()), "others are not held up");
    }

    #[test]
    fn a_flood_from_one_address_is_held_to_its_rate() {
        let s = shared();
        let ip: IpAddr = [127, 0, 0, 5].into();
        let taken = (0..1000).filter(|_| s.admit(ip).is_ok()).count();
        // The burst, and whatever the rate refilled while the loop ran (microseconds).
        assert!(
            (REQUEST_BURST as usize..REQUEST_BURST as usize + 10).contains(&taken),
            "{taken}"
        );
    }
}
