//! Writes `crates/smtp-codes/src/generated/message.rs`: the markers that find a bounce
//! message's parts (the returned copy, recipient labels, bounce and auto-reply subjects,
//! opening sentences), as lower-case string tables for `smtp_codes::message`.

use crate::gen_rust::{lit_usize, render};
use crate::model::Model;
use quote::quote;

fn table(name: &str, doc: &str, items: &[String]) -> proc_macro2::TokenStream {
    let ident = proc_macro2::Ident::new(name, proc_macro2::Span::call_site());
    let n = lit_usize(items.len());
    quote! {
        #[doc = #doc]
        pub(crate) static #ident: [&str; #n] = [#(#items),*];
    }
}

/// The Rust source of `generated/message.rs`, without its header.
pub fn generate(m: &Model) -> String {
    let b = &m.bounce_markers;
    let tables = [
        table(
            "COPY_MARKERS",
            " Text in the line that starts the copy of the returned message.",
            &b.copy_markers,
        ),
        table(
            "RECIPIENT_LABELS",
            " Labels before a recipient's address in a plain-text report.",
            &b.recipient_labels,
        ),
        table(
            "BOUNCE_SUBJECTS",
            " Text in the subject of a plain-text bounce.",
            &b.subjects,
        ),
        table(
            "OPENINGS",
            " Opening sentences of plain-text bounces.",
            &b.openings,
        ),
        table(
            "AUTO_REPLY_SUBJECTS",
            " Text in the subject of an automatic reply.",
            &b.auto_reply_subjects,
        ),
        table(
            "FEEDBACK_SUBJECTS",
            " Text in the subject of a complaint sent without a feedback report part.",
            &b.feedback_subjects,
        ),
    ];
    render(quote! { #(#tables)* })
}
