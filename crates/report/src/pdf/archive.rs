//! What makes the file an archival, identifiable record: the XMP metadata (in step with
//! the document information dictionary, claiming PDF/A-2b and PDF/UA-1) and the sRGB
//! output intent every colour on the page is meant in.

use pdf_writer::{Date, Ref, TextStr};
use xmp_writer::{DateTime, LangId, Timezone, XmpWriter};

use super::Writer;
use crate::layout::DocMeta;

/// The sRGB profile (Compact ICC Profiles, CC0; see `assets/color/README.md`).
const SRGB: &[u8] = include_bytes!("../../../../assets/color/sRGB-v2-magic.icc");

/// Ids the catalog points at.
pub(crate) struct Archive {
    pub metadata: Ref,
    pub profile: Ref,
}

/// The document language as a tag: the pseudo-language used to find untranslated
/// text is English underneath.
pub(crate) fn lang(code: &str) -> String {
    match code {
        "en-XA" => "en".to_owned(),
        c => c.to_owned(),
    }
}

/// Writes the information dictionary, the XMP stream and the ICC profile.
pub(crate) fn write(w: &mut Writer, meta: &DocMeta<'_>, lang: &str, pages: usize) -> Archive {
    let d = meta.generated;
    let (y, m, day) = (
        u16::try_from(d.year()).unwrap_or(2000),
        d.month().unsigned_abs(),
        d.day().unsigned_abs(),
    );
    let creator = "CODI Workshop";
    let producer = format!("CODI Workshop {}", env!("CARGO_PKG_VERSION"));
    // Midnight UTC, so the same date gives the same bytes.
    let date = Date::new(y)
        .month(m)
        .day(day)
        .hour(0)
        .minute(0)
        .second(0)
        .utc_offset_hour(0)
        .utc_offset_minute(0);
    let info = w.reserve();
    w.pdf
        .document_info(info)
        .title(TextStr(meta.title))
        .subject(TextStr(meta.subject))
        .creator(TextStr(creator))
        .producer(TextStr(&producer))
        .creation_date(date)
        .modified_date(date);

    let when = DateTime {
        year: y,
        month: Some(m),
        day: Some(day),
        hour: Some(0),
        minute: Some(0),
        second: Some(0),
        timezone: Some(Timezone::Utc),
    };
    let mut x = XmpWriter::new();
    x.title([(None, meta.title)])
        .description([(None, meta.subject)])
        .language([LangId(lang)])
        .format("application/pdf")
        .creator_tool(creator)
        .producer(&producer)
        .create_date(when)
        .modify_date(when)
        .metadata_date(when)
        .num_pages(pages as u32)
        .pdfa_part(2)
        .pdfa_conformance("B")
        .pdfua_part(1);
    let mut schemas = x.extension_schemas();
    schemas.pdfua_id().properties().describe_part();
    drop(schemas);
    let xmp = x.finish(None);
    let metadata = w.reserve();
    // PDF/A wants the metadata readable without a filter.
    w.pdf.metadata(metadata, xmp.as_bytes());

    let profile = w.reserve();
    let (bytes, deflated) = super::pack(SRGB, true);
    let mut icc = w.pdf.icc_profile(profile, &bytes);
    icc.n(3);
    if deflated {
        icc.filter(pdf_writer::Filter::FlateDecode);
    }
    drop(icc);
    Archive { metadata, profile }
}
