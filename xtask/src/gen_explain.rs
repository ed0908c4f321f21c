//! Writes `crates/smtp-codes/src/generated_explain.rs`: the explain taxonomy (`Reason`), the
//! default reasons of codes, the phrases of real servers, and an Aho-Corasick automaton over
//! the phrases, so that the core finds the best phrase in one pass without building anything
//! at run time.

use crate::gen_rust::variant_name;
use crate::model::Catalog;
use crate::validate::parse_enhanced;
use proc_macro2::{Ident, Literal, Span};
use quote::quote;
use std::collections::{BTreeMap, VecDeque};
use std::fmt::Write;

/// The automaton, in the flat arrays the core reads.
struct Automaton {
    /// Dense transitions of the root state, one per byte.
    root: Vec<u32>,
    /// Sparse transitions of every state: `edge_start[s]..edge_start[s + 1]`.
    edge_start: Vec<u32>,
    edge_byte: Vec<u8>,
    edge_target: Vec<u32>,
    fail: Vec<u32>,
    /// The best pattern ending at each state (including its suffixes), or `u16::MAX`.
    best: Vec<u16>,
}

fn build(phrases: &[&[u8]], rank: impl Fn(usize) -> (u8, usize)) -> Automaton {
    let mut children: Vec<BTreeMap<u8, usize>> = vec![BTreeMap::new()];
    let mut own: Vec<Option<usize>> = vec![None];
    for (i, phrase) in phrases.iter().enumerate() {
        let mut s = 0;
        for &b in *phrase {
            s = match children[s].get(&b) {
                Some(&t) => t,
                None => {
                    children.push(BTreeMap::new());
                    own.push(None);
                    let t = children.len() - 1;
                    children[s].insert(b, t);
                    t
                }
            };
        }
        own[s] = Some(i);
    }
    let n = children.len();
    let better = |a: Option<usize>, b: Option<usize>| match (a, b) {
        (Some(x), Some(y)) => Some(
            if (rank(y), std::cmp::Reverse(y)) > (rank(x), std::cmp::Reverse(x)) {
                y
            } else {
                x
            },
        ),
        (x, None) => x,
        (None, y) => y,
    };
    let mut fail = vec![0usize; n];
    let mut best = own.clone();
    let mut queue: VecDeque<usize> = children[0].values().copied().collect();
    while let Some(s) = queue.pop_front() {
        best[s] = better(best[s], best[fail[s]]);
        for (&b, &t) in &children[s] {
            let mut f = fail[s];
            let target = loop {
                if let Some(&x) = children[f].get(&b) {
                    break x;
                }
                if f == 0 {
                    break 0;
                }
                f = fail[f];
            };
            fail[t] = target;
            queue.push_back(t);
        }
    }
    // Number the states breadth first, so that a state's failure link always points to an
    // earlier state: the core builds its dense table in one forward pass at compile time.
    let mut order = vec![0usize];
    let mut k = 0;
    while k < order.len() {
        order.extend(children[order[k]].values().copied());
        k += 1;
    }
    let mut new_id = vec![0usize; n];
    for (i, &s) in order.iter().enumerate() {
        new_id[s] = i;
    }
    let mut root = vec![0u32; 256];
    for (&b, &t) in &children[0] {
        root[b as usize] = new_id[t] as u32;
    }
    let (mut edge_start, mut edge_byte, mut edge_target) = (Vec::new(), Vec::new(), Vec::new());
    for &s in &order {
        edge_start.push(edge_byte.len() as u32);
        for (&b, &t) in &children[s] {
            edge_byte.push(b);
            edge_target.push(new_id[t] as u32);
        }
    }
    edge_start.push(edge_byte.len() as u32);
    let fail: Vec<u32> = order.iter().map(|&s| new_id[fail[s]] as u32).collect();
    assert!(
        fail.iter()
            .enumerate()
            .skip(1)
            .all(|(s, &f)| (f as usize) < s),
        "breadth-first order"
    );
    Automaton {
        root,
        edge_start,
        edge_byte,
        edge_target,
        fail,
        best: order
            .iter()
            .map(|&s| best[s].map_or(u16::MAX, |b| b as u16))
            .collect(),
    }
}

/// A static array, 16 numbers a line.
fn array<T: std::fmt::Display>(out: &mut String, name: &str, ty: &str, values: &[T]) {
    let _ = writeln!(
        out,
        "pub(crate) static {name}: [{ty}; {}] = [",
        values.len()
    );
    for chunk in values.chunks(16) {
        let line: Vec<String> = chunk.iter().map(ToString::to_string).collect();
        let _ = writeln!(out, "    {},", line.join(", "));
    }
    out.push_str("];\n");
}

fn ident(s: &str) -> Ident {
    Ident::new(s, Span::call_site())
}

/// The Rust source of `generated_explain.rs`.
pub fn generate(c: &Catalog, header: &str) -> String {
    let variants = c.reasons.iter().map(|r| {
        let v = ident(&variant_name(&r.id.to_ascii_uppercase()));
        let doc = format!(" `{}`: {}", r.id, r.en);
        quote!(#[doc = #doc] #v,)
    });
    let n_reasons = Literal::usize_unsuffixed(c.reasons.len());
    let reasons = c.reasons.iter().map(|r| {
        let v = ident(&variant_name(&r.id.to_ascii_uppercase()));
        let (id, sisimai, suppress, retry, en, es) =
            (&r.id, &r.sisimai, r.suppress, r.retry, &r.en, &r.es);
        quote!(ReasonEntry { reason: Reason::#v, id: #id, sisimai: #sisimai, suppress: #suppress,
            retry: #retry, en: #en, es: #es })
    });
    let reason_of = |id: &str| {
        let v = ident(&variant_name(&id.to_ascii_uppercase()));
        quote!(Reason::#v)
    };
    let (mut enhanced_arms, mut basic_arms) = (Vec::new(), Vec::new());
    // Class-specific enhanced defaults first, so that they win over `X.` ones.
    let mut code_reasons: Vec<_> = c.code_reasons.iter().collect();
    code_reasons.sort_by_key(|cr| cr.code.starts_with('X'));
    for cr in code_reasons {
        let reason = reason_of(&cr.reason);
        match cr.code.parse::<u16>() {
            Ok(n) => {
                let prio = cr.priority.unwrap_or(10);
                let n = Literal::u16_unsuffixed(n);
                basic_arms.push(quote!(#n => Some((#reason, #prio)),));
            }
            Err(_) => {
                let k = parse_enhanced(&cr.code, true).expect("validated");
                let prio = cr.priority.unwrap_or(40);
                let class = match k.class {
                    Some(d) => {
                        let d = Literal::u8_unsuffixed(d);
                        quote!(#d)
                    }
                    None => quote!(_),
                };
                let (s, d) = (
                    Literal::u16_unsuffixed(k.subject),
                    Literal::u16_unsuffixed(k.detail),
                );
                enhanced_arms.push(quote!((#class, #s, #d) => Some((#reason, #prio)),));
            }
        }
    }
    let n_patterns = Literal::usize_unsuffixed(c.patterns.len());
    let patterns = c.patterns.iter().map(|p| {
        let reason = reason_of(&p.reason);
        let phrase = &p.phrase;
        let sisimai = match &p.sisimai {
            Some(s) => quote!(Some(#s)),
            None => quote!(None),
        };
        let prio = p.priority.unwrap_or(50);
        let source = &p.source;
        quote!(Pattern { phrase: #phrase, reason: #reason, sisimai: #sisimai, priority: #prio, source: #source })
    });
    let tokens = quote! {
        use crate::explain::{Pattern, ReasonEntry};

        /// Why a delivery failed, as `explain` classifies it. The identifiers (`as_str`) are a
        /// public contract, shared with the CLI's JSON, Python and C.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum Reason {
            #(#variants)*
        }

        pub(crate) static REASONS: [ReasonEntry; #n_reasons] = [#(#reasons),*];

        /// The default reason of an enhanced code, and its priority.
        pub(crate) const fn enhanced_reason(class: u8, subject: u16, detail: u16) -> Option<(Reason, u8)> {
            match (class, subject, detail) {
                #(#enhanced_arms)*
                _ => None,
            }
        }

        /// The default reason of a basic code, and its priority.
        pub(crate) const fn basic_reason(code: u16) -> Option<(Reason, u8)> {
            match code {
                #(#basic_arms)*
                _ => None,
            }
        }

        pub(crate) static PATTERNS: [Pattern; #n_patterns] = [#(#patterns),*];
    };
    let file: syn::File = syn::parse2(tokens).expect("generated Rust parses");
    let mut out = format!("{header}\n{}", prettyplease::unparse(&file));

    let phrases: Vec<&[u8]> = c.patterns.iter().map(|p| p.phrase.as_bytes()).collect();
    let ac = build(&phrases, |i| {
        (
            c.patterns[i].priority.unwrap_or(50),
            c.patterns[i].phrase.len(),
        )
    });
    out.push_str(
        "\n// The Aho-Corasick automaton over PATTERNS (lower-case bytes, one space per run).\n",
    );
    array(&mut out, "AC_ROOT", "u32", &ac.root);
    array(&mut out, "AC_EDGE_START", "u32", &ac.edge_start);
    array(&mut out, "AC_EDGE_BYTE", "u8", &ac.edge_byte);
    array(&mut out, "AC_EDGE_TARGET", "u32", &ac.edge_target);
    array(&mut out, "AC_FAIL", "u32", &ac.fail);
    array(&mut out, "AC_BEST", "u16", &ac.best);
    // Bytes that occur in no phrase share class 0; the others get a class each.
    let mut class = vec![0u16; 256];
    let mut classes = 1u16;
    for b in 0..=255u8 {
        if ac.edge_byte.contains(&b) {
            class[b as usize] = classes;
            classes += 1;
        }
    }
    let _ = writeln!(out, "\n/// The number of byte classes of `AC_CLASS`.\npub(crate) const AC_CLASSES: usize = {classes};");
    array(&mut out, "AC_CLASS", "u8", &class);
    out
}
