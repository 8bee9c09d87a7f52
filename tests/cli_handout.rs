//! `codi-workshop handout`: three one-page handouts in every shipped language and on
//! both papers, each tagged like the reports; the key card lists every key of the key
//! map; the phone sheet's QR code (read from the rendered page with `pdftoppm` and the
//! rqrr decoder) opens exactly the address given.

use std::path::Path;
use std::process::Command;

use codi_workshop::ui::keymap::key_groups;

fn run(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_codi-workshop"))
        .args(args)
        .output()
        .unwrap()
}

fn pdftotext(pdf: &Path) -> String {
    let out = Command::new("pdftotext")
        .arg(pdf)
        .arg("-")
        .output()
        .expect("pdftotext runs (apt install poppler-utils)");
    let t = String::from_utf8_lossy(&out.stdout).into_owned();
    t.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn pages(pdf: &Path) -> usize {
    lopdf::Document::load(pdf).unwrap().get_pages().len()
}

/// The QR code on the first page, as text.
fn qr(pdf: &Path) -> String {
    let out = pdf.with_extension("");
    let ok = Command::new("pdftoppm")
        .args(["-r", "150", "-gray", "-png", "-singlefile"])
        .arg(pdf)
        .arg(&out)
        .status()
        .unwrap();
    assert!(ok.success());
    let bytes = std::fs::read(out.with_extension("png")).unwrap();
    let mut reader = png::Decoder::new(std::io::Cursor::new(bytes))
        .read_info()
        .unwrap();
    let mut buf = vec![0; reader.output_buffer_size().unwrap()];
    let info = reader.next_frame(&mut buf).unwrap();
    let (w, h) = (info.width as usize, info.height as usize);
    let step = info.color_type.samples();
    let mut img = rqrr::PreparedImage::prepare_from_greyscale(w, h, |x, y| buf[(y * w + x) * step]);
    let grids = img.detect_grids();
    assert_eq!(grids.len(), 1, "one QR code");
    grids[0].decode().expect("the code decodes").1
}

/// A few words of `id` in `code`'s catalogue, as pdftotext gives them back.
fn says(text: &str, code: &str, id: &str) {
    let digits = if code == "bn" {
        codi_i18n::Digits::Bangla
    } else {
        codi_i18n::Digits::Latin
    };
    let t = codi_i18n::Catalog::shipped().texts(code, digits);
    let want = t.get(id);
    let start: String = want
        .split_whitespace()
        .take(4)
        .collect::<Vec<_>>()
        .join(" ");
    assert!(
        text.contains(&start),
        "{code}: {id} ({start:?}) not in: {text}"
    );
}

#[test]
fn three_one_page_handouts_in_every_language_and_paper() {
    let d = tempfile::tempdir().unwrap();
    let ws = d.path().join("demo.codi.json");
    assert!(run(&["demo", ws.to_str().unwrap()]).status.success());
    let address = "http://127.0.0.1:8765/j/K7M2Q9";
    for code in ["en", "bn", "es", "fr"] {
        for paper in ["a4", "letter"] {
            let out = d.path().join(format!("{code}-{paper}"));
            let o = run(&[
                "handout",
                ws.to_str().unwrap(),
                "-o",
                out.to_str().unwrap(),
                "--address",
                address,
                "--language",
                code,
                "--paper",
                paper,
                "--fixed-date",
                "2026-12-04",
            ]);
            assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
            assert!(
                o.stderr.is_empty(),
                "no warnings: {}",
                String::from_utf8_lossy(&o.stderr)
            );
            let at = format!("{code} on {paper}");
            for (file, ids) in [
                (
                    "key-card.pdf",
                    &["handout-keys-title", "help-scope-scoring"][..],
                ),
                (
                    "phone-voting.pdf",
                    &[
                        "handout-phone-title",
                        "handout-phone-tap",
                        "handout-phone-private",
                    ][..],
                ),
                (
                    "about-codi.pdf",
                    &["handout-about-title", "handout-about-step-reveal"][..],
                ),
            ] {
                let pdf = out.join(file);
                assert_eq!(pages(&pdf), 1, "{file} in {at} is one page");
                let text = pdftotext(&pdf);
                for id in ids {
                    says(&text, code, id);
                }
            }
            let phone = out.join("phone-voting.pdf");
            assert!(pdftotext(&phone).contains(address), "{at}");
            if paper == "a4" {
                assert_eq!(qr(&phone), address, "{at}: the QR code opens the address");
            }
        }
    }
}

#[test]
fn the_key_card_lists_every_key_and_the_phone_sheet_needs_no_address() {
    let d = tempfile::tempdir().unwrap();
    let ws = d.path().join("demo.codi.json");
    assert!(run(&["demo", ws.to_str().unwrap()]).status.success());
    let out = d.path().join("handouts");
    let o = run(&["handout", ws.to_str().unwrap(), "-o", out.to_str().unwrap()]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let card = pdftotext(&out.join("key-card.pdf"));
    let t = codi_i18n::Catalog::shipped().english();
    let groups = key_groups(&t, 4);
    let mut n = 0;
    for (heading, keys) in &groups {
        assert!(card.contains(heading.as_str()), "{heading}");
        for (_, what) in keys {
            let start: String = what
                .split_whitespace()
                .take(3)
                .collect::<Vec<_>>()
                .join(" ");
            assert!(card.contains(&start), "{what:?} is on the key card");
            n += 1;
        }
    }
    assert!(n > 30, "{n} keys");
    let phone = pdftotext(&out.join("phone-voting.pdf"));
    assert!(
        !phone.contains("http://127"),
        "no address without --address"
    );
    let bad = run(&[
        "handout",
        ws.to_str().unwrap(),
        "-o",
        out.to_str().unwrap(),
        "--language",
        "xx",
    ]);
    assert_eq!(bad.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&bad.stderr).contains("--language xx"));
}
