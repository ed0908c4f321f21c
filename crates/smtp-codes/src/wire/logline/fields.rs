//! The small readers every MTA's lines share: `key=value` fields, addresses, queue ids.

/// A queue id: letters and digits (Postfix's short and long forms, Sendmail's), at least 5.
pub(super) fn is_queue_id(s: &str) -> bool {
    s.len() >= 5 && s.bytes().all(|b| b.is_ascii_alphanumeric())
}

/// The value of `key=` in a list of `key=value` fields separated by `sep`, a value in angle
/// brackets read to its closing bracket (it may hold the separator).
pub(super) fn field<'a>(fields: &'a str, key: &str, sep: &str) -> Option<&'a str> {
    let mut rest = fields;
    loop {
        let start = if rest.starts_with(key) && rest[key.len()..].starts_with('=') {
            0
        } else {
            let at = rest.find(sep)?;
            rest = &rest[at + sep.len()..];
            continue;
        };
        let value = &rest[start + key.len() + 1..];
        let end = if value.starts_with('<') {
            value.find('>').map_or(value.len(), |e| e + 1)
        } else {
            value.find(sep).unwrap_or(value.len())
        };
        return Some(&value[..end]);
    }
}

/// An address without its angle brackets.
pub(super) fn unbracket(s: &str) -> &str {
    s.strip_prefix('<')
        .and_then(|s| s.strip_suffix('>'))
        .unwrap_or(s)
}

/// The next space-separated word of `s`, and the rest after one space.
pub(super) fn word(s: &str) -> Option<(&str, &str)> {
    let end = s.find(' ').unwrap_or(s.len());
    (end > 0).then(|| (&s[..end], s.get(end + 1..).unwrap_or("")))
}
