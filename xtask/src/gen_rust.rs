//! Writes the core crate's generated tables (`crates/smtp-codes/src/generated/`): the catalog
//! as static arrays with `match` look-ups, and the command table with its `Command` enum.
//! Built with quote and formatted with prettyplease; reads only the lowered model.

use crate::model::{Digit, Model, Status, Text, VendorNote};
use proc_macro2::{Ident, Literal, Span, TokenStream};
use quote::quote;

pub(crate) fn lit_u16(n: u16) -> Literal {
    Literal::u16_unsuffixed(n)
}

pub(crate) fn lit_usize(n: usize) -> Literal {
    Literal::usize_unsuffixed(n)
}

pub(crate) fn ident(s: &str) -> Ident {
    Ident::new(s, Span::call_site())
}

/// Formats a token stream as a Rust file (the caller adds the header).
pub(crate) fn render(tokens: TokenStream) -> String {
    let file: syn::File = syn::parse2(tokens).expect("generated Rust parses");
    format!("\n{}", prettyplease::unparse(&file))
}

pub(crate) fn text(t: &Text) -> TokenStream {
    let (en, es) = (&t.en, &t.es);
    quote!(Localized { en: #en, es: #es })
}

fn status(s: Status) -> TokenStream {
    let v = ident(s.rust_variant());
    quote!(Status::#v)
}

fn notes(list: &[VendorNote]) -> TokenStream {
    let items = list.iter().map(|n| {
        let (source, description) = (&n.source, text(&n.description));
        quote!(VendorNote { source: #source, description: #description })
    });
    quote!(&[#(#items),*])
}

fn digits(list: &[Digit]) -> TokenStream {
    let items = list.iter().map(|d| {
        let digit = Literal::u8_unsuffixed(d.digit);
        let (id, name, description) = (&d.id, &d.name, text(&d.description));
        quote!(DigitEntry { digit: #digit, id: #id, name: #name, description: #description })
    });
    quote!([#(#items),*])
}

pub(crate) fn codes(list: &[u16]) -> TokenStream {
    let items = list.iter().map(|&c| lit_u16(c));
    quote!(&[#(#items),*])
}

fn class_variant(digit: u8) -> TokenStream {
    match digit {
        2 => quote!(EnhancedClass::Success),
        4 => quote!(EnhancedClass::PersistentTransientFailure),
        _ => quote!(EnhancedClass::PermanentFailure),
    }
}

/// A class digit as a `match` pattern: `5`, or `_` for every class.
pub(crate) fn class_pattern(class: Option<u8>) -> TokenStream {
    match class {
        Some(d) => {
            let d = Literal::u8_unsuffixed(d);
            quote!(#d)
        }
        None => quote!(_),
    }
}

/// A reference as rustdoc shows it: every URL in it becomes a link (`<https://...>`), so that
/// the docs build with warnings denied.
fn doc_ref(r: &str) -> String {
    let mut out = String::new();
    let mut rest = r;
    while let Some(at) = ["https://", "http://"]
        .iter()
        .filter_map(|scheme| rest.find(scheme))
        .min()
    {
        out.push_str(&rest[..at]);
        let url_len = rest[at..]
            .find(|c: char| c.is_whitespace() || matches!(c, ')' | ';' | ',' | '>' | '"'))
            .unwrap_or(rest.len() - at);
        let url = &rest[at..at + url_len];
        out.push_str(&format!("<{url}>"));
        rest = &rest[at + url_len..];
    }
    out.push_str(rest);
    out
}

/// `generated/catalog.rs`: digits, basic codes, enhanced codes and aliases.
pub fn catalog(m: &Model) -> String {
    let version = &m.catalog_version;
    let date = &m.iana_registry_date;
    let (classes, categories, subjects) = (
        digits(&m.classes),
        digits(&m.categories),
        digits(&m.subjects),
    );
    let (n_classes, n_categories, n_subjects) = (
        lit_usize(m.classes.len()),
        lit_usize(m.categories.len()),
        lit_usize(m.subjects.len()),
    );
    let (soft, hard) = (text(&m.bounce_soft), text(&m.bounce_hard));

    let n_basic = lit_usize(m.basic_codes.len());
    let basic = m.basic_codes.iter().map(|b| {
        let (code, id, txt) = (lit_u16(b.code), &b.id, &b.text);
        let (status, refs, notes) = (status(b.status), &b.refs, notes(&b.vendor_notes));
        let description = text(&b.description);
        quote!(BasicEntry { code: #code, id: #id, text: #txt, status: #status,
            refs: &[#(#refs),*], description: #description, vendor_notes: #notes })
    });
    let basic_arms = m.basic_codes.iter().enumerate().map(|(i, b)| {
        let (code, i) = (lit_u16(b.code), lit_usize(i));
        quote!(#code => Some(#i),)
    });
    let constants = m.basic_codes.iter().map(|b| {
        let name = ident(&b.id);
        let code = lit_u16(b.code);
        let refs: Vec<String> = b.refs.iter().map(|r| doc_ref(r)).collect();
        let doc = format!(
            " `{}` {}: \"{}\" ({}; {}).",
            b.code,
            b.id,
            b.text.replace('<', "&lt;").replace('>', "&gt;"),
            b.status,
            refs.join(", ")
        );
        quote!(#[doc = #doc] pub const #name: ReplyCode = ReplyCode::from_known(#code);)
    });

    let n_enhanced = lit_usize(m.enhanced_codes.len());
    let enhanced = m.enhanced_codes.iter().map(|e| {
        let class = match e.key.class {
            Some(d) => {
                let v = class_variant(d);
                quote!(Some(#v))
            }
            None => quote!(None),
        };
        let (subject, detail, through) = (
            lit_u16(e.key.subject),
            lit_u16(e.key.detail),
            lit_u16(e.through),
        );
        let (notation, id, txt) = (&e.notation, &e.id, &e.text);
        let (basic, status, refs, notes) = (
            codes(&e.basic),
            status(e.status),
            &e.refs,
            notes(&e.vendor_notes),
        );
        let description = text(&e.description);
        let any = e.any_basic_code;
        quote!(EnhancedEntry { class: #class, subject: #subject, detail: #detail,
            through: #through, notation: #notation, id: #id, text: #txt, basic: #basic,
            any_basic_code: #any, status: #status, refs: &[#(#refs),*], description: #description,
            vendor_notes: #notes })
    });
    // Class-specific entries first, so that they win over an `X.` entry of the same detail.
    let mut order: Vec<usize> = (0..m.enhanced_codes.len()).collect();
    order.sort_by_key(|&i| m.enhanced_codes[i].key.class.is_none());
    let enhanced_arms = order.iter().map(|&i| {
        let e = &m.enhanced_codes[i];
        let class = class_pattern(e.key.class);
        let subject = lit_u16(e.key.subject);
        let (from, to) = (lit_u16(e.key.detail), lit_u16(e.through));
        let detail = if e.is_range() {
            quote!(#from..=#to)
        } else {
            quote!(#from)
        };
        let i = lit_usize(i);
        quote!((#class, #subject, #detail) => Some(#i),)
    });

    let n_aliases = lit_usize(m.aliases.len());
    let aliases = m.aliases.iter().map(|a| {
        let class = class_variant(a.class);
        let (code, subject, detail) = (lit_u16(a.code), lit_u16(a.subject), lit_u16(a.detail));
        let (source, description) = (&a.source, text(&a.description));
        quote!(Alias { code: #code,
            enhanced: EnhancedStatusCode::from_parts(#class, #subject, #detail),
            source: #source, description: #description })
    });
    let alias_arms = m.aliases.iter().enumerate().map(|(i, a)| {
        let (code, i) = (lit_u16(a.code), lit_usize(i));
        quote!(#code => Some(#i),)
    });

    render(quote! {
        use crate::types::{
            Alias, BasicEntry, DigitEntry, EnhancedClass, EnhancedEntry, EnhancedStatusCode,
            Localized, ReplyCode, Status, VendorNote,
        };

        pub(crate) const CATALOG_VERSION: &str = #version;
        pub(crate) const IANA_REGISTRY_DATE: &str = #date;

        pub(crate) static CLASSES: [DigitEntry; #n_classes] = #classes;
        pub(crate) static CATEGORIES: [DigitEntry; #n_categories] = #categories;
        pub(crate) static SUBJECTS: [DigitEntry; #n_subjects] = #subjects;
        pub(crate) static BOUNCE_SOFT: Localized = #soft;
        pub(crate) static BOUNCE_HARD: Localized = #hard;

        pub(crate) static BASIC: [BasicEntry; #n_basic] = [#(#basic),*];

        /// The index in `BASIC` of a known basic code.
        pub(crate) const fn basic_index(code: u16) -> Option<usize> {
            match code {
                #(#basic_arms)*
                _ => None,
            }
        }

        /// Named constants for every known basic reply code.
        impl ReplyCode {
            #(#constants)*
        }

        pub(crate) static ENHANCED: [EnhancedEntry; #n_enhanced] = [#(#enhanced),*];

        /// The index in `ENHANCED` of the entry for a class, subject and detail.
        pub(crate) const fn enhanced_index(class: u8, subject: u16, detail: u16) -> Option<usize> {
            match (class, subject, detail) {
                #(#enhanced_arms)*
                _ => None,
            }
        }

        pub(crate) static ALIASES: [Alias; #n_aliases] = [#(#aliases),*];

        /// The index in `ALIASES` of a dotless number.
        pub(crate) const fn alias_index(code: u16) -> Option<usize> {
            match code {
                #(#alias_arms)*
                _ => None,
            }
        }
    })
}

/// `generated/commands.rs`: the `Command` enum with its whole `impl`, and the table it reads.
pub fn commands(m: &Model) -> String {
    let any_errors = m.any_command_errors.iter().map(|&x| lit_u16(x));
    let n_any = lit_usize(m.any_command_errors.len());
    let n_commands = lit_usize(m.commands.len());
    let variants = m.commands.iter().map(|cmd| {
        let v = ident(&cmd.variant);
        let doc = match cmd.name.as_str() {
            "CONNECT" => " The connection greeting, before any command.".to_string(),
            "DATA_END" => " The end of the message data (`<CRLF>.<CRLF>`).".to_string(),
            other => format!(" `{other}` ({}).", cmd.refs.join(", ")),
        };
        quote!(#[doc = #doc] #v,)
    });
    let entries = m.commands.iter().map(|cmd| {
        let v = ident(&cmd.variant);
        let (name, refs) = (&cmd.name, &cmd.refs);
        let (s, i, e) = (
            codes(&cmd.success),
            codes(&cmd.intermediate),
            codes(&cmd.error),
        );
        quote!(CommandEntry { command: Command::#v, name: #name, refs: &[#(#refs),*],
            success: #s, intermediate: #i, error: #e })
    });
    render(quote! {
        use crate::types::{ReplyCode, ReplyRole};
        use core::fmt;

        /// An SMTP command, or a point of the session that gets a reply, as listed in
        /// RFC 5321 §4.3.2 and the extension RFCs. New commands may be added in minor
        /// releases, so the enum is `#[non_exhaustive]`.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
        #[non_exhaustive]
        pub enum Command {
            #(#variants)*
        }

        /// The replies one command may get.
        #[derive(Debug, PartialEq, Eq)]
        pub struct CommandEntry {
            command: Command,
            name: &'static str,
            refs: &'static [&'static str],
            success: &'static [u16],
            intermediate: &'static [u16],
            error: &'static [u16],
        }

        /// The replies any command may get (RFC 5321 §4.3.2).
        static ANY_COMMAND_ERRORS: [u16; #n_any] = [#(#any_errors),*];

        static COMMANDS: [CommandEntry; #n_commands] = [#(#entries),*];

        fn codes(list: &'static [u16]) -> impl ExactSizeIterator<Item = ReplyCode> {
            list.iter().map(|&c| ReplyCode::from_known(c))
        }

        impl CommandEntry {
            /// The command.
            pub const fn command(&self) -> Command {
                self.command
            }
            /// The command's name, such as `RCPT` (`CONNECT` and `DATA_END` for the greeting
            /// and the end of data).
            pub const fn name(&self) -> &'static str {
                self.name
            }
            /// The RFC sections that define the command's replies.
            pub const fn references(&self) -> &'static [&'static str] {
                self.refs
            }
            /// The success replies (`2yz`).
            pub fn success(&self) -> impl ExactSizeIterator<Item = ReplyCode> {
                codes(self.success)
            }
            /// The intermediate replies (`3yz`).
            pub fn intermediate(&self) -> impl ExactSizeIterator<Item = ReplyCode> {
                codes(self.intermediate)
            }
            /// The error replies (`4yz` and `5yz`) listed for this command, without the ones
            /// any command may return.
            pub fn errors(&self) -> impl ExactSizeIterator<Item = ReplyCode> {
                codes(self.error)
            }
        }

        impl Command {
            /// Every command, in the order of RFC 5321 §4.3.2 followed by the extensions.
            pub fn all() -> impl ExactSizeIterator<Item = Command> {
                COMMANDS.iter().map(|e| e.command)
            }

            /// The command's entry in the table.
            pub fn entry(self) -> &'static CommandEntry {
                &COMMANDS[self as usize]
            }

            /// The command's name, such as `RCPT`.
            pub fn name(self) -> &'static str {
                self.entry().name
            }

            /// The command with this name, in any case.
            pub fn from_name(name: &str) -> Option<Command> {
                COMMANDS
                    .iter()
                    .find(|e| e.name.eq_ignore_ascii_case(name))
                    .map(|e| e.command)
            }

            /// The role `code` has as a reply to this command, or `None` if the command may
            /// not return it.
            pub fn role_of(self, code: ReplyCode) -> Option<ReplyRole> {
                let entry = self.entry();
                let n = code.as_u16();
                if entry.success.contains(&n) {
                    Some(ReplyRole::Success)
                } else if entry.intermediate.contains(&n) {
                    Some(ReplyRole::Intermediate)
                } else if entry.error.contains(&n) || ANY_COMMAND_ERRORS.contains(&n) {
                    Some(ReplyRole::Error)
                } else {
                    None
                }
            }

            /// Whether this command may return `code` ("may RCPT return 354?" -> no).
            pub fn may_return(self, code: ReplyCode) -> bool {
                self.role_of(code).is_some()
            }
        }

        impl fmt::Display for Command {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(self.name())
            }
        }

        /// The replies any command may return (421, 500, 501).
        pub fn any_command_errors() -> impl ExactSizeIterator<Item = ReplyCode> {
            codes(&ANY_COMMAND_ERRORS)
        }

        /// Every command with its replies.
        pub fn commands() -> &'static [CommandEntry] {
            &COMMANDS
        }
    })
}
