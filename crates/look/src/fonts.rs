//! The fonts built into the binary, once each: the window and the PDFs use the same
//! bytes. Licences are beside the files in `assets/fonts/`.

/// DejaVu Sans (Bitstream Vera licence): Latin and symbols, on screen and in print.
pub static DEJAVU_SANS: &[u8] = include_bytes!("../../../assets/fonts/DejaVuSans.ttf");
/// DejaVu Sans Bold, for the PDFs.
pub static DEJAVU_SANS_BOLD: &[u8] = include_bytes!("../../../assets/fonts/DejaVuSans-Bold.ttf");
/// Noto Sans Bengali (SIL OFL): Bangla, on screen and in print.
pub static NOTO_SANS_BENGALI: &[u8] =
    include_bytes!("../../../assets/fonts/NotoSansBengali-Regular.ttf");
/// Noto Sans Bengali Bold, for the PDFs.
pub static NOTO_SANS_BENGALI_BOLD: &[u8] =
    include_bytes!("../../../assets/fonts/NotoSansBengali-Bold.ttf");
