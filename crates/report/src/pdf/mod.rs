//! The PDF file itself, written while the document is laid out. A finished page's
//! content goes to a second thread that compresses it and appends it to the file, so
//! memory holds the compressed file so far plus the page being drawn, never every
//! page's drawing at once. Fonts, pages, outline and metadata follow at the end, then
//! the cross-reference table. Everything depends only on the input, so equal input
//! gives equal bytes.

pub(crate) mod content;
pub(crate) mod font;

use std::io::Write as _;
use std::sync::mpsc::{SyncSender, sync_channel};
use std::thread::JoinHandle;

/// Objects written so far and where each starts.
pub(crate) struct Writer {
    out: Vec<u8>,
    /// Offset of each object by id; index 0 is the free-list head.
    offsets: Vec<Option<usize>>,
    next_id: u32,
}

impl Writer {
    pub fn new() -> Self {
        Self {
            // The binary comment marks the file as binary for transfer tools.
            out: b"%PDF-1.7\n%\xE2\xE3\xCF\xD3\n".to_vec(),
            offsets: vec![None],
            next_id: 1,
        }
    }

    /// A new object id, to be written later.
    pub fn reserve(&mut self) -> u32 {
        let id = self.next_id;
        self.next_id += 1;
        id
    }

    fn start(&mut self, id: u32) {
        let i = id as usize;
        if self.offsets.len() <= i {
            self.offsets.resize(i + 1, None);
        }
        self.offsets[i] = Some(self.out.len());
        // Writing to a Vec cannot fail.
        let _ = writeln!(self.out, "{id} 0 obj");
    }

    pub fn object(&mut self, id: u32, body: &[u8]) {
        self.start(id);
        self.out.extend_from_slice(body);
        self.out.extend_from_slice(b"\nendobj\n");
    }

    /// A stream object; deflated when `compress` and it gets smaller. `dict` holds
    /// entries besides `/Length` and `/Filter`.
    pub fn stream(&mut self, id: u32, dict: &str, data: &[u8], compress: bool) {
        let packed = compress.then(|| deflate(data)).flatten();
        let (bytes, filter) = match &packed {
            Some(p) if p.len() + 19 < data.len() => (p.as_slice(), " /Filter /FlateDecode"),
            _ => (data, ""),
        };
        self.start(id);
        let _ = write!(
            self.out,
            "<< /Length {}{filter} {dict} >>\nstream\n",
            bytes.len()
        );
        self.out.extend_from_slice(bytes);
        self.out.extend_from_slice(b"\nendstream\nendobj\n");
    }

    /// The cross-reference table and trailer; the file's bytes. Ids reserved but never
    /// written become `null` objects, so every reference resolves.
    pub fn finish(mut self, root: u32, info: u32) -> Vec<u8> {
        for id in 1..self.next_id {
            if self.offsets.get(id as usize).copied().flatten().is_none() {
                self.object(id, b"null");
            }
        }
        let body_hash = (fnv1a(&self.out, 0), fnv1a(&self.out, 0x9E37_79B9));
        let xref = self.out.len();
        let n = self.next_id;
        let _ = write!(self.out, "xref\n0 {n}\n0000000000 65535 f \n");
        for id in 1..n as usize {
            let at = self.offsets.get(id).copied().flatten().unwrap_or(0);
            let _ = writeln!(self.out, "{at:010} 00000 n ");
        }
        let id = format!("{:016X}{:016X}", body_hash.0, body_hash.1);
        let _ = write!(
            self.out,
            "trailer\n<< /Size {n} /Root {root} 0 R /Info {info} 0 R /ID [<{id}> <{id}>] >>\n\
             startxref\n{xref}\n%%EOF\n"
        );
        self.out
    }
}

/// zlib at the default level; `None` if the encoder fails.
fn deflate(data: &[u8]) -> Option<Vec<u8>> {
    let mut enc = flate2::write::ZlibEncoder::new(
        Vec::with_capacity(data.len() / 3),
        flate2::Compression::default(),
    );
    enc.write_all(data).ok()?;
    enc.finish().ok()
}

/// 64-bit FNV-1a, for a document id that depends on the content alone.
pub(crate) fn fnv1a(bytes: &[u8], seed: u64) -> u64 {
    let mut h = 0xcbf2_9ce4_8422_2325_u64 ^ seed;
    for &b in bytes {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    h
}

/// A PDF text string: UTF-16BE with a byte-order mark, as hex.
pub(crate) fn text_string(s: &str) -> String {
    let mut out = b"<FEFF".to_vec();
    for u in s.encode_utf16() {
        content::hex4(&mut out, u);
    }
    out.push(b'>');
    String::from_utf8_lossy(&out).into_owned()
}

/// The compressing thread and the way to it: (object id, raw stream) in, the writer
/// back when the channel closes.
type Worker = (SyncSender<(u32, Vec<u8>)>, JoinHandle<Writer>);

/// Where finished content streams go: a thread that compresses and writes them in the
/// order sent, or the writer itself when no thread could be started.
pub(crate) struct Sink {
    next_id: u32,
    worker: Option<Worker>,
    inline: Option<Writer>,
}

/// Pages in flight between layout and compression: enough to keep both threads busy,
/// few enough to bound memory.
const IN_FLIGHT: usize = 16;

impl Sink {
    pub fn new() -> Self {
        let writer = Writer::new();
        let next_id = 1;
        let (tx, rx) = sync_channel::<(u32, Vec<u8>)>(IN_FLIGHT);
        let spawned = std::thread::Builder::new()
            .name("pdf-writer".into())
            .spawn(move || {
                let mut w = writer;
                for (id, data) in rx {
                    w.stream(id, "", &data, true);
                }
                w
            });
        match spawned {
            Ok(handle) => Self {
                next_id,
                worker: Some((tx, handle)),
                inline: None,
            },
            Err(_) => Self {
                next_id,
                worker: None,
                inline: Some(Writer::new()),
            },
        }
    }

    /// A sink that writes in place, for a document already finished.
    pub fn idle() -> Self {
        Self {
            next_id: 1,
            worker: None,
            inline: None,
        }
    }

    /// Send a content stream; returns its object id.
    pub fn content(&mut self, data: Vec<u8>) -> u32 {
        let id = self.next_id;
        self.next_id += 1;
        let sent = match &self.worker {
            Some((tx, _)) => tx.send((id, data)).map_err(|e| e.0.1),
            None => Err(data),
        };
        if let Err(data) = sent {
            // No thread (or it has ended): write here instead.
            self.inline
                .get_or_insert_with(Writer::new)
                .stream(id, "", &data, true);
        }
        id
    }

    /// Every stream sent, written; the writer to finish the file with.
    pub fn into_writer(self) -> Result<Writer, String> {
        let mut w = match (self.worker, self.inline) {
            (Some((tx, handle)), inline) => {
                drop(tx);
                let mut w = handle
                    .join()
                    .map_err(|_| "the PDF writer thread failed".to_owned())?;
                if let Some(inline) = inline {
                    w.append(inline);
                }
                w
            }
            (None, inline) => inline.unwrap_or_else(Writer::new),
        };
        w.next_id = w.next_id.max(self.next_id);
        Ok(w)
    }
}

impl Writer {
    /// Objects another writer holds, moved to the end of this one.
    fn append(&mut self, other: Writer) {
        let header = Writer::new().out.len();
        let base = self.out.len() - header;
        for (id, at) in other.offsets.iter().enumerate() {
            if let Some(at) = at {
                if self.offsets.len() <= id {
                    self.offsets.resize(id + 1, None);
                }
                self.offsets[id] = Some(at + base);
            }
        }
        self.out.extend_from_slice(&other.out[header..]);
    }
}

#[cfg(test)]
mod tests;
