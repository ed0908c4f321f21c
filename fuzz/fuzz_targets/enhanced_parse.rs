//! Enhanced status codes: never panic; whatever parses prints back the same.
#![no_main]
use libfuzzer_sys::fuzz_target;
use smtp_codes::EnhancedStatusCode;

fuzz_target!(|data: &[u8]| {
    if let Ok(code) = EnhancedStatusCode::from_bytes(data) {
        assert_eq!(code.to_string().as_bytes(), data);
        let _ = code.entry();
    }
    if let Ok((code, len)) = EnhancedStatusCode::parse_prefix(data) {
        assert!(len <= data.len());
        assert_eq!(code.to_string().len(), len);
    }
});
