//! The plain-text part of a bounce: where its report ends and the returned message begins,
//! and the recipients it names with the reply each got. This is how the reports of MTAs that
//! write no DSN are read (qmail, Exim, Gmail, Yahoo, ...), and how a DSN's recipients without a
//! `Diagnostic-Code` find their text. The markers are data, generated from the YAML.

use crate::generated::message::{COPY_MARKERS, RECIPIENT_LABELS};
use crate::types::EnhancedStatusCode;
use aho_corasick::AhoCorasick;

/// A set of addresses, lower case.
pub(crate) type Addresses = std::collections::HashSet<String>;

/// The most recipients a report keeps: `message::MAX_RECIPIENTS` is this one (it lives here
/// so that this module imports nothing of its parent).
pub(crate) const MAX_RECIPIENTS: usize = 10_000;

/// The longest recipient text kept: a reply and its context, never a whole returned message.
pub(crate) const MAX_TEXT: usize = 4096;

/// `text` with white space runs folded, cut to [`MAX_TEXT`] at a character boundary.
pub(crate) fn folded(text: &str) -> String {
    let mut out = String::with_capacity(text.len().min(MAX_TEXT));
    let mut at = 0;
    while at < text.len() {
        let (space, len) = char_at(text, at);
        if space {
            at += len;
            continue;
        }
        let start = at;
        while at < text.len() {
            let (space, len) = char_at(text, at);
            if space {
                break;
            }
            at += len;
        }
        let word = &text[start..at];
        if out.len() + word.len() + 1 > MAX_TEXT {
            break;
        }
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}

/// Whether the character at byte `at` (a character boundary) is white space, as
/// [`char::is_whitespace`] says, and its length. ASCII, nearly every byte here, is read
/// without decoding: `str::split_whitespace` decodes every character.
fn char_at(text: &str, at: usize) -> (bool, usize) {
    let b = text.as_bytes()[at];
    if b.is_ascii() {
        return (matches!(b, b' ' | b'\t'..=b'\r'), 1);
    }
    let c = text[at..].chars().next().unwrap_or_default();
    (c.is_whitespace(), c.len_utf8())
}

/// A multi-line reply folded into one line (`552-5.7.0 blocked because its content presents
/// a potential 552-5.7.0 security issue.`, as a `Diagnostic-Code` field unfolds it) without
/// the code each continuation line repeats, so that its words read as one text. Only the
/// reply's own prefix is dropped: its code and enhanced code (`552-5.7.0`, `552 5.7.0`), or,
/// without an enhanced code, its code followed by `-` when the first line has one.
pub(crate) fn joined_reply(text: String) -> String {
    let b = text.as_bytes();
    if b.len() < 5 || !b[..3].iter().all(u8::is_ascii_digit) || !matches!(b[3], b'-' | b' ') {
        return text;
    }
    let code = &text[..3];
    let enhanced = text[4..]
        .split(' ')
        .next()
        .filter(|t| t.parse::<EnhancedStatusCode>().is_ok());
    let markers: Vec<String> = match enhanced {
        Some(e) => vec![format!(" {code}-{e} "), format!(" {code} {e} ")],
        None if b[3] == b'-' => vec![format!(" {code}-"), format!(" {code} ")],
        None => return text,
    };
    if !markers.iter().any(|m| text.contains(m.as_str())) {
        return text;
    }
    let mut out = text;
    for m in &markers {
        out = out.replace(m.as_str(), " ");
    }
    out
}

/// A bounce forwarded inline as a quotation (`> ` before its lines, as mail clients forward
/// a message): the text with one level of quoting taken off, when most of its lines are
/// quoted; else `None`. A session transcript's own `>>> ` lines are not quotation, and stay.
pub(crate) fn unquoted(text: &str) -> Option<String> {
    // Most texts quote no line: one search says so, instead of a look at every line.
    if !text.starts_with('>') && !text.contains("\n>") {
        return None;
    }
    let quoted = |line: &str| line == ">" || line.starts_with("> ") || line.starts_with(">>>>");
    let (mut lines, mut quotes) = (0usize, 0usize);
    for line in text.lines().map(str::trim_end).filter(|l| !l.is_empty()) {
        lines += 1;
        quotes += usize::from(quoted(line));
    }
    if quotes * 2 <= lines {
        return None;
    }
    let mut out = String::with_capacity(text.len());
    for line in text.lines() {
        let line = if quoted(line.trim_end()) {
            line.strip_prefix("> ").unwrap_or(&line[1..])
        } else {
            line
        };
        out.push_str(line);
        out.push('\n');
    }
    Some(out)
}

/// The report part of a plain-text bounce: everything before the returned message.
pub(crate) fn report_part(text: &str) -> &str {
    match copy_marker_line(text) {
        Some(line) => &text[..line],
        None => text,
    }
}

/// The copy markers, and words that every marker holds one of (see [`anchor_words`]).
struct CopyMarkers {
    /// Every marker, any case.
    markers: AhoCorasick,
    /// Searches for the anchor words, in lower case.
    anchors: Vec<memchr::memmem::Finder<'static>>,
}

/// A few words of the markers such that every marker holds one, chosen greedily (the word
/// most markers hold first). A line without one of them holds no marker, so that the markers
/// are looked for only in the few lines that do ("message", in most reports).
fn anchor_words(markers: &[&str]) -> Vec<String> {
    let words = |m: &str| -> Vec<String> {
        let mut words: Vec<String> = m
            .split(|c: char| !c.is_ascii_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(str::to_ascii_lowercase)
            .collect();
        // Each word once per marker: the count is of markers.
        words.sort();
        words.dedup();
        words
    };
    let mut left: Vec<Vec<String>> = markers.iter().map(|m| words(m)).collect();
    let mut chosen = Vec::new();
    while !left.is_empty() {
        let mut counts: std::collections::BTreeMap<&String, usize> = Default::default();
        for w in left.iter().flatten() {
            *counts.entry(w).or_default() += 1;
        }
        // The word most markers hold; among equals the longest, the rarer in text.
        let Some(best) = counts
            .into_iter()
            .max_by_key(|(w, n)| (*n, w.len()))
            .map(|(w, _)| w.clone())
        else {
            // A marker with no word at all: every line must be searched.
            return Vec::new();
        };
        left.retain(|m| !m.contains(&best));
        chosen.push(best);
    }
    chosen
}

/// Where the line holding the first copy marker starts, if a marker is in `text`.
fn copy_marker_line(text: &str) -> Option<usize> {
    static MARKERS: std::sync::OnceLock<CopyMarkers> = std::sync::OnceLock::new();
    let m = MARKERS.get_or_init(|| CopyMarkers {
        markers: AhoCorasick::builder()
            .ascii_case_insensitive(true)
            .build(COPY_MARKERS)
            .expect("the copy markers are a few short strings"),
        anchors: anchor_words(&COPY_MARKERS)
            .iter()
            .map(|w| memchr::memmem::Finder::new(w.as_bytes()).into_owned())
            .collect(),
    });
    let line_start = |at: usize| text[..at].rfind('\n').map_or(0, |nl| nl + 1);
    if m.anchors.is_empty() {
        return m.markers.find(text).map(|found| line_start(found.start()));
    }
    // The text is lower-cased a block at a time (each block overlapping the last by the
    // longest word, so that no word is missed at a seam); the lines that hold a word are
    // searched for a marker in order, each once.
    const BLOCK: usize = 64 << 10;
    let overlap = m
        .anchors
        .iter()
        .map(|f| f.needle().len())
        .max()
        .unwrap_or(1)
        - 1;
    let bytes = text.as_bytes();
    let mut lower = Vec::with_capacity(BLOCK.min(bytes.len()));
    let mut searched = 0; // the end of the last line searched
    let mut block = 0;
    while block < bytes.len() {
        let end = (block + BLOCK).min(bytes.len());
        lower.clear();
        lower.extend(bytes[block..end].iter().map(u8::to_ascii_lowercase));
        let mut hits: Vec<usize> = m
            .anchors
            .iter()
            .flat_map(|f| f.find_iter(&lower).map(|at| block + at))
            .collect();
        hits.sort_unstable();
        for at in hits {
            if at < searched {
                continue;
            }
            let start = line_start(at);
            let line_end = text[at..].find('\n').map_or(text.len(), |nl| at + nl);
            if let Some(found) = m.markers.find(&text[start..line_end]) {
                return Some(line_start(start + found.start()));
            }
            searched = line_end;
        }
        if end == bytes.len() {
            break;
        }
        block = end - overlap;
    }
    None
}

/// An e-mail address that starts `s` (`local@domain.tld`), and its length.
pub(crate) fn address_at(s: &str) -> Option<usize> {
    let b = s.as_bytes();
    let local = b
        .iter()
        .take_while(|&&c| c.is_ascii_alphanumeric() || b"._%+-=!#$&'*/?^`{|}~".contains(&c))
        .count();
    if local == 0 || b.get(local) != Some(&b'@') {
        return None;
    }
    let mut end = local + 1;
    let mut dots = 0;
    let mut label = 0;
    while end < b.len() {
        let c = b[end];
        if c.is_ascii_alphanumeric() || c == b'-' {
            label += 1;
        } else if c == b'.' && label > 0 {
            // A dot only counts when a label follows it (a sentence may end the address).
            if b.get(end + 1).is_some_and(|n| n.is_ascii_alphanumeric()) {
                dots += 1;
                label = 0;
            } else {
                break;
            }
        } else {
            break;
        }
        end += 1;
    }
    (dots > 0 && label > 0).then_some(end)
}

/// Every address in `s`, in order.
pub(crate) fn addresses(s: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut at = 0;
    while let Some(i) = s[at..].find('@') {
        let i = at + i;
        let start = s[..i]
            .char_indices()
            .rev()
            .find(|&(_, c)| !(c.is_ascii_alphanumeric() || "._%+-=!#$&'*/?^`{|}~".contains(c)))
            .map_or(0, |(p, c)| p + c.len_utf8());
        match address_at(&s[start..]) {
            Some(len) => {
                out.push(&s[start..start + len]);
                at = start + len;
            }
            None => at = i + 1,
        }
    }
    out
}

/// Every address in `s` but those of message ids: on `Message-ID`, `References`,
/// `In-Reply-To` and `Content-ID` lines and their continuations, an `@` joins an id, not an
/// address.
pub(crate) fn addresses_but_ids(s: &str) -> Vec<&str> {
    const ID_FIELDS: [&str; 4] = ["message-id:", "references:", "in-reply-to:", "content-id:"];
    let mut out = Vec::new();
    let mut in_ids = false;
    for line in s.lines() {
        // A quoted line (`> ` or `>` before it) is read without its quotation marks.
        let unquoted = line.trim_start_matches('>');
        let unquoted = match unquoted.len() < line.len() {
            true => unquoted.strip_prefix(' ').unwrap_or(unquoted),
            false => unquoted,
        };
        let continued = unquoted.starts_with([' ', '\t']);
        let field = unquoted.trim_start();
        in_ids = (continued && in_ids)
            || ID_FIELDS.iter().any(|f| {
                field
                    .get(..f.len())
                    .is_some_and(|n| n.eq_ignore_ascii_case(f))
            });
        if !in_ids {
            out.extend(addresses(line));
        }
    }
    out
}

/// If `line` names a recipient (`<bob@example.com>:`, `bob@example.com`, `Recipient:
/// bob@example.com`, `bob@example.com... User unknown`), the address and the rest of the line.
fn recipient_line(line: &str) -> Option<(&str, &str, bool)> {
    // Most lines name no address: one search says so.
    if !line.contains('@') {
        return None;
    }
    let mut s = line.trim();
    // Sendmail's transcript: `550 <bob@example.com>... User unknown`; the whole line is the
    // recipient's reply.
    if let [a, b, c, b' ', b'<', ..] = s.as_bytes() {
        if a.is_ascii_digit() && b.is_ascii_digit() && c.is_ascii_digit() {
            let rest = &s[5..];
            if let Some(len) = address_at(rest) {
                if rest[len..].starts_with(">...") {
                    return Some((&rest[..len], s, true));
                }
            }
        }
    }
    let labelled = |l: &&&str| s.get(..l.len()).is_some_and(|p| p.eq_ignore_ascii_case(l));
    if let Some(label) = RECIPIENT_LABELS.iter().find(labelled) {
        s = s[label.len()..].trim_start();
    }
    // `rfc822; bob@example.com`, as DSN-like text writes it.
    if s.get(..7)
        .is_some_and(|t| t.eq_ignore_ascii_case("rfc822;"))
    {
        s = s[7..].trim_start();
    }
    let s = s.trim_start_matches(['<', '"', '\'']);
    let len = address_at(s)?;
    let (address, rest) = s.split_at(len);
    let rest = rest.trim_start_matches(['>', '"', '\'']);
    let ok = rest.is_empty()
        || rest.starts_with([':', ' ', '\t', ',', ';', '.', '('])
        || rest.starts_with("...");
    ok.then(|| {
        let rest = rest.trim_start_matches([':', ',', ';', '.']).trim();
        (address, rest, false)
    })
}

/// The recipients a plain-text report names, in order, each with the text that follows it up
/// to the next recipient (white space runs folded). Addresses in `exclude` (the bounce's own
/// sender and recipient, postmasters) are not recipients.
pub(crate) fn recipients(report: &str, exclude: &Addresses) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = Vec::new();
    // Where each address is in `out`, so that many recipients stay linear.
    let mut index: std::collections::HashMap<String, usize> = std::collections::HashMap::new();
    // The recipient the following lines speak of; a line that holds a recipient's whole
    // reply (Sendmail's) takes no following lines.
    let mut current = 0;
    let mut open = false;
    for line in report.lines() {
        if let Some((address, rest, whole)) = recipient_line(line) {
            let excluded =
                exclude.contains(&address.to_ascii_lowercase()) || is_system_address(address);
            if !excluded {
                match index.get(&address.to_ascii_lowercase()) {
                    // The same recipient again (a summary line, then its details, or the
                    // report again in another language): one record.
                    Some(&i) => {
                        append(&mut out[i].1, rest);
                        current = i;
                    }
                    None if out.len() >= MAX_RECIPIENTS => break,
                    None => {
                        index.insert(address.to_ascii_lowercase(), out.len());
                        let mut text = String::new();
                        append(&mut text, rest);
                        current = out.len();
                        out.push((address.to_string(), text));
                    }
                }
                open = !whole;
                continue;
            }
        }
        if let Some((_, text)) = out.get_mut(current).filter(|_| open) {
            append(text, line);
        }
    }
    out
}

/// Whether an address is a mail system's own (`MAILER-DAEMON@`, `postmaster@`, Verizon's
/// `post_master@`).
pub(crate) fn is_system_address(address: &str) -> bool {
    let local = address.split('@').next().unwrap_or("").to_ascii_lowercase();
    matches!(
        local.as_str(),
        "mailer-daemon" | "postmaster" | "mail-daemon" | "post_master"
    )
}

fn append(text: &mut String, line: &str) {
    let line = line.trim();
    if line.is_empty() || text.len() >= MAX_TEXT {
        return;
    }
    if !text.is_empty() {
        text.push(' ');
    }
    let room = MAX_TEXT - text.len();
    let mut cut = line.len().min(room);
    while !line.is_char_boundary(cut) {
        cut -= 1;
    }
    text.push_str(&line[..cut]);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_report_given_twice_keeps_each_recipients_own_lines() {
        // Mail.Ru writes its report in Russian, then in English: the second mention of the
        // first recipient takes the lines after it, not the last recipient.
        let report = "  a@example.jp\n    550 5.2.2 Mailbox Full\n  b@example.jp\n    550 5.1.1 User Unknown\n\
                      English:\n  a@example.jp\n    550 5.2.2 Mailbox Full\n  b@example.jp\n    550 5.1.1 User Unknown\n";
        let found = recipients(report, &Addresses::new());
        assert_eq!(found.len(), 2);
        assert!(!found[0].1.contains("User Unknown"), "{:?}", found[0]);
        assert!(!found[1].1.contains("Mailbox Full"), "{:?}", found[1]);
    }

    #[test]
    fn a_folded_multi_line_reply_reads_as_one_text() {
        let joined = |t: &str| joined_reply(t.to_string());
        assert_eq!(
            joined("552-5.7.0 blocked because it presents a potential 552-5.7.0 security issue."),
            "552-5.7.0 blocked because it presents a potential security issue."
        );
        assert_eq!(
            joined("550-5.7.1 Messages with multiple 550 5.7.1 addresses in From: are refused"),
            "550-5.7.1 Messages with multiple addresses in From: are refused"
        );
        assert_eq!(
            joined("550-Sorry, no 550 such user"),
            "550-Sorry, no such user"
        );
        // Another code, or a one-line reply without an enhanced code: left as it is.
        assert_eq!(
            joined("550-5.7.1 see 421 4.7.0 here"),
            "550-5.7.1 see 421 4.7.0 here"
        );
        assert_eq!(joined("550 no 550 such user"), "550 no 550 such user");
        assert_eq!(joined("user unknown"), "user unknown");
    }

    #[test]
    fn finds_addresses_but_not_versions_or_ends_of_sentences() {
        assert_eq!(
            addresses("to <bob@example.com>, carol@mx.example.org. and 1.2.3 and x@y"),
            ["bob@example.com", "carol@mx.example.org"]
        );
        assert_eq!(address_at("bob@example.com."), Some(15));
        assert_eq!(address_at("@example.com"), None);
    }

    #[test]
    fn qmail_exim_and_gmail_style_reports() {
        let qmail =
            "I'm afraid I wasn't able to deliver your message to the following addresses.\n\n\
                     <kijitora@example.ne.jp>:\nremote host said: 550 Unknown user\n\n\
                     <nyaan@example.org>:\n552 mailbox full\n";
        let r = recipients(qmail, &Addresses::new());
        assert_eq!(r.len(), 2);
        assert_eq!(
            r[0],
            (
                "kijitora@example.ne.jp".into(),
                "remote host said: 550 Unknown user".into()
            )
        );
        assert_eq!(r[1].1, "552 mailbox full");
        let exim = "The following address(es) failed:\n\n  kijitora@example.ed.jp\n    SMTP error from remote mail server after RCPT TO:<kijitora@example.ed.jp>:\n    host mx [192.0.2.1]: 550 5.1.1 unknown\n";
        let r = recipients(exim, &Addresses::new());
        assert_eq!(r.len(), 1);
        assert!(r[0].1.contains("550 5.1.1 unknown"));
        let sendmail =
            "While talking to mx:\n>>> RCPT To:<bob@example.org>\n<<< 550 No such user\n\
                        550 <bob@example.org>... User unknown\n550 mx.example.net... Host unknown\n\
                        554 <carol@example.net>... 550 Host unknown\n";
        let r = recipients(sendmail, &Addresses::new());
        assert_eq!(r.len(), 2);
        assert_eq!(
            r[0],
            (
                "bob@example.org".into(),
                "550 <bob@example.org>... User unknown".into()
            )
        );
        assert_eq!(r[1].0, "carol@example.net");
        let own: Addresses = ["sender@example.jp".to_string()].into_iter().collect();
        let excluded = recipients("<Sender@example.jp>:\nhello\n", &own);
        assert!(excluded.is_empty());
        assert!(recipients("MAILER-DAEMON@example.com\n", &Addresses::new()).is_empty());
    }

    /// `folded` as `str::split_whitespace` reads white space, which it replaced for speed.
    fn folded_by_split_whitespace(text: &str) -> String {
        let mut out = String::new();
        for word in text.split_whitespace() {
            if out.len() + word.len() + 1 > MAX_TEXT {
                break;
            }
            if !out.is_empty() {
                out.push(' ');
            }
            out.push_str(word);
        }
        out
    }

    #[test]
    fn folding_reads_white_space_as_char_is_whitespace_does() {
        for text in [
            "",
            "  \t\r\n ",
            "550  5.1.1\r\n    user\tunknown ",
            // Vertical tab and form feed, which `u8::is_ascii_whitespace` leaves out.
            "a\x0bb\x0cc",
            // NO-BREAK SPACE, IDEOGRAPHIC SPACE, LINE SEPARATOR; and letters beyond ASCII.
            "caf\u{e9}\u{a0}\u{4e2d}\u{3000}\u{1f600}\u{2028}end",
        ] {
            assert_eq!(folded(text), folded_by_split_whitespace(text), "{text:?}");
        }
        let long = "word ".repeat(MAX_TEXT);
        assert_eq!(folded(&long), folded_by_split_whitespace(&long));
        assert!(folded(&long).len() <= MAX_TEXT);
    }

    #[test]
    fn a_bounce_forwarded_as_a_quotation_is_read_unquoted() {
        let forwarded = "Begin forwarded message:\n\n> Subject: Returned mail\n>\n\
            > <bob@example.com>\n>     (reason: 550 User unknown)\n>>>> DATA\n> <<< 550 User unknown\n";
        assert_eq!(
            unquoted(forwarded).as_deref(),
            Some(
                "Begin forwarded message:\n\nSubject: Returned mail\n\n<bob@example.com>\n    \
                  (reason: 550 User unknown)\n>>> DATA\n<<< 550 User unknown\n"
            )
        );
        // A report with a session transcript, or a few quoted lines, is not a quotation.
        let transcript = "While talking to mx:\n>>> DATA\n<<< 550 User unknown\n> a quoted line\n";
        assert_eq!(unquoted(transcript), None);
        assert_eq!(unquoted(""), None);
    }

    #[test]
    fn message_ids_are_not_addresses() {
        let text = "Message-Id: <200904290210.1@mx.example.jp>\nReferences: <a.1@example.jp>\n\
            \t<b.2@example.jp>\n> In-Reply-To: <c.3@example.jp>\n>\t<d.4@example.jp>\n\
            To: bob@example.com\n";
        assert_eq!(addresses_but_ids(text), ["bob@example.com"]);
        assert_eq!(addresses(text).len(), 6);
    }

    #[test]
    fn every_copy_marker_holds_an_anchor_word() {
        let anchors = anchor_words(&COPY_MARKERS);
        assert!(!anchors.is_empty() && anchors.len() < COPY_MARKERS.len());
        for m in COPY_MARKERS {
            assert!(anchors.iter().any(|a| m.contains(a.as_str())), "{m}");
        }
        assert_eq!(
            anchor_words(&["a copy", "the copy", "-------"]),
            Vec::<String>::new()
        );
        assert_eq!(anchor_words(&["x y", "y z", "z"]), ["z", "y"]);
    }

    #[test]
    fn the_first_marker_is_found_wherever_the_anchor_words_are() {
        // The same as one search of every marker over the whole text, line by line.
        let whole = |t: &str| {
            AhoCorasick::builder()
                .ascii_case_insensitive(true)
                .build(COPY_MARKERS)
                .unwrap()
                .find(t)
                .map(|m| t[..m.start()].rfind('\n').map_or(0, |nl| nl + 1))
        };
        for text in [
            "no marker at all",
            "a message\nanother MESSAGE\n------ This is a copy of the message, with headers\n",
            "message\n-------Original Mail Info\n--- Below this line is a copy of the message.\n",
            "Original message follows\n",
            "x\r\nthe message was\r\n  Original message header\r\nTo: x",
            "caf\u{e9} message \u{4e2d}\nunsent message follows\n",
        ] {
            assert_eq!(copy_marker_line(text), whole(text), "{text:?}");
        }
        // A word and a marker across the seams of the blocks the text is lower-cased in.
        for pad in (64 << 10) - 40..(64 << 10) + 10 {
            let text = format!(
                "{}\nMESSAGE here\n{}\n----- Original Message -----\n",
                "x".repeat(pad),
                "y".repeat(64 << 10)
            );
            assert_eq!(copy_marker_line(&text), whole(&text), "pad {pad}");
        }
    }

    #[test]
    fn the_report_ends_where_the_copy_begins() {
        let text = "report\n--- Below this line is a copy of the message.\nTo: x@example.com\n";
        assert_eq!(report_part(text), "report\n");
        assert_eq!(report_part("no copy"), "no copy");
    }
}
