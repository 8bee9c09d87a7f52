//! The PDF file itself, written with `pdf-writer` while the document is laid out. A
//! finished page's content goes to a second thread that compresses it and appends it to
//! the file, so memory holds the compressed file so far plus the page being drawn, never
//! every page's drawing at once. Fonts, pages, the structure tree, outline and metadata
//! follow at the end, then the cross-reference table. Everything depends only on the
//! input, so equal input gives equal bytes.

pub(crate) mod archive;
pub(crate) mod content;
pub(crate) mod font;
pub(crate) mod tags;

use std::borrow::Cow;
use std::io::Write as _;
use std::sync::mpsc::{SyncSender, sync_channel};
use std::thread::JoinHandle;

use pdf_writer::{Chunk, Filter, Pdf, Ref, Settings};

/// Objects written without indentation: the structure tree alone has thousands.
const COMPACT: Settings = Settings { pretty: false };

/// The file being written and the next free object id.
pub(crate) struct Writer {
    pub pdf: Pdf,
    next_id: i32,
}

impl Writer {
    pub fn new() -> Self {
        let mut pdf = Pdf::with_settings(COMPACT);
        // The binary comment marks the file as binary for transfer tools.
        pdf.set_binary_marker(b"\xE2\xE3\xCF\xD3");
        Self { pdf, next_id: 1 }
    }

    /// A new object id, to be written later. Ids only grow, so none is written twice
    /// (which `pdf-writer` would refuse).
    pub fn reserve(&mut self) -> Ref {
        let id = Ref::new(self.next_id);
        self.next_id += 1;
        id
    }

    /// A stream object, deflated when `compress` and it gets smaller.
    pub fn stream(&mut self, id: Ref, data: &[u8], compress: bool) {
        stream_into(&mut self.pdf, id, data, compress);
    }

    /// The cross-reference table and trailer; the file's bytes. The file id is a hash of
    /// everything before it, so equal documents get equal ids.
    pub fn finish(mut self) -> Vec<u8> {
        let body = self.pdf.as_bytes();
        let mut id = Vec::with_capacity(16);
        id.extend_from_slice(&fnv1a(body, 0).to_be_bytes());
        id.extend_from_slice(&fnv1a(body, 0x9E37_79B9).to_be_bytes());
        self.pdf.set_file_id((id.clone(), id));
        self.pdf.finish()
    }
}

/// `data` as written: deflated when that saves more than the filter entry costs.
pub(crate) fn pack(data: &[u8], compress: bool) -> (Cow<'_, [u8]>, bool) {
    match compress.then(|| deflate(data)).flatten() {
        Some(p) if p.len() + 19 < data.len() => (Cow::Owned(p), true),
        _ => (Cow::Borrowed(data), false),
    }
}

fn stream_into(chunk: &mut Chunk, id: Ref, data: &[u8], compress: bool) {
    let (bytes, deflated) = pack(data, compress);
    let mut s = chunk.stream(id, &bytes);
    if deflated {
        s.filter(Filter::FlateDecode);
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

/// The compressing thread and the way to it: (object id, raw stream) in, the writer
/// back when the channel closes.
type Worker = (SyncSender<(Ref, Vec<u8>)>, JoinHandle<Writer>);

/// Where finished content streams go: a thread that compresses and writes them in the
/// order sent, or a chunk written here when no thread could be started.
pub(crate) struct Sink {
    next_id: i32,
    worker: Option<Worker>,
    inline: Option<Chunk>,
}

/// Pages in flight between layout and compression: enough to keep both threads busy,
/// few enough to bound memory.
const IN_FLIGHT: usize = 16;

impl Sink {
    pub fn new() -> Self {
        let (tx, rx) = sync_channel::<(Ref, Vec<u8>)>(IN_FLIGHT);
        let spawned = std::thread::Builder::new()
            .name("pdf-writer".into())
            .spawn(move || {
                let mut w = Writer::new();
                for (id, data) in rx {
                    w.stream(id, &data, true);
                }
                w
            });
        Self {
            next_id: 1,
            worker: spawned.ok().map(|handle| (tx, handle)),
            inline: None,
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
    pub fn content(&mut self, data: Vec<u8>) -> Ref {
        let id = Ref::new(self.next_id);
        self.next_id += 1;
        let sent = match &self.worker {
            Some((tx, _)) => tx.send((id, data)).map_err(|e| e.0.1),
            None => Err(data),
        };
        if let Err(data) = sent {
            // No thread (or it has ended): write here instead.
            let chunk = self
                .inline
                .get_or_insert_with(|| Chunk::with_settings(COMPACT));
            stream_into(chunk, id, &data, true);
        }
        id
    }

    /// Every stream sent, written; the writer to finish the file with.
    pub fn into_writer(self) -> Result<Writer, String> {
        let mut w = match self.worker {
            Some((tx, handle)) => {
                drop(tx);
                handle
                    .join()
                    .map_err(|_| "the PDF writer thread failed".to_owned())?
            }
            None => Writer::new(),
        };
        if let Some(inline) = self.inline {
            w.pdf.extend(&inline);
        }
        w.next_id = w.next_id.max(self.next_id);
        Ok(w)
    }
}

#[cfg(test)]
mod tests;
