//! Property tests: formatter/parser round trips, and parsers that never panic.

use proptest::prelude::*;
use smtp_codes::bounce::{find_reply, DiagnosticCode};
use smtp_codes::{EnhancedStatusCode, ParseOptions, Reply, ReplyBuilder, ReplyCode, ReplyParser};

/// Codes RFC 5321's grammar allows: first digit 2-5, second 0-5.
fn rfc_code() -> impl Strategy<Value = ReplyCode> {
    (2u16..=5, 0u16..=5, 0u16..=9)
        .prop_map(|(a, b, c)| ReplyCode::from_u16(a * 100 + b * 10 + c).unwrap())
}

fn text_line() -> impl Strategy<Value = String> {
    proptest::string::string_regex("[ -~\t\u{e9}\u{4e2d}\u{1f600}]{0,300}").unwrap()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn whatever_the_builder_formats_reads_back(
        code in rfc_code(),
        with_enhanced in any::<bool>(),
        subject in 0u16..=999,
        detail in 0u16..=999,
        lines in proptest::collection::vec(text_line(), 0..5),
        limit in 24usize..600,
    ) {
        let enhanced = (with_enhanced && !code.is_intermediate())
            .then(|| EnhancedStatusCode::new((code.as_u16() / 100) as u8, subject, detail).unwrap());
        let mut builder = ReplyBuilder::new(code).max_line_len(limit);
        if let Some(e) = enhanced {
            builder = builder.enhanced(e);
        }
        for line in &lines {
            builder = builder.line(line.clone());
        }
        let bytes = match builder.to_bytes() {
            Ok(b) => b,
            Err(e) => {
                // The only refusals left for clean text are these two.
                prop_assert!(matches!(e, smtp_codes::FormatError::TextLooksLikeEnhancedCode | smtp_codes::FormatError::LimitTooSmall), "{e}");
                return Ok(());
            }
        };
        let mut options = ParseOptions::strict();
        options.max_line_len = limit;
        let (reply, used) = Reply::parse_with(&bytes, &options).map_err(|e| TestCaseError::fail(format!("{e}: {:?}", String::from_utf8_lossy(&bytes))))?;
        prop_assert_eq!(used, bytes.len());
        prop_assert_eq!(reply.code(), code);
        prop_assert_eq!(reply.enhanced(), enhanced);
        let read: String = reply.lines().collect();
        prop_assert_eq!(read, lines.concat());
        let room = limit.saturating_sub(6 + enhanced.map_or(0, |e| e.to_string().len() + 1));
        if lines.iter().all(|l| l.len() <= room) && !lines.is_empty() {
            let read: Vec<String> = reply.lines().map(|l| l.into_owned()).collect();
            prop_assert_eq!(read, lines);
        }
    }

    #[test]
    fn the_parser_never_panics(input in proptest::collection::vec(any::<u8>(), 0..600)) {
        for options in [ParseOptions::strict(), ParseOptions::lenient()] {
            if let Ok((reply, used)) = Reply::parse_with(&input, &options) {
                prop_assert!(used <= input.len() && used > 0);
                prop_assert_eq!(reply.as_bytes(), &input[..used]);
                prop_assert!(reply.line_count() >= 1);
                let _ = reply.text();
            }
        }
    }

    #[test]
    fn replies_look_like_replies(lines in proptest::collection::vec("[2-5][0-9][0-9][ -][ -~]{0,20}", 1..6), lf in any::<bool>()) {
        let eol = if lf { "\n" } else { "\r\n" };
        let input: String = lines.iter().map(|l| format!("{l}{eol}")).collect();
        let _ = Reply::parse_with(input.as_bytes(), &ParseOptions::lenient());
        let _ = Reply::parse(input.as_bytes());
    }

    #[test]
    fn chunked_feeding_gives_the_same_replies(
        replies in proptest::collection::vec((rfc_code(), proptest::collection::vec("[ -~]{0,40}", 1..4)), 1..5),
        cuts in proptest::collection::vec(any::<prop::sample::Index>(), 0..8),
    ) {
        let mut wire = Vec::new();
        for (code, lines) in &replies {
            let mut b = ReplyBuilder::new(*code);
            for l in lines { b = b.line(format!("x{l}")); }
            b.write_to(&mut wire).unwrap();
        }
        let whole: Vec<Vec<u8>> = Reply::parse_all(&wire, ParseOptions::strict()).map(|r| r.unwrap().as_bytes().to_vec()).collect();
        let mut points: Vec<usize> = cuts.iter().map(|i| i.index(wire.len() + 1)).collect();
        points.push(wire.len());
        points.sort();
        let mut parser = ReplyParser::new(ParseOptions::strict());
        let (mut got, mut at) = (Vec::new(), 0);
        for p in points {
            parser.feed(&wire[at..p]);
            at = p;
            while let Some(r) = parser.next_reply() {
                got.push(r.unwrap().as_bytes().to_vec());
            }
        }
        prop_assert_eq!(got, whole);
        prop_assert!(parser.finish().is_none());
    }

    #[test]
    fn enhanced_codes_round_trip(class in prop::sample::select(vec![2u8, 4, 5]), subject in 0u16..=999, detail in 0u16..=999) {
        let code = EnhancedStatusCode::new(class, subject, detail).unwrap();
        let text = code.to_string();
        prop_assert_eq!(text.parse::<EnhancedStatusCode>(), Ok(code));
        prop_assert_eq!(EnhancedStatusCode::parse_prefix(format!("{text} rest").as_bytes()), Ok((code, text.len())));
    }

    #[test]
    fn enhanced_parse_never_panics(s in "\\PC{0,20}") {
        if let Ok(code) = s.parse::<EnhancedStatusCode>() {
            prop_assert_eq!(code.to_string(), s);
        }
    }

    #[test]
    fn reply_codes_round_trip(n in 0u16..1000) {
        match ReplyCode::from_u16(n) {
            Ok(code) => {
                prop_assert!((200..=599).contains(&n));
                prop_assert_eq!(code.to_string().parse::<ReplyCode>(), Ok(code));
                prop_assert_eq!(code.class().digit() as u16, n / 100);
            }
            Err(_) => prop_assert!(!(200..=599).contains(&n)),
        }
    }

    #[test]
    fn bounce_text_search_never_panics(s in "\\PC{0,200}") {
        if let Some(found) = find_reply(&s) {
            prop_assert!(found.offset() < s.len());
            prop_assert!(found.code().is_some() || found.enhanced().is_some());
        }
        let _ = DiagnosticCode::parse(&s).map(|d| d.reply());
    }
}
