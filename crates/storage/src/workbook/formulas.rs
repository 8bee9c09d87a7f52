//! A formula with no computed value in an `.xlsx` sheet. Programs that write workbooks
//! without a spreadsheet engine (openpyxl and the like) store `=2+1` with no cached
//! result; read as it is, such a cell would be an empty score, and an import into an
//! existing workspace would clear agreed answers. The sheet's XML is streamed (the
//! archive was checked for size first) and the first such cell is named.

use std::io::{BufReader, Cursor, Read};

use quick_xml::events::Event;

/// The first cell of sheet `sheet` that has a formula but no computed value, such as
/// `E12`; `None` when every formula has its value.
pub fn uncached(bytes: &[u8], sheet: &str) -> Result<Option<String>, String> {
    let mut zip = zip::ZipArchive::new(Cursor::new(bytes)).map_err(|e| e.to_string())?;
    let Some(part) = sheet_part(&mut zip, sheet)? else {
        return Ok(None);
    };
    let Ok(entry) = zip.by_name(&part) else {
        return Ok(None);
    };
    let mut reader = quick_xml::Reader::from_reader(BufReader::new(entry));
    let mut buf = Vec::new();
    let (mut cell, mut formula, mut value, mut in_value) = (String::new(), false, false, false);
    loop {
        match reader.read_event_into(&mut buf) {
            Ok(Event::Eof) => return Ok(None),
            Err(e) => return Err(format!("the sheet's XML is damaged: {e}")),
            Ok(Event::Start(e)) => match e.local_name().into_inner() {
                "c" => {
                    cell = attr(&e, "r");
                    (formula, value) = (false, false);
                }
                "f" => formula = true,
                "v" | "t" => in_value = true,
                _ => {}
            },
            Ok(Event::Empty(e)) if e.local_name().into_inner() == "f" => formula = true,
            Ok(Event::Text(t)) if in_value && !t.is_empty() => value = true,
            Ok(Event::End(e)) => match e.local_name().into_inner() {
                "v" | "t" => in_value = false,
                "c" if formula && !value => return Ok(Some(cell)),
                _ => {}
            },
            _ => {}
        }
        buf.clear();
    }
}

/// The archive path of the sheet named `sheet`, from `xl/workbook.xml` and its
/// relationships.
fn sheet_part(
    zip: &mut zip::ZipArchive<Cursor<&[u8]>>,
    sheet: &str,
) -> Result<Option<String>, String> {
    let workbook = read_part(zip, "xl/workbook.xml")?;
    let rels = read_part(zip, "xl/_rels/workbook.xml.rels")?;
    let rid = elements(&workbook, "sheet")
        .into_iter()
        .find(|a| a.iter().any(|(k, v)| k == "name" && v == sheet))
        .and_then(|a| {
            a.into_iter()
                .find(|(k, _)| k.ends_with(":id") || k == "id")
                .map(|(_, v)| v)
        });
    let Some(rid) = rid else { return Ok(None) };
    let target = elements(&rels, "Relationship")
        .into_iter()
        .find(|a| a.iter().any(|(k, v)| k == "Id" && *v == rid))
        .and_then(|a| a.into_iter().find(|(k, _)| k == "Target").map(|(_, v)| v));
    Ok(target.map(|t| match t.strip_prefix('/') {
        Some(absolute) => absolute.to_owned(),
        None => format!("xl/{t}"),
    }))
}

fn read_part(zip: &mut zip::ZipArchive<Cursor<&[u8]>>, name: &str) -> Result<Vec<u8>, String> {
    let mut out = Vec::new();
    if let Ok(mut entry) = zip.by_name(name) {
        entry
            .read_to_end(&mut out)
            .map_err(|e| format!("part `{name}` of the workbook is damaged: {e}"))?;
    }
    Ok(out)
}

/// Every element named `local` in `xml`, as its attributes (local key, value).
fn elements(xml: &[u8], local: &str) -> Vec<Vec<(String, String)>> {
    let mut reader = quick_xml::Reader::from_reader(xml);
    let mut buf = Vec::new();
    let mut out = Vec::new();
    loop {
        match reader.read_event_into(&mut buf) {
            Ok(Event::Eof) | Err(_) => return out,
            Ok(Event::Start(e)) | Ok(Event::Empty(e)) if e.local_name().into_inner() == local => {
                out.push(
                    e.attributes()
                        .flatten()
                        .map(|a| (a.key.into_inner().to_owned(), a.value.to_string()))
                        .collect(),
                );
            }
            _ => {}
        }
        buf.clear();
    }
}

fn attr(e: &quick_xml::events::BytesStart<'_>, name: &str) -> String {
    e.attributes()
        .flatten()
        .find(|a| a.key.into_inner() == name)
        .map(|a| a.value.to_string())
        .unwrap_or_default()
}
