//! A fixed amount of work for `valgrind --tool=callgrind`, whose instruction counts repeat
//! exactly from run to run whatever else the machine does:
//! `cargo build --release -p smtp-codes-bench --example profile` then
//! `valgrind --tool=callgrind target/release/examples/profile parse|explain|message`.

use smtp_codes_bench::{diagnostics, replies, testdata_dir};
use std::hint::black_box;

fn main() {
    let what = std::env::args().nth(1).unwrap_or_else(|| "parse".into());
    let testdata = testdata_dir();
    match what.as_str() {
        "parse" => {
            let corpus = replies(&testdata);
            for _ in 0..100 {
                for r in &corpus {
                    black_box(smtp_codes::Reply::parse(black_box(r.as_bytes())).ok());
                }
            }
        }
        "explain" => {
            let texts = diagnostics(&testdata);
            for _ in 0..100 {
                for t in &texts {
                    black_box(smtp_codes::explain::explain(black_box(t)).ok());
                }
            }
        }
        "message" => {
            let corpus = smtp_codes_bench::message::corpus(&testdata);
            for _ in 0..10 {
                for (_, m) in &corpus {
                    black_box(smtp_codes::message::read(black_box(m)).ok());
                }
            }
        }
        other => {
            eprintln!("profile: unknown workload {other:?}: parse, explain or message");
            std::process::exit(2);
        }
    }
}
