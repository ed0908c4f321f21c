//! smtp-codes against its peers, measured in the same run:
//! - look-up of a code's text: `http::StatusCode::canonical_reason` is the floor;
//! - reply parsing: lettre's and smtp-proto's response parsers on the same corpus;
//! - enhanced-code parsing; explain over the real bounce diagnostics.

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use smtp_codes::{EnhancedStatusCode, Lang, ReplyCode};
use smtp_codes_bench::{diagnostics, replies, testdata_dir};
use std::hint::black_box;
use std::str::FromStr;

fn lookup(c: &mut Criterion) {
    let ours: Vec<u16> = smtp_codes::catalog::basic_codes()
        .iter()
        .map(|e| e.code().as_u16())
        .collect();
    let http_codes: Vec<u16> = (100..600)
        .filter(|&n| {
            http::StatusCode::from_u16(n)
                .ok()
                .and_then(|s| s.canonical_reason())
                .is_some()
        })
        .collect();
    let mut g = c.benchmark_group("lookup");
    g.throughput(Throughput::Elements(1));
    g.bench_function("smtp_codes text", |b| {
        let mut i = 0;
        b.iter(|| {
            i = (i + 1) % ours.len();
            black_box(
                ReplyCode::from_u16(black_box(ours[i]))
                    .ok()
                    .and_then(ReplyCode::text),
            )
        })
    });
    g.bench_function("smtp_codes description es", |b| {
        let mut i = 0;
        b.iter(|| {
            i = (i + 1) % ours.len();
            black_box(
                ReplyCode::from_u16(black_box(ours[i]))
                    .ok()
                    .and_then(|c| c.description(Lang::Es)),
            )
        })
    });
    g.bench_function("http canonical_reason", |b| {
        let mut i = 0;
        b.iter(|| {
            i = (i + 1) % http_codes.len();
            black_box(
                http::StatusCode::from_u16(black_box(http_codes[i]))
                    .ok()
                    .and_then(|s| s.canonical_reason()),
            )
        })
    });
    g.finish();
}

fn parse(c: &mut Criterion) {
    let corpus = replies(&testdata_dir());
    let bytes: usize = corpus.iter().map(String::len).sum();
    let mut g = c.benchmark_group("parse");
    g.throughput(Throughput::Bytes(bytes as u64));
    g.bench_function(BenchmarkId::new("smtp_codes", corpus.len()), |b| {
        b.iter(|| {
            for r in &corpus {
                black_box(smtp_codes::Reply::parse(black_box(r.as_bytes())).ok());
            }
        })
    });
    let lenient = smtp_codes::ParseOptions::lenient();
    g.bench_function(BenchmarkId::new("smtp_codes lenient", corpus.len()), |b| {
        b.iter(|| {
            for r in &corpus {
                black_box(smtp_codes::Reply::parse_with(black_box(r.as_bytes()), &lenient).ok());
            }
        })
    });
    g.bench_function(BenchmarkId::new("smtp_codes lines", corpus.len()), |b| {
        b.iter(|| {
            for r in &corpus {
                if let Ok((reply, _)) = smtp_codes::Reply::parse(black_box(r.as_bytes())) {
                    for line in reply.line_bytes() {
                        black_box(line);
                    }
                }
            }
        })
    });
    g.bench_function(BenchmarkId::new("lettre", corpus.len()), |b| {
        b.iter(|| {
            for r in &corpus {
                black_box(lettre::transport::smtp::response::Response::from_str(black_box(r)).ok());
            }
        })
    });
    g.bench_function(BenchmarkId::new("smtp-proto", corpus.len()), |b| {
        b.iter(|| {
            for r in &corpus {
                let mut receiver = smtp_proto::response::parser::ResponseReceiver::default();
                black_box(receiver.parse(&mut black_box(r.as_bytes()).iter()).ok());
            }
        })
    });
    // A pipelined buffer: all replies back to back.
    let pipelined: String = corpus.concat();
    g.bench_function("smtp_codes pipelined", |b| {
        b.iter(|| {
            for r in smtp_codes::Reply::parse_all(
                black_box(pipelined.as_bytes()),
                smtp_codes::ParseOptions::strict(),
            ) {
                black_box(r.ok());
            }
        })
    });
    g.finish();
}

fn enhanced(c: &mut Criterion) {
    let codes: Vec<String> = smtp_codes::catalog::enhanced_codes()
        .iter()
        .map(|e| format!("5.{}.{}", e.subject(), e.detail()))
        .collect();
    let mut g = c.benchmark_group("enhanced");
    g.throughput(Throughput::Elements(codes.len() as u64));
    g.bench_function("parse", |b| {
        b.iter(|| {
            for s in &codes {
                black_box(EnhancedStatusCode::from_str(black_box(s)).ok());
            }
        })
    });
    g.bench_function("parse and look up", |b| {
        b.iter(|| {
            for s in &codes {
                black_box(
                    EnhancedStatusCode::from_str(black_box(s))
                        .ok()
                        .and_then(EnhancedStatusCode::entry),
                );
            }
        })
    });
    g.finish();
}

fn explain(c: &mut Criterion) {
    let texts = diagnostics(&testdata_dir());
    let mut g = c.benchmark_group("explain");
    g.throughput(Throughput::Elements(texts.len() as u64));
    g.bench_function(BenchmarkId::new("corpus diagnostics", texts.len()), |b| {
        b.iter(|| {
            for t in &texts {
                black_box(smtp_codes::explain::explain(black_box(t)).ok());
            }
        })
    });
    g.finish();
}

criterion_group!(benches, lookup, parse, enhanced, explain);
criterion_main!(benches);
