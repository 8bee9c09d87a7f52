//! Windows builds carry the app's icon and version information in the `.exe`: a resource
//! script written here with the package's version, compiled by mingw's `windres` through
//! `embed-resource`. Other targets need nothing.

use std::path::PathBuf;

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rerun-if-changed=assets/windows/codi-workshop.ico");
    if std::env::var("CARGO_CFG_TARGET_OS").as_deref() != Ok("windows") {
        return;
    }
    let version = std::env::var("CARGO_PKG_VERSION").unwrap_or_default();
    let mut parts = version
        .split(['.', '-'])
        .map(|p| p.parse::<u16>().unwrap_or(0));
    let mut next = || parts.next().unwrap_or(0);
    let (major, minor, patch) = (next(), next(), next());
    let dir = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").unwrap_or_default());
    let icon = dir.join("assets/windows/codi-workshop.ico");
    let icon = icon.display().to_string().replace('\\', "/");
    let rc = format!(
        r#"1 ICON "{icon}"
1 VERSIONINFO
FILEVERSION {major},{minor},{patch},0
PRODUCTVERSION {major},{minor},{patch},0
FILEOS 0x40004
FILETYPE 0x1
BEGIN
  BLOCK "StringFileInfo"
  BEGIN
    BLOCK "040904B0"
    BEGIN
      VALUE "CompanyName", "CODI Workshop contributors"
      VALUE "FileDescription", "CODI Workshop"
      VALUE "FileVersion", "{version}"
      VALUE "InternalName", "codi-workshop"
      VALUE "LegalCopyright", "MIT OR Apache-2.0"
      VALUE "OriginalFilename", "codi-workshop.exe"
      VALUE "ProductName", "CODI Workshop"
      VALUE "ProductVersion", "{version}"
    END
  END
  BLOCK "VarFileInfo"
  BEGIN
    VALUE "Translation", 0x409, 1200
  END
END
"#
    );
    let out = PathBuf::from(std::env::var("OUT_DIR").unwrap_or_default()).join("codi-workshop.rc");
    if let Err(e) = std::fs::write(&out, rc) {
        panic!("could not write {}: {e}", out.display());
    }
    if let Err(e) = embed_resource::compile(&out, embed_resource::NONE).manifest_optional() {
        panic!("the Windows resources could not be compiled: {e}");
    }
}
