//! Reading the whole sample emails, agreement with sisimai's expectations may rise but never
//! fall below what was reached (`cargo xtask eval --messages` prints the figures, sisimai's own
//! beside them, and every disagreement).

use smtp_codes_eval::messages::{expected, ours, Score};
use smtp_codes_eval::testdata_dir;

/// Reached on 2026-12-01: found 661/666, sisimai_reason 600/666, sisimai_hardbounce 648/666.
const FOUND_FLOOR: f64 = 99.0;
const REASON_FLOOR: f64 = 90.0;
const HARDBOUNCE_FLOOR: f64 = 97.2;

#[test]
fn agreement_on_whole_messages_does_not_regress() {
    let testdata = testdata_dir();
    let rows = expected(&testdata).unwrap();
    assert_eq!(rows.len(), 666, "expected recipients");
    let ours = ours(&testdata, &rows);
    assert_eq!(ours.files, 627, "sample emails read");
    let s = Score::of(&rows, &ours.said);
    let (found, reason, hard) = (
        s.percent(s.found),
        s.percent(s.reason),
        s.percent(s.hardbounce),
    );
    assert!(found >= FOUND_FLOOR, "recipients found fell to {found:.1}%");
    assert!(
        reason >= REASON_FLOOR,
        "sisimai_reason agreement fell to {reason:.1}%"
    );
    assert!(
        hard >= HARDBOUNCE_FLOOR,
        "sisimai_hardbounce agreement fell to {hard:.1}%"
    );
}

#[test]
fn the_renamed_reasons_count_as_equal() {
    use smtp_codes_eval::messages::same_reason;
    assert!(same_reason("toomanyconn", "ratelimited") && same_reason("speeding", "toomanyconn"));
    assert!(same_reason("mesgtoobig", "emailtoolarge") && same_reason("exceedlimit", "mesgtoobig"));
    assert!(!same_reason("userunknown", "filtered"));
}
