//! Writes `crates/smtp-codes/src/generated.rs`: the catalog as static tables and `match`
//! look-ups, built with quote and formatted with prettyplease.

use crate::model::{Catalog, DigitDef, VendorNoteDef};
use crate::validate::EnhancedKey;
use proc_macro2::{Ident, Literal, Span, TokenStream};
use quote::quote;

fn lit_u16(n: u16) -> Literal {
    Literal::u16_unsuffixed(n)
}

fn ident(s: &str) -> Ident {
    Ident::new(s, Span::call_site())
}

/// `DATA_END` -> `DataEnd`.
pub fn variant_name(command: &str) -> String {
    command
        .split('_')
        .map(|w| {
            let mut c = w.chars();
            c.next()
                .map(|f| f.to_ascii_uppercase().to_string() + &c.as_str().to_ascii_lowercase())
                .unwrap_or_default()
        })
        .collect()
}

fn status(s: &str) -> TokenStream {
    let v = ident(match s {
        "standard" => "Standard",
        "extension" => "Extension",
        "non-standard" => "NonStandard",
        _ => "Obsolete",
    });
    quote!(Status::#v)
}

fn notes(list: &[VendorNoteDef]) -> TokenStream {
    let items = list.iter().map(|n| {
        let (source, en, es) = (&n.source, &n.en, &n.es);
        quote!(VendorNote { source: #source, en: #en, es: #es })
    });
    quote!(&[#(#items),*])
}

fn digits(list: &[DigitDef]) -> TokenStream {
    let items = list.iter().map(|d| {
        let digit = Literal::u8_unsuffixed(d.digit);
        let (id, name, en, es) = (&d.id, &d.name, &d.en, &d.es);
        quote!(DigitEntry { digit: #digit, id: #id, name: #name, en: #en, es: #es })
    });
    quote!([#(#items),*])
}

fn codes(list: &[u16]) -> TokenStream {
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

fn class_digit(class: Option<u8>) -> TokenStream {
    match class {
        None => quote!(None),
        Some(d) => {
            let v = class_variant(d);
            quote!(Some(#v))
        }
    }
}

/// The Rust source of `generated.rs`, formatted, with its header.
pub fn generate(c: &Catalog, keys: &[EnhancedKey], header: &str) -> String {
    let version = &c.catalog_version;
    let date = &c.iana_registry_date;
    let (classes, categories, subjects) = (
        digits(&c.classes),
        digits(&c.categories),
        digits(&c.subjects),
    );
    let len = |n: usize| Literal::usize_unsuffixed(n);
    let (n_classes, n_categories, n_subjects) = (
        len(c.classes.len()),
        len(c.categories.len()),
        len(c.subjects.len()),
    );
    let (soft_en, soft_es) = (&c.bounces.soft.en, &c.bounces.soft.es);
    let (hard_en, hard_es) = (&c.bounces.hard.en, &c.bounces.hard.es);

    let n_basic = len(c.basic_codes.len());
    let basic = c.basic_codes.iter().map(|b| {
        let (code, id, text, en, es) = (lit_u16(b.code), &b.id, &b.text, &b.en, &b.es);
        let (status, refs, notes) = (status(&b.status), &b.refs, notes(&b.vendor_notes));
        quote!(BasicEntry { code: #code, id: #id, text: #text, status: #status,
            refs: &[#(#refs),*], en: #en, es: #es, vendor_notes: #notes })
    });
    let basic_arms = c.basic_codes.iter().enumerate().map(|(i, b)| {
        let code = lit_u16(b.code);
        let i = len(i);
        quote!(#code => Some(#i),)
    });
    let constants = c.basic_codes.iter().map(|b| {
        let name = ident(&b.id);
        let code = lit_u16(b.code);
        let doc = format!(
            " `{}` {}: \"{}\" ({}; {}).",
            b.code,
            b.id,
            b.text.replace('<', "&lt;").replace('>', "&gt;"),
            b.status,
            b.refs
                .iter()
                .map(|r| if r.starts_with("http") {
                    format!("<{r}>")
                } else {
                    r.clone()
                })
                .collect::<Vec<_>>()
                .join(", ")
        );
        quote!(#[doc = #doc] pub const #name: ReplyCode = ReplyCode::from_known(#code);)
    });

    let n_enhanced = len(c.enhanced_codes.len());
    let enhanced = c.enhanced_codes.iter().zip(keys).map(|(e, k)| {
        let class = class_digit(k.class);
        let (subject, detail) = (lit_u16(k.subject), lit_u16(k.detail));
        let through = lit_u16(e.through.unwrap_or(k.detail));
        let notation = match e.through {
            Some(t) => format!("{}-{t}", e.code),
            None => e.code.clone(),
        };
        let (id, text, en, es) = (&e.id, &e.text, &e.en, &e.es);
        let (basic, status, refs, notes) = (
            codes(&e.basic),
            status(&e.status),
            &e.refs,
            notes(&e.vendor_notes),
        );
        quote!(EnhancedEntry { class: #class, subject: #subject, detail: #detail,
            through: #through, notation: #notation, id: #id, text: #text, basic: #basic,
            status: #status, refs: &[#(#refs),*], en: #en, es: #es, vendor_notes: #notes })
    });
    // Class-specific entries first, so that they win over an `X.` entry of the same detail.
    let mut order: Vec<usize> = (0..keys.len()).collect();
    order.sort_by_key(|&i| keys[i].class.is_none());
    let enhanced_arms = order.iter().map(|&i| {
        let k = keys[i];
        let class = match k.class {
            Some(d) => {
                let d = Literal::u8_unsuffixed(d);
                quote!(#d)
            }
            None => quote!(_),
        };
        let subject = lit_u16(k.subject);
        let detail = match c.enhanced_codes[i].through {
            Some(t) if t != k.detail => {
                let (from, to) = (lit_u16(k.detail), lit_u16(t));
                quote!(#from..=#to)
            }
            _ => {
                let d = lit_u16(k.detail);
                quote!(#d)
            }
        };
        let i = len(i);
        quote!((#class, #subject, #detail) => Some(#i),)
    });

    let n_aliases = len(c.aliases.len());
    let aliases = c.aliases.iter().map(|a| {
        let k = crate::validate::parse_enhanced(&a.enhanced, false).expect("validated");
        let class = class_variant(k.class.unwrap_or(5));
        let (code, subject, detail) = (lit_u16(a.code), lit_u16(k.subject), lit_u16(k.detail));
        let (source, en, es) = (&a.source, &a.en, &a.es);
        quote!(Alias { code: #code,
            enhanced: EnhancedStatusCode::from_parts(#class, #subject, #detail),
            source: #source, en: #en, es: #es })
    });
    let alias_arms = c.aliases.iter().enumerate().map(|(i, a)| {
        let (code, i) = (lit_u16(a.code), len(i));
        quote!(#code => Some(#i),)
    });

    let any_errors = c.any_command_errors.iter().map(|&x| lit_u16(x));
    let n_any = len(c.any_command_errors.len());
    let n_commands = len(c.commands.len());
    let variants = c.commands.iter().map(|cmd| {
        let v = ident(&variant_name(&cmd.command));
        let doc = match cmd.command.as_str() {
            "CONNECT" => " The connection greeting, before any command.".to_string(),
            "DATA_END" => " The end of the message data (`<CRLF>.<CRLF>`).".to_string(),
            other => format!(" `{other}` ({}).", cmd.refs.join(", ")),
        };
        quote!(#[doc = #doc] #v,)
    });
    let commands = c.commands.iter().map(|cmd| {
        let v = ident(&variant_name(&cmd.command));
        let name = &cmd.command;
        let refs = &cmd.refs;
        let (s, i, e) = (
            codes(&cmd.success),
            codes(&cmd.intermediate),
            codes(&cmd.error),
        );
        quote!(CommandEntry { command: Command::#v, name: #name, refs: &[#(#refs),*],
            success: #s, intermediate: #i, error: #e })
    });

    let tokens = quote! {
        use crate::catalog::{Alias, BasicEntry, DigitEntry, EnhancedEntry, Status, VendorNote};
        use crate::code::ReplyCode;
        use crate::commands::CommandEntry;
        use crate::enhanced::{EnhancedClass, EnhancedStatusCode};

        pub(crate) const CATALOG_VERSION: &str = #version;
        pub(crate) const IANA_REGISTRY_DATE: &str = #date;

        pub(crate) static CLASSES: [DigitEntry; #n_classes] = #classes;
        pub(crate) static CATEGORIES: [DigitEntry; #n_categories] = #categories;
        pub(crate) static SUBJECTS: [DigitEntry; #n_subjects] = #subjects;
        pub(crate) const BOUNCE_SOFT: (&str, &str) = (#soft_en, #soft_es);
        pub(crate) const BOUNCE_HARD: (&str, &str) = (#hard_en, #hard_es);

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

        pub(crate) static ANY_COMMAND_ERRORS: [u16; #n_any] = [#(#any_errors),*];

        /// An SMTP command, or a point of the session that gets a reply, as listed in
        /// RFC 5321 §4.3.2 and the extension RFCs.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum Command {
            #(#variants)*
        }

        pub(crate) static COMMANDS: [CommandEntry; #n_commands] = [#(#commands),*];
    };
    let file: syn::File = syn::parse2(tokens).expect("generated Rust parses");
    format!("{header}\n{}", prettyplease::unparse(&file))
}
