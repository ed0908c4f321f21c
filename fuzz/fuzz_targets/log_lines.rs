//! MTA log lines: reading a line never panics, the parts it gives lie inside the line, and
//! the streaming reader keeps its memory of queue ids bounded whatever the lines say.
#![no_main]
use libfuzzer_sys::fuzz_target;
use smtp_codes::log::LogReader;
use smtp_codes::logline::{parse, Event};

fuzz_target!(|data: &[u8]| {
    let inside = |part: &str, line: &str| {
        let (start, end) = (part.as_ptr() as usize, part.as_ptr() as usize + part.len());
        let (lo, hi) = (line.as_ptr() as usize, line.as_ptr() as usize + line.len());
        part.is_empty() || (lo <= start && end <= hi)
    };
    let text = String::from_utf8_lossy(data);
    for line in text.lines() {
        if let Some(l) = parse(line) {
            assert!(inside(l.message(), line) && inside(l.time(), line));
            if let Event::Delivery(d) = l.event() {
                for r in d.recipients() {
                    assert!(inside(r, line));
                }
                if let Some(t) = d.server_text() {
                    assert!(inside(t, line));
                }
            }
        }
    }
    let mut reader = LogReader::with_capacity(2026, 8);
    let mut records = 0u64;
    for line in data.split(|&b| b == b'\n') {
        records += reader.read_line(line).len() as u64;
        assert!(reader.remembered_queue_ids() <= 8 + 1);
    }
    let counts = reader.counts();
    assert_eq!(counts.records, records);
    assert_eq!(counts.lines, counts.deliveries + counts.other + counts.skipped);
});
