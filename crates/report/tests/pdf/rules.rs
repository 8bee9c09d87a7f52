//! The PDF/UA and PDF/A rules a test can check without a validator, read with lopdf:
//! the catalog's marks, the metadata, every font embedded, every page's content either
//! an element's (with an MCID the parent tree maps back) or an artifact, and every
//! figure with alternative text.

use lopdf::content::Content;
use lopdf::{Dictionary, Document, Object, ObjectId};

/// What the walk over the structure tree found.
#[derive(Debug, Default)]
pub struct Found {
    /// Element types in reading order.
    pub roles: Vec<String>,
    /// Each figure's /Alt.
    pub alts: Vec<String>,
    pub pages: usize,
    /// Marked-content ids over all pages.
    pub mcids: usize,
    /// Painting operators inside artifacts.
    pub artifact_ops: usize,
}

fn deref<'a>(doc: &'a Document, o: &'a Object) -> &'a Object {
    doc.dereference(o).map(|(_, o)| o).unwrap_or(o)
}

fn dict<'a>(doc: &'a Document, d: &'a Dictionary, key: &[u8]) -> &'a Dictionary {
    let o = d
        .get(key)
        .unwrap_or_else(|_| panic!("{} missing", show(key)));
    deref(doc, o)
        .as_dict()
        .unwrap_or_else(|_| panic!("{} is a dictionary", show(key)))
}

fn show(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

fn name(d: &Dictionary, key: &[u8]) -> String {
    d.get(key)
        .and_then(Object::as_name)
        .map(show)
        .unwrap_or_default()
}

/// A text string (UTF-16 with a byte-order mark, or PDFDocEncoding as Latin-1).
pub fn text_string(o: &Object) -> String {
    let Ok(b) = o.as_str() else {
        return String::new();
    };
    if let Some(rest) = b.strip_prefix(&[0xFE, 0xFF]) {
        let units: Vec<u16> = rest
            .chunks(2)
            .map(|c| u16::from_be_bytes([c[0], *c.get(1).unwrap_or(&0)]))
            .collect();
        String::from_utf16_lossy(&units)
    } else {
        b.iter().map(|&c| c as char).collect()
    }
}

/// Checks every rule below and returns what it saw; panics naming the first broken one.
pub fn check(doc: &Document, lang: &str) -> Found {
    let cat = doc.catalog().expect("a catalog");
    let marked = dict(doc, cat, b"MarkInfo").get(b"Marked").unwrap();
    assert_eq!(marked.as_bool().ok(), Some(true), "MarkInfo /Marked true");
    assert_eq!(text_string(cat.get(b"Lang").unwrap()), lang, "/Lang");
    let prefs = dict(doc, cat, b"ViewerPreferences");
    assert_eq!(
        prefs.get(b"DisplayDocTitle").unwrap().as_bool().ok(),
        Some(true)
    );
    check_metadata(doc, cat);
    check_output_intent(doc, cat);
    check_fonts(doc);
    let mut found = Found::default();
    let root = dict(doc, cat, b"StructTreeRoot");
    let parents = parent_arrays(doc, root);
    check_pages(doc, &parents, &mut found);
    walk(doc, root.get(b"K").unwrap(), &mut found);
    found
}

fn check_metadata(doc: &Document, cat: &Dictionary) {
    let id = cat.get(b"Metadata").unwrap().as_reference().unwrap();
    let s = doc.get_object(id).unwrap().as_stream().unwrap();
    assert!(
        s.dict.get(b"Filter").is_err(),
        "PDF/A: metadata not filtered"
    );
    let xmp = String::from_utf8_lossy(&s.content).into_owned();
    for needle in [
        "<pdfaid:part>2</pdfaid:part>",
        "<pdfaid:conformance>B</pdfaid:conformance>",
        "<pdfuaid:part>1</pdfuaid:part>",
        // PDF/A-2 knows pdfuaid only through its extension schema.
        "<pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>",
        "<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">",
    ] {
        assert!(xmp.contains(needle), "XMP lacks {needle}: {xmp}");
    }
    let info_id = doc.trailer.get(b"Info").unwrap().as_reference().unwrap();
    let info = doc.get_object(info_id).unwrap().as_dict().unwrap();
    let title = text_string(info.get(b"Title").unwrap());
    let plain = xmp
        .replace("&apos;", "'")
        .replace("&quot;", "\"")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&");
    assert!(!title.trim().is_empty(), "a document title");
    assert!(plain.contains(&title), "XMP title = Info title {title:?}");
    let producer = text_string(info.get(b"Producer").unwrap());
    let tag = format!("<pdf:Producer>{producer}</pdf:Producer>");
    assert!(plain.contains(&tag), "{tag} in {xmp}");
    // D:20261204000000Z in the Info dictionary, 2026-12-04T00:00:00Z in the XMP.
    let made = text_string(info.get(b"CreationDate").unwrap());
    let d = made.trim_start_matches("D:");
    let iso = format!(
        "{}-{}-{}T{}:{}:{}",
        &d[0..4],
        &d[4..6],
        &d[6..8],
        &d[8..10],
        &d[10..12],
        &d[12..14]
    );
    for key in ["CreateDate", "ModifyDate"] {
        let tag = format!("<xmp:{key}>{iso}");
        assert!(plain.contains(&tag), "{made}: {tag} in {xmp}");
    }
}

fn check_output_intent(doc: &Document, cat: &Dictionary) {
    let intents = deref(doc, cat.get(b"OutputIntents").unwrap())
        .as_array()
        .unwrap();
    let oi = deref(doc, &intents[0]).as_dict().unwrap();
    assert_eq!(name(oi, b"S"), "GTS_PDFA1");
    let profile = oi
        .get(b"DestOutputProfile")
        .unwrap()
        .as_reference()
        .unwrap();
    let icc = doc.get_object(profile).unwrap().as_stream().unwrap();
    assert_eq!(
        icc.dict.get(b"N").unwrap().as_i64().unwrap(),
        3,
        "RGB profile"
    );
    let bytes = icc
        .decompressed_content()
        .unwrap_or_else(|_| icc.content.clone());
    assert_eq!(&bytes[36..40], b"acsp", "an ICC profile");
}

/// Every font is a Type0 font over an embedded TrueType program.
fn check_fonts(doc: &Document) {
    let mut n = 0;
    for obj in doc.objects.values() {
        let Ok(d) = obj.as_dict() else { continue };
        if name(d, b"Type") != "Font" || name(d, b"Subtype") != "Type0" {
            continue;
        }
        n += 1;
        assert!(d.get(b"ToUnicode").is_ok(), "every font maps to Unicode");
        let kids = deref(doc, d.get(b"DescendantFonts").unwrap())
            .as_array()
            .unwrap();
        let cid = deref(doc, &kids[0]).as_dict().unwrap();
        let desc = dict(doc, cid, b"FontDescriptor");
        assert!(desc.get(b"FontFile2").is_ok(), "every font embedded");
    }
    assert!(n > 0, "fonts found");
}

/// The parent tree: page key -> the element id of each MCID.
fn parent_arrays(doc: &Document, root: &Dictionary) -> Vec<(i64, Vec<ObjectId>)> {
    let tree = dict(doc, root, b"ParentTree");
    let nums = tree.get(b"Nums").unwrap().as_array().unwrap();
    nums.chunks(2)
        .map(|kv| {
            let arr = deref(doc, &kv[1]).as_array().unwrap();
            let ids = arr.iter().map(|o| o.as_reference().unwrap()).collect();
            (kv[0].as_i64().unwrap(), ids)
        })
        .collect()
}

/// Operators that put marks on the page.
const PAINTS: [&str; 14] = [
    "Tj", "TJ", "'", "\"", "f", "F", "f*", "S", "s", "B", "B*", "b", "b*", "Do",
];

/// On every page, each painting operator is inside an MCID's content or an artifact,
/// and the parent tree maps each MCID to an element that lists it.
fn check_pages(doc: &Document, parents: &[(i64, Vec<ObjectId>)], found: &mut Found) {
    for (n, (_, &page_id)) in doc.get_pages().iter().enumerate() {
        let page = doc.get_object(page_id).unwrap().as_dict().unwrap();
        let key = page.get(b"StructParents").unwrap().as_i64().unwrap();
        assert_eq!(name(page, b"Tabs"), "S", "page {n}: tab order by structure");
        let mut mcids = Vec::new();
        for c in doc.get_page_contents(page_id) {
            let s = doc.get_object(c).unwrap().as_stream().unwrap();
            let data = s
                .decompressed_content()
                .unwrap_or_else(|_| s.content.clone());
            let ops = Content::decode(&data).unwrap().operations;
            // Open sequences: Some(mcid), or None for an artifact or a span.
            let mut open: Vec<Option<Option<i64>>> = Vec::new();
            for op in &ops {
                match op.operator.as_str() {
                    "BDC" | "BMC" => {
                        let tag = op.operands[0].as_name().map(show).unwrap_or_default();
                        let mcid = op
                            .operands
                            .get(1)
                            .and_then(|p| p.as_dict().ok()?.get(b"MCID").ok()?.as_i64().ok());
                        if let Some(m) = mcid {
                            mcids.push(m);
                        }
                        let kind = if tag == "Artifact" {
                            Some(None)
                        } else {
                            mcid.map(Some)
                        };
                        open.push(kind);
                    }
                    "EMC" => {
                        assert!(open.pop().is_some(), "page {n}: EMC without BDC");
                    }
                    o if PAINTS.contains(&o) => {
                        let inside = open.iter().rev().find_map(|k| *k);
                        assert!(
                            inside.is_some(),
                            "page {n}: `{o}` is neither content nor artifact"
                        );
                        if inside == Some(None) {
                            found.artifact_ops += 1;
                        }
                    }
                    _ => {}
                }
            }
            assert!(
                open.is_empty(),
                "page {n}: a stream ends inside marked content"
            );
        }
        let expect: Vec<i64> = (0..mcids.len() as i64).collect();
        assert_eq!(mcids, expect, "page {n}: MCIDs count up from 0");
        let arr = &parents
            .iter()
            .find(|(k, _)| *k == key)
            .expect("in the parent tree")
            .1;
        assert_eq!(arr.len(), mcids.len(), "page {n}: one parent per MCID");
        for (mcid, &elem) in arr.iter().enumerate() {
            let e = doc.get_object(elem).unwrap().as_dict().unwrap();
            assert!(
                lists_mcid(doc, e, page_id, mcid as i64),
                "page {n}: MCID {mcid}'s parent does not list it"
            );
        }
        found.mcids += mcids.len();
        found.pages += 1;
    }
}

/// Whether element `e` has marked content `mcid` of `page` among its kids.
fn lists_mcid(doc: &Document, e: &Dictionary, page: ObjectId, mcid: i64) -> bool {
    let own_page = e.get(b"Pg").and_then(Object::as_reference).ok();
    let kids: Vec<&Object> = match e.get(b"K") {
        Ok(Object::Array(a)) => a.iter().collect(),
        Ok(o) => vec![o],
        Err(_) => Vec::new(),
    };
    kids.iter().any(|k| match deref(doc, k) {
        Object::Integer(i) => *i == mcid && own_page == Some(page),
        Object::Dictionary(d) => {
            d.get(b"MCID").and_then(Object::as_i64).ok() == Some(mcid)
                && d.get(b"Pg").and_then(Object::as_reference).ok() == Some(page)
        }
        _ => false,
    })
}

/// Which element types may hold `role` (ISO 32000-1, 14.8.4); `None`: any but those
/// in [`STRICT`].
fn allowed_parents(role: &str) -> Option<&'static [&'static str]> {
    Some(match role {
        "TR" => &["Table", "THead", "TBody", "TFoot"],
        "TH" | "TD" => &["TR"],
        "LI" => &["L"],
        "Lbl" | "LBody" => &["LI"],
        "TOCI" => &["TOC"],
        _ => return None,
    })
}

/// Elements that hold only certain kinds of element.
const STRICT: [&str; 5] = ["Table", "TR", "L", "LI", "TOC"];

fn walk(doc: &Document, k: &Object, found: &mut Found) {
    walk_in(doc, k, "Document", found);
}

fn walk_in(doc: &Document, k: &Object, parent: &str, found: &mut Found) {
    match k {
        Object::Array(items) => items.iter().for_each(|i| walk_in(doc, i, parent, found)),
        Object::Reference(_) => {
            if let Ok(d) = deref(doc, k).as_dict() {
                elem(doc, d, parent, found);
            }
        }
        _ => {}
    }
}

fn elem(doc: &Document, d: &Dictionary, parent: &str, found: &mut Found) {
    if name(d, b"Type") == "MCR" {
        return;
    }
    let role = name(d, b"S");
    match allowed_parents(&role) {
        Some(ok) => assert!(ok.contains(&parent), "{role} inside {parent}"),
        None => assert!(!STRICT.contains(&parent), "{role} inside {parent}"),
    }
    let level = |r: &str| r.strip_prefix('H').and_then(|l| l.parse::<u32>().ok());
    if let Some(n) = level(&role) {
        let last = found.roles.iter().rev().find_map(|r| level(r));
        assert!(
            n <= last.unwrap_or(0) + 1,
            "H{n} after H{last:?}: a level skipped"
        );
    }
    if role == "Figure" {
        let alt = d.get(b"Alt").map(text_string).unwrap_or_default();
        assert!(!alt.trim().is_empty(), "every figure has /Alt");
        found.alts.push(alt);
    }
    if role == "TH" {
        let a = dict(doc, d, b"A");
        assert!(a.get(b"Scope").is_ok(), "a header cell has a scope");
    }
    found.roles.push(role.clone());
    if let Ok(k) = d.get(b"K") {
        walk_in(doc, k, &role, found);
    }
}
