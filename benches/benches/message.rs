//! Reading whole bounce messages (`smtp_codes::message::read`, feature `message`):
//! - the corpus: the 629 real bounces of `testdata/sisimai/maildir/bsd`, read into memory
//!   first, one `read` per message, and mail-parser's parse alone on the same messages (the
//!   MIME parsing `read` cannot do without);
//! - growing inputs, to show that time is linear: a DSN of 1 KB to 50 MB (its human-readable
//!   part and returned message grow), a DSN with 1 to 10,000 per-recipient field groups, and
//!   a qmail-style plain-text report with 1 to 10,000 `<address>:` blocks.
//!
//! `cargo xtask bench` prints the time per MB and per recipient at each size from these
//! results (BENCHMARKS.md, "Bounce messages").

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use smtp_codes_bench::message::{
    corpus, dsn_of_size, dsn_with_recipients, qmail_with_recipients, MESSAGE_SIZES, RECIPIENTS,
};
use smtp_codes_bench::testdata_dir;
use std::hint::black_box;

fn read_corpus(c: &mut Criterion) {
    let corpus = corpus(&testdata_dir());
    let mut g = c.benchmark_group("message_corpus");
    g.throughput(Throughput::Elements(corpus.len() as u64));
    g.bench_function(BenchmarkId::new("read", corpus.len()), |b| {
        b.iter(|| {
            for (_, m) in &corpus {
                black_box(smtp_codes::message::read(black_box(m)).ok());
            }
        })
    });
    // mail-parser alone, set up as `read` sets it up (the fields a bounce needs, the rest
    // skipped): the part of `read`'s time that is MIME parsing.
    g.bench_function(BenchmarkId::new("mail_parser_parse", corpus.len()), |b| {
        b.iter(|| {
            for (_, m) in &corpus {
                black_box(smtp_codes::message::parse_mime_only(black_box(m)));
            }
        })
    });
    g.finish();
}

fn read_sizes(c: &mut Criterion) {
    let mut g = c.benchmark_group("message_size");
    for &size in MESSAGE_SIZES {
        let input = dsn_of_size(size);
        assert!(smtp_codes::message::read(&input).is_ok_and(|r| r.recipients().len() == 1));
        if size >= 1 << 20 {
            g.sample_size(10);
        }
        g.throughput(Throughput::Bytes(input.len() as u64));
        g.bench_function(BenchmarkId::new("read", size), |b| {
            b.iter(|| black_box(smtp_codes::message::read(black_box(&input)).ok()))
        });
    }
    g.finish();
}

fn read_recipients(c: &mut Criterion) {
    for (group, make) in [
        (
            "message_dsn_recipients",
            dsn_with_recipients as fn(usize) -> Vec<u8>,
        ),
        ("message_qmail_recipients", qmail_with_recipients),
    ] {
        let mut g = c.benchmark_group(group);
        for &n in RECIPIENTS {
            let input = make(n);
            assert!(
                smtp_codes::message::read(&input).is_ok_and(|r| r.recipients().len() == n),
                "{group} {n}"
            );
            if n >= 1000 {
                g.sample_size(10);
            }
            g.throughput(Throughput::Elements(n as u64));
            g.bench_function(BenchmarkId::new("read", n), |b| {
                b.iter(|| black_box(smtp_codes::message::read(black_box(&input)).ok()))
            });
        }
        g.finish();
    }
}

criterion_group!(benches, read_corpus, read_sizes, read_recipients);
criterion_main!(benches);
