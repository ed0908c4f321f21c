//! Header-style fields as RFC 3464 (delivery status) and RFC 5965 (feedback reports) write
//! them: `Name: value` lines, folded lines continued by white space, groups separated by
//! blank lines. Linear in the input; nothing here knows what a field means.

/// One field: its name as written and its value, unfolded (continuation lines joined by one
/// space), with surrounding white space trimmed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Field {
    pub(crate) name: String,
    pub(crate) value: String,
}

/// The groups of fields of a `message/delivery-status` or `message/feedback-report` body.
/// Lines that are neither fields nor continuations are skipped.
pub(crate) fn groups(body: &str) -> Vec<Vec<Field>> {
    let mut groups: Vec<Vec<Field>> = Vec::new();
    let mut current: Vec<Field> = Vec::new();
    for raw in body.split('\n') {
        let line = raw.strip_suffix('\r').unwrap_or(raw);
        if line.trim().is_empty() {
            if !current.is_empty() {
                groups.push(std::mem::take(&mut current));
            }
            continue;
        }
        if line.starts_with([' ', '\t']) {
            if let Some(last) = current.last_mut() {
                if !last.value.is_empty() {
                    last.value.push(' ');
                }
                last.value.push_str(line.trim());
            }
            continue;
        }
        if let Some((name, value)) = line.split_once(':') {
            let name = name.trim();
            let is_name = !name.is_empty()
                && name
                    .bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_');
            if is_name {
                current.push(Field {
                    name: name.to_string(),
                    value: value.trim().to_string(),
                });
            }
        }
    }
    if !current.is_empty() {
        groups.push(current);
    }
    groups
}

/// The groups again, with a group that holds several recipients (no blank line between
/// them, as some MTAs write) split at each `Final-Recipient` after the first.
pub(crate) fn split_recipients(groups: Vec<Vec<Field>>) -> Vec<Vec<Field>> {
    let mut out = Vec::with_capacity(groups.len());
    for group in groups {
        let is_final = |f: &Field| f.name.eq_ignore_ascii_case("Final-Recipient");
        if group.iter().filter(|f| is_final(f)).count() <= 1 {
            out.push(group);
            continue;
        }
        let mut current: Vec<Field> = Vec::new();
        let mut seen_final = false;
        for field in group {
            if is_final(&field) {
                if seen_final {
                    out.push(std::mem::take(&mut current));
                }
                seen_final = true;
            }
            current.push(field);
        }
        out.push(current);
    }
    out
}

/// The value of the first field called `name` (any case).
pub(crate) fn get<'a>(group: &'a [Field], name: &str) -> Option<&'a str> {
    group
        .iter()
        .find(|f| f.name.eq_ignore_ascii_case(name))
        .map(|f| f.value.as_str())
        .filter(|v| !v.is_empty())
}

/// `rfc822; bob@example.com` -> `bob@example.com`; a value without a type is kept whole.
/// Angle brackets around the address are dropped.
pub(crate) fn typed_value(value: &str) -> &str {
    let v = match value.split_once(';') {
        Some((_, rest)) => rest.trim(),
        None => value.trim(),
    };
    v.trim_start_matches('<').trim_end_matches('>').trim()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn groups_fields_and_unfolds() {
        let body = "Reporting-MTA: dns; mx.example.com\r\nArrival-Date: Mon, 1 Jan 2024\r\n\r\n\
                    Final-Recipient: rfc822; <bob@example.com>\r\nAction: failed\r\nStatus: 5.1.1\r\n\
                    Diagnostic-Code: smtp; 550 5.1.1 <bob@example.com>:\r\n    Recipient address rejected\r\n";
        let g = groups(body);
        assert_eq!(g.len(), 2);
        assert_eq!(get(&g[0], "reporting-mta"), Some("dns; mx.example.com"));
        assert_eq!(
            typed_value(get(&g[1], "Final-Recipient").unwrap()),
            "bob@example.com"
        );
        assert_eq!(
            get(&g[1], "Diagnostic-Code"),
            Some("smtp; 550 5.1.1 <bob@example.com>: Recipient address rejected")
        );
        assert_eq!(get(&g[1], "Missing"), None);
    }

    #[test]
    fn recipients_without_blank_lines_between_them_are_split() {
        let body =
            "Reporting-MTA: dns; mx\nFinal-Recipient: rfc822; a@example.com\nStatus: 5.2.2\n\
                    Final-Recipient: rfc822; b@example.com\nStatus: 5.1.1\n";
        let g = split_recipients(groups(body));
        assert_eq!(g.len(), 2);
        assert_eq!(get(&g[0], "Status"), Some("5.2.2"));
        assert_eq!(
            typed_value(get(&g[1], "Final-Recipient").unwrap()),
            "b@example.com"
        );
        assert_eq!(get(&g[1], "Status"), Some("5.1.1"));
    }

    #[test]
    fn garbage_is_skipped() {
        assert!(groups("").is_empty());
        assert!(groups("\n\n  \n").is_empty());
        let g = groups("no colon here\n: empty name\nStatus: 4.2.2\n");
        assert_eq!(
            g,
            vec![vec![Field {
                name: "Status".into(),
                value: "4.2.2".into()
            }]]
        );
    }
}
