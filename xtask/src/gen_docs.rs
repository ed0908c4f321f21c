//! Writes the Markdown tables in `docs/`.

use crate::model::{Enhanced, Model, VendorNote};
use std::fmt::Write;

/// Makes a text safe inside a Markdown table cell.
fn cell(s: &str) -> String {
    s.replace('|', "\\|")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('\n', " ")
}

/// `X.1.1`, or `5.7.606–649` for a range.
fn notation(e: &Enhanced) -> String {
    if e.is_range() {
        format!("{}–{}", e.key, e.through)
    } else {
        e.key.to_string()
    }
}

/// The "Vendor uses" table: every vendor note of every code, with the code first.
fn vendor_uses<'a>(out: &mut String, codes: impl Iterator<Item = (String, &'a [VendorNote])>) {
    out.push_str(
        "\n## Vendor uses\n\n| Code | Source | Meaning | Significado |\n|---|---|---|---|\n",
    );
    for (code, notes) in codes {
        for n in notes {
            let _ = writeln!(
                out,
                "| {code} | {} | {} | {} |",
                cell(&n.source),
                cell(&n.description.en),
                cell(&n.description.es)
            );
        }
    }
}

/// `docs/reply-codes.md`.
pub fn reply_codes(c: &Model) -> String {
    let mut out = String::from("\n# SMTP basic reply codes\n\n");
    let _ = writeln!(
        out,
        "Catalog version {}. {} codes. The standard meaning of each code; vendor uses are listed \
         after the table. Spanish descriptions are in the last column.\n",
        c.catalog_version,
        c.basic_codes.len()
    );
    out.push_str("| Code | Name | Text | Class | Status | Reference | Descripción (es) |\n");
    out.push_str("|---|---|---|---|---|---|---|\n");
    for b in &c.basic_codes {
        let _ = writeln!(
            out,
            "| {} | `{}` | {} | {} | {} | {} | {} |",
            b.code,
            b.id,
            cell(&b.text),
            c.class_name(b.code),
            b.status,
            cell(&b.refs.join("; ")),
            cell(&b.description.es)
        );
    }
    vendor_uses(
        &mut out,
        c.basic_codes
            .iter()
            .map(|b| (b.code.to_string(), &b.vendor_notes[..])),
    );
    out.push_str(
        "\n## Dotless aliases of enhanced codes\n\nNumbers that some vendors (Microsoft Exchange) \
         write for an enhanced status code without its dots. Where the number is also a basic \
         code above, the basic code is the standard meaning.\n\n\
         | Number | Enhanced code | Source | Meaning | Significado |\n|---|---|---|---|---|\n",
    );
    for a in &c.aliases {
        let _ = writeln!(
            out,
            "| {} | {} | {} | {} | {} |",
            a.code,
            a.enhanced(),
            cell(&a.source),
            cell(&a.description.en),
            cell(&a.description.es)
        );
    }
    out.push_str("\n## Command-reply sequences (RFC 5321 §4.3.2)\n\n");
    let any: Vec<String> = c.any_command_errors.iter().map(u16::to_string).collect();
    let _ = writeln!(out, "Any command may also return {}.\n", any.join(", "));
    out.push_str(
        "| Command | Success | Intermediate | Error | Reference |\n|---|---|---|---|---|\n",
    );
    let join = |l: &[u16]| l.iter().map(u16::to_string).collect::<Vec<_>>().join(", ");
    for cmd in &c.commands {
        let _ = writeln!(
            out,
            "| {} | {} | {} | {} | {} |",
            cmd.name,
            join(&cmd.success),
            join(&cmd.intermediate),
            join(&cmd.error),
            cell(&cmd.refs.join("; "))
        );
    }
    out
}

/// `docs/enhanced-status-codes.md`.
pub fn enhanced_codes(c: &Model) -> String {
    let mut out = String::from("\n# SMTP enhanced status codes\n\n");
    let _ = writeln!(
        out,
        "Catalog version {}, following the IANA registry as of {}. {} entries. `X` stands for \
         any class (2 success, 4 persistent transient failure, 5 permanent failure).\n",
        c.catalog_version,
        c.iana_registry_date,
        c.enhanced_codes.len()
    );
    out.push_str("## Subjects\n\n| Subject | Name | Meaning | Significado |\n|---|---|---|---|\n");
    for s in &c.subjects {
        let _ = writeln!(
            out,
            "| X.{}.XXX | {} | {} | {} |",
            s.digit,
            cell(&s.name),
            cell(&s.description.en),
            cell(&s.description.es)
        );
    }
    out.push_str(
        "\n## Codes\n\n| Code | Name | Text | Basic codes | Status | Reference | Descripción (es) |\n\
         |---|---|---|---|---|---|---|\n",
    );
    for e in &c.enhanced_codes {
        let code = notation(e);
        let basic: Vec<String> = if e.any_basic_code {
            vec!["any".to_string()]
        } else {
            e.basic.iter().map(u16::to_string).collect()
        };
        let _ = writeln!(
            out,
            "| {} | `{}` | {} | {} | {} | {} | {} |",
            code,
            e.id,
            cell(&e.text),
            basic.join(", "),
            e.status,
            cell(&e.refs.join("; ")),
            cell(&e.description.es)
        );
    }
    vendor_uses(
        &mut out,
        c.enhanced_codes
            .iter()
            .map(|e| (e.key.to_string(), &e.vendor_notes[..])),
    );
    out
}
