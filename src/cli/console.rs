//! Windows: the app is a window program (no console opens from the Start menu or a
//! double-click), so a command typed in cmd or PowerShell attaches to the console it was
//! typed in to print there. Where output is redirected to a file or a pipe, that is used.

use std::ffi::c_void;

const ATTACH_PARENT_PROCESS: u32 = u32::MAX;
const STD_OUTPUT_HANDLE: u32 = -11i32 as u32;

#[link(name = "kernel32")]
unsafe extern "system" {
    fn AttachConsole(process_id: u32) -> i32;
    fn GetStdHandle(which: u32) -> *mut c_void;
}

/// Print to the console the app was started from, if any and if output goes nowhere.
pub fn attach_parent_console() {
    // SAFETY: both calls take plain integers and touch no memory of ours; a failure
    // (no parent console, as from the Start menu) leaves everything as it was.
    unsafe {
        if GetStdHandle(STD_OUTPUT_HANDLE).is_null() {
            AttachConsole(ATTACH_PARENT_PROCESS);
        }
    }
}
