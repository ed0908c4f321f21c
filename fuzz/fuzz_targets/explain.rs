//! Explain never panics, and its answers hang together.
#![no_main]
use libfuzzer_sys::fuzz_target;
use smtp_codes::explain::{explain, Reason};
use smtp_codes::Bounce;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    if let Ok(e) = explain(&text) {
        if e.suppress() {
            assert_eq!(e.bounce(), Some(Bounce::Hard));
        }
        if e.reason() == Reason::None {
            assert!(!e.retry() && !e.suppress());
        }
        let _ = e.evidence().to_string();
    }
});
