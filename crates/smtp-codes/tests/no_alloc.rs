//! Parsing borrowed replies, look-ups and explain allocate nothing: counted with a global
//! allocator that tallies every allocation made on this test's thread.

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;

struct Counting;

thread_local! {
    static ALLOCATIONS: Cell<usize> = const { Cell::new(0) };
}

// SAFETY: forwards to the system allocator; only counts.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let _ = ALLOCATIONS.try_with(|n| n.set(n.get() + 1));
        // SAFETY: same contract as the caller's.
        unsafe { System.alloc(layout) }
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: same contract as the caller's.
        unsafe { System.dealloc(ptr, layout) }
    }
}

#[global_allocator]
static GLOBAL: Counting = Counting;

fn allocations<T>(f: impl FnOnce() -> T) -> (usize, T) {
    let before = ALLOCATIONS.with(Cell::get);
    let out = f();
    (ALLOCATIONS.with(Cell::get) - before, out)
}

fn corpus() -> (Vec<Vec<u8>>, Vec<String>) {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../testdata/sisimai/sisimai_expected.tsv");
    let tsv = std::fs::read_to_string(path).unwrap();
    let mut replies = Vec::new();
    let mut diagnostics = Vec::new();
    for line in tsv.lines().skip(1) {
        let f: Vec<&str> = line.split('\t').collect();
        if f[8] != "-" {
            let mut r = f[8].replace("\\r\\n", "\r\n");
            r.push_str("\r\n");
            replies.push(r.into_bytes());
        }
        if f[7] != "-" {
            diagnostics.push(f[7].to_string());
        }
    }
    (replies, diagnostics)
}

#[test]
fn parsing_look_ups_and_explain_allocate_nothing() {
    let (replies, diagnostics) = corpus();
    let lenient = smtp_codes::ParseOptions::lenient();
    let (n, parsed) = allocations(|| {
        let mut ok = 0;
        for r in &replies {
            if let Ok((reply, _)) = smtp_codes::Reply::parse_with(r, &lenient) {
                ok += 1;
                for line in reply.line_bytes() {
                    std::hint::black_box(line);
                }
                std::hint::black_box(reply.enhanced().and_then(|e| e.entry()));
            }
        }
        ok
    });
    assert!(parsed > 400, "{parsed}");
    assert_eq!(n, 0, "parsing {parsed} replies allocated {n} times");

    let (n, _) = allocations(|| {
        for code in 200..=599 {
            let code = smtp_codes::ReplyCode::from_u16(code).unwrap();
            std::hint::black_box((
                code.text(),
                code.description(smtp_codes::Lang::Es),
                code.alias(),
            ));
        }
    });
    assert_eq!(n, 0, "look-ups allocated {n} times");

    let (n, explained) = allocations(|| {
        diagnostics
            .iter()
            .filter(|d| {
                smtp_codes::explain::explain(d).is_ok_and(|e| {
                    std::hint::black_box(e.reason()) != smtp_codes::explain::Reason::None
                })
            })
            .count()
    });
    assert!(explained > 400, "{explained}");
    assert_eq!(
        n,
        0,
        "explaining {} diagnostics allocated {n} times",
        diagnostics.len()
    );
}
