//! The prefixes of log lines: RFC 3164 and RFC 5424 syslog, ISO 8601 timestamps (rsyslog,
//! journald), and Exim's own main log.

use super::fields::word;
use super::types::Stamp;

/// What every prefix gives.
pub(super) struct Prefix<'a> {
    pub(super) time: &'a str,
    pub(super) stamp: Option<Stamp<'a>>,
    pub(super) host: Option<&'a str>,
    pub(super) program: Option<&'a str>,
    pub(super) message: &'a str,
}

const MONTHS: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

/// `n` ASCII digits at the start of `s`, as a number.
fn digits(s: &str, n: usize) -> Option<u32> {
    let d = s.get(..n)?;
    d.bytes()
        .all(|b| b.is_ascii_digit())
        .then(|| d.parse().ok())
        .flatten()
}

/// `HH:MM:SS` with an optional fraction, at the start of `s`; its length.
fn clock(s: &str) -> Option<usize> {
    let b = s.as_bytes();
    let ok = b.len() >= 8
        && digits(s, 2)? < 24
        && b[2] == b':'
        && digits(&s[3..], 2)? < 60
        && b[5] == b':'
        && digits(&s[6..], 2)? < 61;
    if !ok {
        return None;
    }
    let mut len = 8;
    if b.get(8) == Some(&b'.') || b.get(8) == Some(&b',') {
        let frac = b[9..].iter().take_while(|c| c.is_ascii_digit()).count();
        if frac > 0 {
            len += 1 + frac;
        }
    }
    Some(len)
}

/// `YYYY-MM-DD` at the start of `s`.
fn date(s: &str) -> Option<(u16, u8, u8)> {
    let b = s.as_bytes();
    if b.len() < 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    let (y, m, d) = (digits(s, 4)?, digits(&s[5..], 2)?, digits(&s[8..], 2)?);
    ((1..=12).contains(&m) && (1..=31).contains(&d)).then_some((y as u16, m as u8, d as u8))
}

/// `Z`, `+HH:MM` or `+HHMM` at the start of `s`; its length.
fn offset(s: &str) -> usize {
    let b = s.as_bytes();
    match b.first() {
        Some(b'Z') => 1,
        Some(b'+' | b'-')
            if b.len() >= 6
                && b[3] == b':'
                && digits(&s[1..], 2).is_some()
                && digits(&s[4..], 2).is_some() =>
        {
            6
        }
        Some(b'+' | b'-') if digits(&s[1..], 4).is_some() => 5,
        _ => 0,
    }
}

/// An ISO 8601 date-time with `T` at the start of `s`; the stamp and its length.
fn iso_stamp(s: &str) -> Option<(Stamp<'_>, usize)> {
    let (year, month, day) = date(s)?;
    if s.as_bytes().get(10) != Some(&b'T') {
        return None;
    }
    let clock_len = clock(&s[11..])?;
    let end = 11 + clock_len;
    let offset_len = offset(&s[end..]);
    let stamp = Stamp {
        year: Some(year),
        month,
        day,
        clock: &s[11..end],
        offset: &s[end..end + offset_len],
    };
    Some((stamp, end + offset_len))
}

/// Skips an optional `<PRI>` at the start.
fn skip_priority(s: &str) -> &str {
    if let Some(rest) = s.strip_prefix('<') {
        if let Some(end) = rest.find('>').filter(|&e| (1..=3).contains(&e)) {
            if rest[..end].bytes().all(|b| b.is_ascii_digit()) {
                return &rest[end + 1..];
            }
        }
    }
    s
}

/// `host program[pid]: message` after a syslog timestamp.
fn host_program<'a>(time: &'a str, stamp: Stamp<'a>, rest: &'a str) -> Option<Prefix<'a>> {
    let rest = rest.trim_start_matches(' ');
    let (host, rest) = word(rest)?;
    let (tag, message) = rest.split_once(": ").or_else(|| {
        // A message that is empty: `program[pid]:` at the end of the line.
        rest.strip_suffix(':').map(|t| (t, ""))
    })?;
    if tag.is_empty() || tag.contains(' ') {
        return None;
    }
    let program = program_of(tag);
    Some(Prefix {
        time,
        stamp: Some(stamp),
        host: Some(host),
        program: Some(program),
        message,
    })
}

/// RFC 3164 (and Postfix's own `maillog_file`): `Dec  1 10:00:00 host program[pid]: ...`.
pub(super) fn rfc3164(line: &str) -> Option<Prefix<'_>> {
    let s = skip_priority(line);
    let start = line.len() - s.len();
    let month = MONTHS.iter().position(|m| s.starts_with(m))? as u8 + 1;
    let b = s.as_bytes();
    if b.get(3) != Some(&b' ') {
        return None;
    }
    let (day, day_end) = match (b.get(4), b.get(5)) {
        (Some(b' '), Some(d)) if d.is_ascii_digit() => (u32::from(d - b'0'), 6),
        (Some(d1), Some(d2)) if d1.is_ascii_digit() && d2.is_ascii_digit() => {
            (u32::from(d1 - b'0') * 10 + u32::from(d2 - b'0'), 6)
        }
        (Some(d), Some(b' ')) if d.is_ascii_digit() => (u32::from(d - b'0'), 5),
        _ => return None,
    };
    if !(1..=31).contains(&day) || b.get(day_end) != Some(&b' ') {
        return None;
    }
    let clock_at = day_end + 1;
    let clock_len = clock(&s[clock_at..])?;
    let end = clock_at + clock_len;
    let stamp = Stamp {
        year: None,
        month,
        day: day as u8,
        clock: &s[clock_at..end],
        offset: "",
    };
    host_program(&line[start..start + end], stamp, s.get(end..)?)
}

/// ISO 8601 timestamps as rsyslog (`RSYSLOG_FileFormat`) and journald (`short-iso`) write
/// them: `2026-12-01T10:00:00.123456+01:00 host program[pid]: ...`.
pub(super) fn iso_syslog(line: &str) -> Option<Prefix<'_>> {
    let s = skip_priority(line);
    let start = line.len() - s.len();
    let (stamp, len) = iso_stamp(s)?;
    host_program(&line[start..start + len], stamp, s.get(len..)?)
}

/// RFC 5424: `<PRI>1 TIMESTAMP HOST APP-NAME PROCID MSGID STRUCTURED-DATA MSG`.
pub(super) fn rfc5424(line: &str) -> Option<Prefix<'_>> {
    let s = skip_priority(line);
    if s.len() == line.len() {
        return None;
    }
    let s = s.strip_prefix("1 ")?;
    let (stamp, len) = iso_stamp(s)?;
    let time = &s[..len];
    let (host, rest) = word(s.get(len + 1..)?)?;
    let (app, rest) = word(rest)?;
    let (_procid, rest) = word(rest)?;
    let (_msgid, rest) = word(rest)?;
    let message = structured_data_end(rest)?;
    let message = message.trim_start_matches('\u{feff}');
    Some(Prefix {
        time,
        stamp: Some(stamp),
        host: (host != "-").then_some(host),
        program: (app != "-").then_some(app),
        message,
    })
}

/// The message after RFC 5424's structured data (`-` or `[id k="v"]...`).
fn structured_data_end(s: &str) -> Option<&str> {
    if let Some(rest) = s.strip_prefix('-') {
        return Some(rest.strip_prefix(' ').unwrap_or(rest));
    }
    let b = s.as_bytes();
    let mut i = 0;
    while b.get(i) == Some(&b'[') {
        let mut quoted = false;
        i += 1;
        loop {
            match b.get(i)? {
                b'\\' if quoted => i += 1,
                b'"' => quoted = !quoted,
                b']' if !quoted => break,
                _ => {}
            }
            i += 1;
        }
        i += 1;
    }
    (i > 0).then(|| s.get(i..).map(|m| m.strip_prefix(' ').unwrap_or(m)))?
}

/// Exim's own main log: `2026-12-01 10:00:00[.123] [+0100] [[pid]] message`.
pub(super) fn exim_own(line: &str) -> Option<Prefix<'_>> {
    let (year, month, day) = date(line)?;
    if line.as_bytes().get(10) != Some(&b' ') {
        return None;
    }
    let clock_len = clock(&line[11..])?;
    let mut end = 11 + clock_len;
    let clock_str = &line[11..end];
    let mut offset_str = "";
    if line.as_bytes().get(end) == Some(&b' ') {
        let len = offset(&line[end + 1..]);
        if len == 5 {
            offset_str = &line[end + 1..end + 1 + len];
            end += 1 + len;
        }
    }
    let time = &line[..end];
    let mut message = line.get(end..)?.trim_start_matches(' ');
    // `[pid]` with `log_selector = +pid`.
    if let Some(rest) = message.strip_prefix('[') {
        if let Some((pid, after)) = rest.split_once("] ") {
            if pid.bytes().all(|b| b.is_ascii_digit()) {
                message = after;
            }
        }
    }
    Some(Prefix {
        time,
        stamp: Some(Stamp {
            year: Some(year),
            month,
            day,
            clock: clock_str,
            offset: offset_str,
        }),
        host: None,
        program: None,
        message,
    })
}

/// A line with no time, only its program's tag (`postfix/smtp[2113]: ...`), as
/// `journalctl -o cat` prints it: read only when the program is an MTA this module knows.
pub(super) fn tag_only(line: &str, is_mta: impl Fn(&str) -> bool) -> Option<Prefix<'_>> {
    // The tag is the first word: look no further than its end.
    let end = line.find([' ', ':'])?;
    let (tag, message) = (&line[..end], line[end..].strip_prefix(": ")?);
    let program = program_of(tag);
    is_mta(program).then_some(Prefix {
        time: "",
        stamp: None,
        host: None,
        program: Some(program),
        message,
    })
}

/// The program of a syslog tag: `postfix/smtp[2113]` is `postfix/smtp`.
fn program_of(tag: &str) -> &str {
    match tag.find('[') {
        Some(open) if tag.ends_with(']') => &tag[..open],
        _ => tag,
    }
}
