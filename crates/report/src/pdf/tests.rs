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
    w.object(c, b"<< /Type /Catalog >>");
    let missing = w.reserve();
    let info = w.reserve();
    w.object(info, b"<< /Title (t) >>");
    assert_eq!((a, b), (1, 2));
    let bytes = w.finish(c, info);
    let text = String::from_utf8_lossy(&bytes);
    let xref = text.rfind("xref\n").unwrap();
    let entries: Vec<&str> = text[xref..].lines().skip(3).take(5).collect();
    for (i, e) in entries.iter().enumerate() {
        let at: usize = e[..10].parse().unwrap();
        assert!(text[at..].starts_with(&format!("{} 0 obj", i + 1)), "{e}");
        assert_eq!(e.len() + 1, 20, "an entry is 20 bytes with its end of line");
    }
    assert!(text.contains(&format!("{missing} 0 obj\nnull")));
    assert!(
        text.contains("/Filter /FlateDecode"),
        "the long stream is compressed"
    );
    assert!(
        text.contains("<< /Length 6  >>\nstream\nBT ET\n"),
        "the short one is not"
    );
}

#[test]
fn text_strings_are_utf16_with_a_byte_order_mark() {
    assert_eq!(text_string("Aক"), "<FEFF00410995>");
}
