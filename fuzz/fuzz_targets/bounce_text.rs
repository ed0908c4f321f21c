//! Bounce text: finding a reply and parsing a Diagnostic-Code field never panic, and what is
//! found lies inside the text.
#![no_main]
use libfuzzer_sys::fuzz_target;
use smtp_codes::bounce::{find_reply, DiagnosticCode};

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    if let Some(found) = find_reply(&text) {
        assert!(found.offset() < text.len());
        assert!(found.code().is_some() || found.enhanced().is_some());
    }
    if let Some(field) = DiagnosticCode::parse(&text) {
        let _ = field.reply();
        assert!(!field.diagnostic_type().is_empty());
    }
});
