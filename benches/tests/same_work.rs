//! The parse benchmark is fair only if every parser accepts every reply of the corpus and
//! reads the same code: checked here.

use smtp_codes_bench::{replies, testdata_dir};
use std::str::FromStr;

#[test]
fn every_parser_reads_every_reply_with_the_same_code() {
    let corpus = replies(&testdata_dir());
    assert!(corpus.len() > 400, "{}", corpus.len());
    for r in &corpus {
        let (ours, used) = smtp_codes::Reply::parse(r.as_bytes()).unwrap();
        assert_eq!(used, r.len());
        let lettre = lettre::transport::smtp::response::Response::from_str(r)
            .unwrap_or_else(|e| panic!("lettre refused {r:?}: {e}"));
        assert_eq!(u16::from(lettre.code()), ours.code().as_u16(), "{r:?}");
        let proto = smtp_proto::response::parser::ResponseReceiver::default()
            .parse(&mut r.as_bytes().iter())
            .unwrap_or_else(|e| panic!("smtp-proto refused {r:?}: {e:?}"));
        assert_eq!(proto.code, ours.code().as_u16(), "{r:?}");
    }
}
