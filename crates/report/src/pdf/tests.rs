use super::*;

/// Objects sent to the writer thread and written after it keep their ids and offsets:
/// the cross-reference table points at each `N 0 obj`.
#[test]
fn the_cross_reference_table_points_at_every_object() {
    let mut sink = Sink::new();
    let a = sink.content(b"0 0 10 10 re\nf\n".repeat(50));
    let b = sink.content(b"BT ET\n".to_vec());
    let mut w = sink.into_writer().unwrap();
    let c = w.reserve();
    w.pdf.catalog(c);
    let _missing = w.reserve();
    let info = w.reserve();
    w.pdf.document_info(info).title(pdf_writer::TextStr("t"));
    assert_eq!((a, b), (Ref::new(1), Ref::new(2)));
    let bytes = w.finish();
    let text = String::from_utf8_lossy(&bytes);
    let xref = text.rfind("\nxref\n").unwrap() + 1;
    // "xref", "0 6", then one 20-byte entry per object (the table is ASCII).
    let table = &text[xref..];
    let start = table.match_indices('\n').nth(1).unwrap().0 + 1;
    for i in 0..6 {
        let e = &table[start + 20 * i..start + 20 * (i + 1)];
        assert!(e.ends_with("\r\n") || e.ends_with(" \n"), "{e:?}");
        if e.contains(" f") {
            continue;
        }
        let at: usize = e[..10].parse().unwrap();
        let obj = format!("{i} 0 obj");
        assert!(bytes[at..].starts_with(obj.as_bytes()), "{e}");
    }
    assert!(
        text.contains("/Filter/FlateDecode"),
        "the long stream is compressed"
    );
    assert!(text.contains("stream\nBT ET\n"), "the short one is not");
    let doc = lopdf::Document::load_mem(&bytes).expect("lopdf reads it");
    assert!(doc.trailer.get(b"ID").is_ok(), "the file has an id");
}

#[test]
fn equal_input_gives_equal_bytes() {
    let make = || {
        let mut sink = Sink::new();
        sink.content(b"0 0 10 10 re\nf\n".repeat(20));
        let mut w = sink.into_writer().unwrap();
        let c = w.reserve();
        w.pdf.catalog(c);
        w.finish()
    };
    assert_eq!(make(), make());
}
