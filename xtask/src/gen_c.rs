//! The C binding's generated files, both read from the lowered model:
//!
//! - `bindings/c/include/smtp_codes.h`: a constant for every known basic and enhanced code
//!   and the reasons enum, from the model; then every type and function of
//!   `bindings/c/src/lib.rs`, written by cbindgen from the Rust items (configured by
//!   `bindings/c/cbindgen.toml`). Nothing in the header is kept in step by hand.
//! - `bindings/c/src/generated_strings.rs`: every string of the catalog as a NUL-terminated
//!   `&'static CStr`, in the order of the core's tables, so the C API hands out static data
//!   with no lock and no allocation.

use crate::gen_rust::{lit_usize, render};
use crate::model::{Digit, Model, Text, VendorNote};
use proc_macro2::{Literal, TokenStream};
use quote::quote;
use std::ffi::CString;
use std::fmt::Write;
use std::path::{Path, PathBuf};

/// The C binding's crate, in the source tree this xtask was built from (not
/// `$SMTP_CODES_ROOT`, which only moves the catalog and the output): its Rust items are the
/// API the header declares.
fn binding_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("xtask lives in the workspace")
        .join("bindings/c")
}

/// The text before the include guard, after the generated-file notice.
const INTRO: &str = "\
/*
 * smtp_codes.h: the SMTP reply-code catalog of smtp-codes for C and C++.
 *
 * Every name starts with smtpcodes_ / SMTPCODES_. Strings of the catalog are static,
 * NUL-terminated, UTF-8 and never freed. Results made from the caller's input
 * (smtpcodes_reply, smtpcodes_explanation, smtpcodes_bounce) are opaque, and freed by one
 * call each.
 * Functions check their pointers and lengths and return a negative smtpcodes_result
 * instead of failing; nothing unwinds into C.
 * Build: cc app.c $(pkg-config --cflags --libs smtp_codes)
 */";

/// The model's constants, between the includes and cbindgen's items.
fn constants(m: &Model) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "#define SMTPCODES_CATALOG_VERSION \"{}\"",
        m.catalog_version
    );
    let _ = writeln!(
        out,
        "#define SMTPCODES_IANA_REGISTRY_DATE \"{}\"",
        m.iana_registry_date
    );
    out.push_str("\n/* Known basic reply codes. */\n");
    for b in &m.basic_codes {
        let _ = writeln!(
            out,
            "#define SMTPCODES_REPLY_{} {} /* {} */",
            b.id, b.code, b.status
        );
    }
    out.push_str(
        "\n/* Known enhanced status codes, as subject * 1000 + detail (the class is yours to choose,\n \
         * except for class-specific vendor codes, noted). */\n\
         #define SMTPCODES_ENHANCED_SUBJECT(key) ((key) / 1000)\n\
         #define SMTPCODES_ENHANCED_DETAIL(key) ((key) % 1000)\n",
    );
    for e in &m.enhanced_codes {
        let k = e.key;
        let class = match k.class {
            Some(d) => format!("class {d} only; "),
            None => String::new(),
        };
        let range = if e.is_range() {
            format!(" to detail {}", e.through)
        } else {
            String::new()
        };
        let _ = writeln!(
            out,
            "#define SMTPCODES_ENHANCED_{} {} /* {class}{k}{range} */",
            e.id,
            u32::from(k.subject) * 1000 + u32::from(k.detail),
        );
    }
    out.push_str(
        "\n/* Why a delivery failed (explain's taxonomy); smtpcodes_reason_count() of them. */\n\
         typedef enum smtpcodes_reason {\n",
    );
    for (i, r) in m.reasons.iter().enumerate() {
        let _ = writeln!(out, "    SMTPCODES_REASON_{} = {i},", r.upper);
    }
    out.push_str("} smtpcodes_reason;\n");
    out.push_str(RECIPIENT);
    out
}

/// The tag of `smtpcodes_bounce_recipient`, which cbindgen does not write (the Rust struct is
/// `cbindgen:ignore`d, and `cbindgen.toml` renames its uses to `struct ...`): a typedef of
/// that name would clash with the function `smtpcodes_bounce_recipient()`.
const RECIPIENT: &str = "
/* One recipient of a bounce report (opaque), owned by the report: smtpcodes_bounce_recipient()
 * hands one out, the smtpcodes_bounce_recipient_ functions read it. It has no typedef, as the
 * function has its name (like struct stat and stat()): write struct smtpcodes_bounce_recipient. */
struct smtpcodes_bounce_recipient;";

/// The header: the model's constants, then cbindgen's rendering of `bindings/c/src/lib.rs`.
/// The caller puts the generated-file notice first.
pub fn header(m: &Model) -> Result<String, String> {
    let dir = binding_dir();
    let toml = dir.join("cbindgen.toml");
    let mut config =
        cbindgen::Config::from_file(&toml).map_err(|e| format!("{}: {e}", toml.display()))?;
    config.header = Some(INTRO.to_string());
    config.after_includes = Some(format!("\n{}", constants(m)));
    let bindings = cbindgen::Builder::new()
        .with_config(config)
        .with_src(dir.join("src/lib.rs"))
        .generate()
        .map_err(|e| format!("cbindgen over bindings/c/src/lib.rs: {e}"))?;
    let mut out = Vec::new();
    bindings.write(&mut out);
    String::from_utf8(out).map_err(|e| format!("cbindgen wrote invalid UTF-8: {e}"))
}

/// A `c"..."` literal. Validation refuses control characters, so a NUL cannot occur; if one
/// did, the generated file would not compile rather than hold a truncated string.
fn c(s: &str) -> Literal {
    match CString::new(s) {
        Ok(c) => Literal::c_string(&c),
        Err(_) => Literal::string(s),
    }
}

fn text(t: &Text) -> TokenStream {
    let (en, es) = (c(&t.en), c(&t.es));
    quote!([#en, #es])
}

fn refs(list: &[String]) -> TokenStream {
    let items = list.iter().map(|r| c(r));
    quote!(&[#(#items),*])
}

fn notes(list: &[VendorNote]) -> TokenStream {
    let items = list.iter().map(|n| {
        let (source, description) = (c(&n.source), text(&n.description));
        quote!(Note { source: #source, description: #description })
    });
    quote!(&[#(#items),*])
}

fn digits(list: &[Digit]) -> TokenStream {
    let items = list.iter().map(|d| {
        let (id, name, description) = (c(&d.id), c(&d.name), text(&d.description));
        quote!(Digit { id: #id, name: #name, description: #description })
    });
    quote!([#(#items),*])
}

/// `bindings/c/src/generated_strings.rs` (the caller adds the notice).
pub fn strings(m: &Model) -> String {
    let n = |len: usize| lit_usize(len);
    let (n_classes, n_categories, n_subjects) = (
        n(m.classes.len()),
        n(m.categories.len()),
        n(m.subjects.len()),
    );
    let (classes, categories, subjects) = (
        digits(&m.classes),
        digits(&m.categories),
        digits(&m.subjects),
    );
    let (soft, hard) = (text(&m.bounce_soft), text(&m.bounce_hard));
    let n_basic = n(m.basic_codes.len());
    let basic = m.basic_codes.iter().map(|b| {
        let (name, text_, status) = (c(&b.id), c(&b.text), c(b.status.as_str()));
        let (description, references, vendor_notes) =
            (text(&b.description), refs(&b.refs), notes(&b.vendor_notes));
        quote!(Basic {
            name: #name, text: #text_, status: #status, description: #description,
            references: #references, vendor_notes: #vendor_notes,
        })
    });
    let n_enhanced = n(m.enhanced_codes.len());
    let enhanced = m.enhanced_codes.iter().map(|e| {
        let (notation, name, text_) = (c(&e.notation), c(&e.id), c(&e.text));
        let status = c(e.status.as_str());
        let (description, references, vendor_notes) =
            (text(&e.description), refs(&e.refs), notes(&e.vendor_notes));
        quote!(Enhanced {
            notation: #notation, name: #name, text: #text_, status: #status,
            description: #description, references: #references, vendor_notes: #vendor_notes,
        })
    });
    let n_aliases = n(m.aliases.len());
    let aliases = m.aliases.iter().map(|a| {
        let (source, description) = (c(&a.source), text(&a.description));
        quote!(Alias { source: #source, description: #description })
    });
    let n_commands = n(m.commands.len());
    let commands = m.commands.iter().map(|cmd| {
        let (name, references) = (c(&cmd.name), refs(&cmd.refs));
        quote!(Command { name: #name, references: #references })
    });
    let n_reasons = n(m.reasons.len());
    let reasons = m.reasons.iter().map(|r| {
        let (id, sisimai, description) = (c(&r.id), c(&r.sisimai), text(&r.description));
        quote!(Reason { id: #id, sisimai: #sisimai, description: #description })
    });
    let n_patterns = n(m.patterns.len());
    let patterns = m.patterns.iter().map(|p| {
        let phrase = c(&p.phrase);
        let sisimai = match &p.sisimai {
            Some(s) => {
                let s = c(s);
                quote!(Some(#s))
            }
            None => quote!(None),
        };
        quote!(Pattern { phrase: #phrase, sisimai: #sisimai })
    });
    render(quote! {
        //! The catalog's strings as NUL-terminated C strings, made at build time: each table
        //! is indexed like the core's (`smtp_codes::catalog::basic_codes()`, ...), and each
        //! text is `[English, Spanish]`, indexed by `smtpcodes_lang`.

        use std::ffi::CStr;

        /// A text in every language, indexed by `smtpcodes_lang`.
        pub(crate) type Localized = [&'static CStr; 2];

        /// A digit's meaning (`catalog::classes()`, `categories()`, `subjects()`).
        pub(crate) struct Digit {
            pub(crate) id: &'static CStr,
            pub(crate) name: &'static CStr,
            pub(crate) description: Localized,
        }

        /// A vendor note.
        pub(crate) struct Note {
            pub(crate) source: &'static CStr,
            pub(crate) description: Localized,
        }

        /// A basic code (`catalog::basic_codes()`).
        pub(crate) struct Basic {
            pub(crate) name: &'static CStr,
            pub(crate) text: &'static CStr,
            pub(crate) status: &'static CStr,
            pub(crate) description: Localized,
            pub(crate) references: &'static [&'static CStr],
            pub(crate) vendor_notes: &'static [Note],
        }

        /// An enhanced code (`catalog::enhanced_codes()`).
        pub(crate) struct Enhanced {
            pub(crate) notation: &'static CStr,
            pub(crate) name: &'static CStr,
            pub(crate) text: &'static CStr,
            pub(crate) status: &'static CStr,
            pub(crate) description: Localized,
            pub(crate) references: &'static [&'static CStr],
            pub(crate) vendor_notes: &'static [Note],
        }

        /// An alias (`catalog::aliases()`).
        pub(crate) struct Alias {
            pub(crate) source: &'static CStr,
            pub(crate) description: Localized,
        }

        /// A command (`commands::commands()`).
        pub(crate) struct Command {
            pub(crate) name: &'static CStr,
            pub(crate) references: &'static [&'static CStr],
        }

        /// A reason (`explain::Reason::all()`).
        pub(crate) struct Reason {
            pub(crate) id: &'static CStr,
            pub(crate) sisimai: &'static CStr,
            pub(crate) description: Localized,
        }

        /// A phrase (`explain::Pattern::all()`).
        pub(crate) struct Pattern {
            pub(crate) phrase: &'static CStr,
            pub(crate) sisimai: Option<&'static CStr>,
        }

        pub(crate) static CLASSES: [Digit; #n_classes] = #classes;
        pub(crate) static CATEGORIES: [Digit; #n_categories] = #categories;
        pub(crate) static SUBJECTS: [Digit; #n_subjects] = #subjects;
        pub(crate) static BOUNCE_SOFT: Localized = #soft;
        pub(crate) static BOUNCE_HARD: Localized = #hard;
        pub(crate) static BASIC: [Basic; #n_basic] = [#(#basic),*];
        pub(crate) static ENHANCED: [Enhanced; #n_enhanced] = [#(#enhanced),*];
        pub(crate) static ALIASES: [Alias; #n_aliases] = [#(#aliases),*];
        pub(crate) static COMMANDS: [Command; #n_commands] = [#(#commands),*];
        pub(crate) static REASONS: [Reason; #n_reasons] = [#(#reasons),*];
        pub(crate) static PATTERNS: [Pattern; #n_patterns] = [#(#patterns),*];
    })
}
