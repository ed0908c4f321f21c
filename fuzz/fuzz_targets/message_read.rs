//! Reading a whole message never panics, and what it gives keeps the reader's promises:
//! at most MAX_RECIPIENTS recipients, at most 4 KiB of text each, a suppressed recipient is a
//! hard bounce or a complaint, a recipient with no failure is no bounce, not retried and not
//! suppressed, and the errors say what they mean.
#![no_main]
use libfuzzer_sys::fuzz_target;
use smtp_codes::explain::Reason;
use smtp_codes::message::{read, MessageError, MessageKind, MAX_RECIPIENTS};
use smtp_codes::Bounce;

fuzz_target!(|data: &[u8]| {
    match read(data) {
        Ok(report) => {
            assert!(report.recipients().len() <= MAX_RECIPIENTS);
            if report.kind() == MessageKind::NotBounce {
                assert!(report.recipients().is_empty());
            }
            for r in report.recipients() {
                let v = r.verdict();
                if v.suppress() {
                    assert!(v.bounce() == Some(Bounce::Hard) || v.reason() == Reason::Complaint);
                }
                if v.reason() == Reason::None {
                    assert!(!v.suppress() && !v.retry() && v.bounce().is_none());
                }
                assert!(r.server_text().map_or(0, str::len) <= 4096);
                let _ = (r.recipient(), v.evidence().len(), v.sisimai_reason());
            }
        }
        Err(MessageError::Empty) => assert!(data.iter().all(u8::is_ascii_whitespace)),
        Err(MessageError::TooLarge { limit }) => assert!(data.len() > limit),
        Err(e) => {
            let _ = e.to_string();
        }
    }
});
