//! Headless Chromium for the phone- and table-page tests: Debian's `chromium` and
//! `chromium-driver`, driven over WebDriver on loopback, at a phone's size. Every wait is
//! bounded.

#![allow(dead_code)] // Each test file uses a different part of it.

use std::net::{IpAddr, Ipv4Addr, SocketAddr, TcpListener};
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use serde_json::{Value, json};

use crate::http::http;

/// The W3C name of an element reference in WebDriver replies.
pub const ELEMENT: &str = "element-6066-11e4-a52e-4f735466cecf";

/// chromedriver on a free loopback port, stopped on drop.
pub struct Driver {
    child: Child,
    addr: SocketAddr,
    pub session: String,
    /// The screen's size, for the screenshots' names.
    size: (u32, u32),
}

impl Drop for Driver {
    fn drop(&mut self) {
        let path = format!("/session/{}", self.session);
        if !self.session.is_empty() {
            http(self.addr, "DELETE", &path, &[], b"");
        }
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Driver {
    pub fn start(profile: &Path) -> Driver {
        Self::start_sized(profile, 390, 844)
    }

    /// A phone of `w`x`h` CSS pixels (`CODI_PHONE_SIZE=WxH` overrides it, to take the
    /// screenshots at another size).
    pub fn start_sized(profile: &Path, w: u32, h: u32) -> Driver {
        let (w, h) = std::env::var("CODI_PHONE_SIZE")
            .ok()
            .and_then(|s| {
                let (a, b) = s.split_once('x')?;
                Some((a.parse().ok()?, b.parse().ok()?))
            })
            .unwrap_or((w, h));
        let port = TcpListener::bind("127.0.0.1:0")
            .and_then(|l| l.local_addr())
            .expect("a free port")
            .port();
        let child = Command::new("chromedriver")
            .arg(format!("--port={port}"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("chromedriver runs (apt install chromium chromium-driver)");
        let addr = SocketAddr::new(IpAddr::V4(Ipv4Addr::LOCALHOST), port);
        let mut driver = Driver {
            child,
            addr,
            session: String::new(),
            size: (w, h),
        };
        wait_for("chromedriver to answer", Duration::from_secs(20), || {
            std::net::TcpStream::connect(addr).is_ok()
        });
        let args = [
            "--headless=new",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-dev-shm-usage",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            &format!("--window-size={w},{h}"),
            &format!("--user-data-dir={}", profile.display()),
        ];
        let caps = json!({"capabilities": {"alwaysMatch": {
            "browserName": "chrome",
            "goog:chromeOptions": {
                "binary": chromium(),
                "args": args,
                "mobileEmulation": {"deviceMetrics": {"width": w, "height": h, "pixelRatio": 1.0}},
            },
        }}});
        // On a loaded 2-core machine a browser can fail to come up once (chromedriver
        // then closes the request without an answer): try a bounded few times.
        let mut last = String::new();
        for _ in 0..3 {
            match driver.try_call("POST", "/session", Some(caps.clone())) {
                Ok(reply) if reply["sessionId"].is_string() => {
                    driver.session = reply["sessionId"].as_str().unwrap_or_default().to_owned();
                    return driver;
                }
                Ok(reply) => last = format!("no session id in {reply}"),
                Err(e) => last = e,
            }
        }
        panic!("no WebDriver session after 3 tries: {last}")
    }

    /// One WebDriver command; its `value`.
    pub fn call(&self, method: &str, path: &str, body: Option<Value>) -> Value {
        match self.try_call(method, path, body) {
            Ok(v) => v,
            Err(e) => panic!("{e}"),
        }
    }

    /// One WebDriver command; its `value`, or what went wrong.
    pub fn try_call(&self, method: &str, path: &str, body: Option<Value>) -> Result<Value, String> {
        let body = body.map(|b| b.to_string()).unwrap_or_default();
        let r = http(
            self.addr,
            method,
            path,
            &[("Content-Type", "application/json")],
            body.as_bytes(),
        );
        let v: Value = serde_json::from_str(&r.body)
            .map_err(|e| format!("{method} {path}: {e}: {}", r.body))?;
        if r.status != 200 {
            return Err(format!("{method} {path}: {} {v}", r.status));
        }
        Ok(v["value"].clone())
    }

    pub fn at(&self, rest: &str) -> String {
        format!("/session/{}{rest}", self.session)
    }

    pub fn go(&self, url: &str) {
        self.call("POST", &self.at("/url"), Some(json!({ "url": url })));
    }

    pub fn find_all(&self, css: &str) -> Vec<String> {
        let q = json!({"using": "css selector", "value": css});
        let found = self.call("POST", &self.at("/elements"), Some(q));
        found
            .as_array()
            .map(|a| {
                a.iter()
                    .filter_map(|e| e[ELEMENT].as_str().map(str::to_owned))
                    .collect()
            })
            .unwrap_or_default()
    }

    pub fn text(&self, element: &str) -> String {
        let v = self.call("GET", &self.at(&format!("/element/{element}/text")), None);
        v.as_str().unwrap_or_default().to_owned()
    }

    /// Type `text` into an element (a text box).
    pub fn type_into(&self, element: &str, text: &str) {
        let path = self.at(&format!("/element/{element}/value"));
        self.call("POST", &path, Some(json!({ "text": text })));
    }

    /// Click as a person would: scrolled to the middle of the screen first, so the
    /// sticky status line at the bottom does not cover it.
    pub fn click(&self, element: &str) {
        // A busy machine may still be scrolling or laying out: try again, a few times.
        let mut last = String::new();
        for _ in 0..5 {
            let script = "arguments[0].scrollIntoView({block: 'center'})";
            let body = json!({"script": script, "args": [{ ELEMENT: element }]});
            self.call("POST", &self.at("/execute/sync"), Some(body));
            let path = self.at(&format!("/element/{element}/click"));
            match self.try_call("POST", &path, Some(json!({}))) {
                Ok(_) => return,
                Err(e) if e.contains("intercepted") || e.contains("not interactable") => last = e,
                Err(e) => panic!("{e}"),
            }
            std::thread::sleep(Duration::from_millis(200));
        }
        panic!("the click never landed: {last}");
    }

    /// Wait until `css` matches `n` elements or more; returns them.
    pub fn wait_for_all(&self, css: &str, n: usize) -> Vec<String> {
        let mut found = Vec::new();
        wait_for(css, Duration::from_secs(20), || {
            found = self.find_all(css);
            found.len() >= n
        });
        found
    }

    /// Run `script` in the page; its return value.
    pub fn run(&self, script: &str) -> Value {
        let body = json!({"script": script, "args": []});
        self.call("POST", &self.at("/execute/sync"), Some(body))
    }

    pub fn status_text(&self) -> String {
        self.find_all("#status")
            .first()
            .map(|e| self.text(e))
            .unwrap_or_default()
    }

    pub fn wait_for_status(&self, part: &str) {
        let mut last = String::new();
        let found = poll(Duration::from_secs(20), || {
            last = self.status_text();
            last.contains(part)
        });
        assert!(found, "the phone says {part:?}; it says {last:?}");
    }

    /// A PNG of the page, kept when `CODI_PHONE_SHOTS` names a folder.
    pub fn shot(&self, name: &str) {
        let v = self.call("GET", &self.at("/screenshot"), None);
        let png = base64_decode(v.as_str().expect("a screenshot"));
        assert!(png.starts_with(b"\x89PNG"), "a PNG");
        if let Some(dir) = std::env::var_os("CODI_PHONE_SHOTS") {
            std::fs::create_dir_all(&dir).unwrap();
            let (w, h) = self.size;
            let file = format!("{name}-{w}x{h}.png");
            std::fs::write(Path::new(&dir).join(file), png).unwrap();
        }
    }
}

/// Debian's browser binary.
pub fn chromium() -> &'static str {
    ["/usr/bin/chromium", "/usr/lib/chromium/chromium"]
        .into_iter()
        .find(|p| Path::new(p).exists())
        .unwrap_or("chromium")
}

/// Try `done` every 100 ms for at most `limit`.
pub fn poll(limit: Duration, mut done: impl FnMut() -> bool) -> bool {
    let start = Instant::now();
    while start.elapsed() < limit {
        if done() {
            return true;
        }
        std::thread::sleep(Duration::from_millis(100));
    }
    false
}

pub fn wait_for(what: &str, limit: Duration, done: impl FnMut() -> bool) {
    assert!(poll(limit, done), "gave up waiting for {what}");
}

pub fn base64_decode(text: &str) -> Vec<u8> {
    let value = |c: u8| match c {
        b'A'..=b'Z' => Some(c - b'A'),
        b'a'..=b'z' => Some(c - b'a' + 26),
        b'0'..=b'9' => Some(c - b'0' + 52),
        b'+' => Some(62),
        b'/' => Some(63),
        _ => None,
    };
    let digits: Vec<u8> = text.bytes().filter_map(value).collect();
    digits
        .chunks(4)
        .flat_map(|c| {
            let n = c
                .iter()
                .enumerate()
                .fold(0u32, |n, (k, d)| n | u32::from(*d) << (18 - 6 * k));
            let bytes = n.to_be_bytes();
            bytes[1..c.len()].to_vec()
        })
        .collect()
}

impl Driver {
    /// The text of the first element that `css` matches now ("" when none): read in
    /// the page, so that a redraw between finding and reading cannot fail it.
    pub fn text_of(&self, css: &str) -> String {
        let script = format!(
            "var e = document.querySelector({}); return e ? e.innerText : ''",
            serde_json::to_string(css).unwrap_or_default()
        );
        self.run(&script).as_str().unwrap_or_default().to_owned()
    }

    /// Run `script` (which calls its last argument with the result) and wait for it.
    pub fn run_async(&self, script: &str) -> Value {
        let body = json!({"script": script, "args": []});
        self.call("POST", &self.at("/execute/async"), Some(body))
    }

    /// Cut this browser off the network (the laptop out of reach), or back on.
    pub fn offline(&self, off: bool) {
        let conditions = json!({"network_conditions": {
            "offline": off, "latency": 0, "download_throughput": -1, "upload_throughput": -1,
        }});
        self.call(
            "POST",
            &self.at("/chromium/network_conditions"),
            Some(conditions),
        );
    }

    /// axe-core's violations on the page as it is now (its rules for WCAG 2.0-2.2 A
    /// and AA, and its best practices), as "rule: nodes" lines; empty when none.
    /// axe-core comes from `scripts/fetch-axe.sh` (target/axe), for the tests only.
    pub fn axe(&self) -> Vec<String> {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../../target/axe/axe.min.js");
        let axe = std::fs::read_to_string(path)
            .expect("axe-core in target/axe: run `bash scripts/fetch-axe.sh` first");
        self.run(&format!("{axe}\n;return typeof axe;"));
        let result = self.run_async(
            "const done = arguments[arguments.length - 1];\
             axe.run(document).then(r => done(r.violations.map(v =>\
               v.id + ': ' + v.nodes.map(n => n.target.join(' ')).join(', '))));",
        );
        result
            .as_array()
            .map(|a| {
                a.iter()
                    .filter_map(|v| v.as_str().map(str::to_owned))
                    .collect()
            })
            .unwrap_or_default()
    }

    /// Assert that axe-core finds nothing wrong; `state` names the page's state.
    pub fn assert_accessible(&self, state: &str) {
        let found = self.axe();
        assert!(found.is_empty(), "axe-core, {state}: {found:#?}");
    }
}
