//! The reply builder: whatever it formats, the strict parser reads back to the same code,
//! enhanced code and text; text it refuses never reaches the wire.
#![no_main]
use libfuzzer_sys::fuzz_target;
use smtp_codes::{EnhancedStatusCode, ParseOptions, Reply, ReplyBuilder, ReplyCode};

fuzz_target!(|data: &[u8]| {
    if data.len() < 6 {
        return;
    }
    let Ok(code) = ReplyCode::from_u16(200 + u16::from_le_bytes([data[0], data[1]]) % 400) else {
        return;
    };
    let enhanced = (data[2] & 1 == 1)
        .then(|| EnhancedStatusCode::new((code.as_u16() / 100) as u8, u16::from(data[3]), u16::from(data[4])))
        .flatten();
    let limit = 16 + usize::from(data[5]) * 4;
    let text = String::from_utf8_lossy(&data[6..]);
    let mut builder = ReplyBuilder::new(code).max_line_len(limit);
    if let Some(e) = enhanced {
        builder = builder.enhanced(e);
    }
    for line in text.split('|') {
        builder = builder.line(line);
    }
    let Ok(wire) = builder.to_bytes() else {
        return;
    };
    let mut options = ParseOptions::strict();
    options.max_line_len = limit;
    options.allow_undefined_category = true;
    let (reply, used) = Reply::parse_with(&wire, &options).expect("the builder's output parses");
    assert_eq!(used, wire.len());
    assert_eq!(reply.code(), code);
    assert_eq!(reply.enhanced(), enhanced);
    let read: String = reply.lines().collect();
    assert_eq!(read, text.split('|').collect::<String>());
});
