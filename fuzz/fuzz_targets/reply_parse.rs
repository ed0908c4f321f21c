//! Reply parsing, one-shot and resumable, strict and lenient: never panics, and the
//! resumable parser agrees with the one-shot one however the bytes are split.
#![no_main]
use libfuzzer_sys::fuzz_target;
use smtp_codes::{ParseOptions, Reply, ReplyParser};

fuzz_target!(|data: &[u8]| {
    let split = data.first().map_or(0, |&b| b as usize) % (data.len() + 1);
    for options in [ParseOptions::strict(), ParseOptions::lenient()] {
        let whole: Vec<Vec<u8>> = Reply::parse_all(data, options)
            .map_while(Result::ok)
            .map(|r| {
                assert!(r.line_count() >= 1);
                let _ = r.text();
                r.as_bytes().to_vec()
            })
            .collect();
        // Fed in two pieces, up to the first error, the parser yields the same replies.
        let mut parser = ReplyParser::new(options);
        let mut fed = Vec::new();
        'feeding: for chunk in [&data[..split], &data[split..]] {
            parser.feed(chunk);
            while let Some(result) = parser.next_reply() {
                match result {
                    Ok(r) => fed.push(r.as_bytes().to_vec()),
                    Err(_) => break 'feeding,
                }
            }
        }
        assert_eq!(fed, whole[..fed.len()], "{fed:?} vs {whole:?}");
        assert!(whole.len() - fed.len() <= 1, "{fed:?} vs {whole:?}");
    }
});
