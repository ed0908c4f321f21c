//! The sample emails the expectations describe are in the repository, as real messages.

use std::collections::BTreeSet;
use std::fs;

#[test]
fn every_expected_row_names_a_sample_email_in_the_repository() {
    let dir = smtp_codes_eval::testdata_dir().join("sisimai");
    let tsv = fs::read_to_string(dir.join("sisimai_expected.tsv")).unwrap();
    let files: BTreeSet<&str> = tsv
        .lines()
        .skip(1)
        .filter_map(|l| l.split('\t').next())
        .collect();
    assert!(files.len() >= 600, "{} sample files", files.len());
    for file in files {
        let bytes = fs::read(dir.join(file)).unwrap_or_else(|e| panic!("{file}: {e}"));
        // A message: header fields, then a blank line, then a body.
        let text = String::from_utf8_lossy(&bytes);
        assert!(
            text.contains("\n\n") || text.contains("\r\n\r\n"),
            "{file} is not a message"
        );
        assert!(
            text.lines().take(60).any(|l| l.contains(':')),
            "{file} has no header field"
        );
    }
}
