//! Writes `crates/smtp-codes/src/generated/explain.rs`: the explain taxonomy (`Reason`, with
//! its whole `impl`), the default reasons of codes and the phrases of real servers (`Pattern`).
//! The phrase automaton is not built here: the core builds it from `PATTERN_LIST` at compile
//! time, in one place (`explain/matcher.rs`).

use crate::gen_rust::{class_pattern, ident, lit_u16, lit_usize, render, text};
use crate::model::{CodeKey, Model};
use quote::quote;

/// The Rust source of `generated/explain.rs`, without its header.
pub fn generate(m: &Model) -> String {
    let variant = |i: usize| {
        let v = ident(&m.reasons[i].variant);
        quote!(Reason::#v)
    };
    let variants = m.reasons.iter().map(|r| {
        let v = ident(&r.variant);
        let doc = format!(" `{}`: {}", r.id, r.description.en);
        quote!(#[doc = #doc] #v,)
    });
    let n_reasons = lit_usize(m.reasons.len());
    let reasons = m.reasons.iter().map(|r| {
        let (id, sisimai, suppress, hard, retry, retry_when_permanent) = (
            &r.id,
            &r.sisimai,
            r.suppress,
            r.sisimai_hardbounce,
            r.retry,
            r.retry_when_permanent,
        );
        let description = text(&r.description);
        quote!(ReasonEntry { id: #id, sisimai: #sisimai, suppress: #suppress,
            sisimai_hardbounce: #hard, retry: #retry,
            retry_when_permanent: #retry_when_permanent, description: #description })
    });
    let all = (0..m.reasons.len()).map(variant);
    let (hard_always, hard_permanent) = (&m.sisimai_hard_always, &m.sisimai_hard_when_permanent);

    let (mut enhanced_arms, mut basic_arms) = (Vec::new(), Vec::new());
    // Class-specific enhanced defaults first, so that they win over `X.` ones.
    let mut code_reasons: Vec<_> = m.code_reasons.iter().collect();
    code_reasons.sort_by_key(|cr| matches!(cr.key, CodeKey::Enhanced(k) if k.class.is_none()));
    for cr in code_reasons {
        let (reason, prio, domain) = (variant(cr.reason), cr.priority, cr.recipient_domain_missing);
        let sisimai = match &cr.sisimai {
            Some(s) => quote!(Some(#s)),
            None => quote!(None),
        };
        match cr.key {
            CodeKey::Basic(n) => {
                let n = lit_u16(n);
                basic_arms.push(quote!(#n => Some(CodeDefault { reason: #reason, sisimai: #sisimai, priority: #prio, recipient_domain_missing: #domain }),));
            }
            CodeKey::Enhanced(k) => {
                let class = class_pattern(k.class);
                let (s, d) = (lit_u16(k.subject), lit_u16(k.detail));
                enhanced_arms.push(quote!((#class, #s, #d) => Some(CodeDefault { reason: #reason, sisimai: #sisimai, priority: #prio, recipient_domain_missing: #domain }),));
            }
        }
    }

    let n_patterns = lit_usize(m.patterns.len());
    let patterns = m.patterns.iter().map(|p| {
        let reason = variant(p.reason);
        let phrase = &p.phrase;
        let sisimai = match &p.sisimai {
            Some(s) => quote!(Some(#s)),
            None => quote!(None),
        };
        let (prio, domain, source) = (p.priority, p.recipient_domain_missing, &p.source);
        let any_command = p.sisimai_any_command;
        quote!(Pattern { phrase: #phrase, reason: #reason, sisimai: #sisimai, priority: #prio,
            recipient_domain_missing: #domain, sisimai_any_command: #any_command,
            source: #source })
    });

    render(quote! {
        use crate::types::{Lang, Localized};
        use core::fmt;

        /// Why a delivery failed, as `explain` classifies it. The identifiers (`as_str`) are a
        /// public contract, shared with the CLI's JSON, Python and C. Reasons may be added in
        /// minor releases, so the enum is `#[non_exhaustive]`.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
        #[non_exhaustive]
        pub enum Reason {
            #(#variants)*
        }

        /// One reason of the taxonomy, as the catalog describes it.
        struct ReasonEntry {
            id: &'static str,
            sisimai: &'static str,
            suppress: bool,
            sisimai_hardbounce: bool,
            retry: bool,
            retry_when_permanent: bool,
            description: Localized,
        }

        static REASONS: [ReasonEntry; #n_reasons] = [#(#reasons),*];

        static ALL_REASONS: [Reason; #n_reasons] = [#(#all),*];

        impl Reason {
            fn entry(self) -> &'static ReasonEntry {
                &REASONS[self as usize]
            }

            /// The identifier: `user_unknown`, `mailbox_full`, ..., `other`, `none`.
            pub fn as_str(self) -> &'static str {
                self.entry().id
            }

            /// The nearest of sisimai's reason names (`userunknown`, `mailboxfull`, `blocked`, ...).
            pub fn sisimai(self) -> &'static str {
                self.entry().sisimai
            }

            /// What the reason means, in the given language.
            pub fn description(self, lang: Lang) -> &'static str {
                self.entry().description.get(lang)
            }

            /// Whether a permanent failure for this reason means the address should be dropped
            /// from lists, as senders and ESPs do (`user_unknown`, `mailbox_disabled`,
            /// `not_accepting_mail`).
            pub fn suppresses(self) -> bool {
                self.entry().suppress
            }

            /// Whether sisimai calls a permanent failure for this reason a hard bounce
            /// (sisimai keeps disabled mailboxes soft).
            pub fn sisimai_hardbounce(self) -> bool {
                self.entry().sisimai_hardbounce
            }

            /// Whether, with no code to tell, a failure for this reason is usually temporary.
            pub fn usually_temporary(self) -> bool {
                self.entry().retry
            }

            /// Whether sending again later can succeed even after a permanent (`5yz`) reply
            /// for this reason (rate limits, greylisting).
            pub fn retry_when_permanent(self) -> bool {
                self.entry().retry_when_permanent
            }

            /// Every reason, in the taxonomy's order.
            pub fn all() -> impl ExactSizeIterator<Item = Reason> {
                ALL_REASONS.iter().copied()
            }

            /// The reason with this identifier.
            pub fn from_name(name: &str) -> Option<Reason> {
                Reason::all().find(|r| r.as_str() == name)
            }
        }

        impl fmt::Display for Reason {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.pad(self.as_str())
            }
        }

        /// A code's default reason, as `code_reasons` gives it.
        #[derive(Debug, Clone, Copy)]
        pub(crate) struct CodeDefault {
            pub(crate) reason: Reason,
            /// sisimai's name for the code, when finer than the reason's own.
            pub(crate) sisimai: Option<&'static str>,
            pub(crate) priority: u8,
            /// The code says the recipient's domain does not exist or accepts no mail.
            pub(crate) recipient_domain_missing: bool,
        }

        /// The default reason of an enhanced code.
        pub(crate) const fn enhanced_reason(class: u8, subject: u16, detail: u16) -> Option<CodeDefault> {
            match (class, subject, detail) {
                #(#enhanced_arms)*
                _ => None,
            }
        }

        /// The default reason of a basic code.
        pub(crate) const fn basic_reason(code: u16) -> Option<CodeDefault> {
            match code {
                #(#basic_arms)*
                _ => None,
            }
        }

        /// sisimai's reason names that are a hard bounce whatever the code.
        pub(crate) const SISIMAI_HARD_ALWAYS: &[&str] = &[#(#hard_always),*];
        /// sisimai's reason names that are a hard bounce when the failure is permanent.
        pub(crate) const SISIMAI_HARD_WHEN_PERMANENT: &[&str] = &[#(#hard_permanent),*];

        /// A phrase of real servers that signals a reason.
        #[derive(Debug, PartialEq, Eq)]
        pub struct Pattern {
            phrase: &'static str,
            reason: Reason,
            sisimai: Option<&'static str>,
            priority: u8,
            recipient_domain_missing: bool,
            sisimai_any_command: bool,
            source: &'static str,
        }

        impl Pattern {
            /// The phrase: lower case, single spaces.
            pub const fn phrase(&self) -> &'static str {
                self.phrase
            }
            /// The reason it signals.
            pub const fn reason(&self) -> Reason {
                self.reason
            }
            /// sisimai's reason name for this phrase, when finer than the reason's own.
            pub const fn sisimai(&self) -> Option<&'static str> {
                self.sisimai
            }
            /// Its weight against other phrases and the codes' default reasons.
            pub const fn priority(&self) -> u8 {
                self.priority
            }
            /// Whether the phrase says the recipient's domain does not exist or accepts no mail.
            pub const fn recipient_domain_missing(&self) -> bool {
                self.recipient_domain_missing
            }
            /// Whether sisimai names this phrase's unknown user `userunknown` whatever SMTP
            /// command the reply answered (its reader of that MTA or provider decides), rather
            /// than `filtered` when the reply did not answer RCPT.
            pub const fn sisimai_any_command(&self) -> bool {
                self.sisimai_any_command
            }
            /// Who sends this phrase.
            pub const fn source(&self) -> &'static str {
                self.source
            }
            /// Every phrase of the catalog.
            pub fn all() -> &'static [Pattern] {
                &PATTERNS
            }
        }

        /// The phrases, as a constant the matcher builds its automaton from at compile time
        /// (a `const fn` cannot read a `static`); only `PATTERNS` exists at run time.
        #[allow(clippy::large_const_arrays)]
        pub(crate) const PATTERN_LIST: [Pattern; #n_patterns] = [#(#patterns),*];

        /// The phrases at run time; the automaton's outputs index this array.
        pub(crate) static PATTERNS: [Pattern; #n_patterns] = PATTERN_LIST;
    })
}
