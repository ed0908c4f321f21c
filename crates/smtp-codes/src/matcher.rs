//! One pass over a text to find the best phrase of `PATTERNS` (generated Aho-Corasick
//! automaton). Bytes are lower-cased (ASCII) and runs of white space read as one space, as
//! the phrases were normalised at generation. No allocation.

use crate::explain::Pattern;
use crate::generated_explain::{
    AC_BEST, AC_EDGE_BYTE, AC_EDGE_START, AC_EDGE_TARGET, AC_FAIL, AC_ROOT, PATTERNS,
};

/// The transition from `state` on `byte`, following failure links.
#[inline]
fn next(mut state: usize, byte: u8) -> usize {
    loop {
        if state == 0 {
            return AC_ROOT[byte as usize] as usize;
        }
        let (start, end) = (
            AC_EDGE_START[state] as usize,
            AC_EDGE_START[state + 1] as usize,
        );
        // Edges are few and sorted; a short linear scan beats a binary search here.
        for i in start..end {
            let b = AC_EDGE_BYTE[i];
            if b == byte {
                return AC_EDGE_TARGET[i] as usize;
            }
            if b > byte {
                break;
            }
        }
        state = AC_FAIL[state] as usize;
    }
}

/// The rank that decides between two matches: priority, then phrase length.
fn rank(p: &Pattern) -> (u8, usize) {
    (p.priority, p.phrase.len())
}

/// The highest-ranked phrase found in `text` (the first found among equals).
pub(crate) fn best_pattern(text: &[u8]) -> Option<&'static Pattern> {
    let mut state = 0;
    let mut best: Option<&'static Pattern> = None;
    let mut previous_space = true;
    for &raw in text {
        let byte = if raw.is_ascii_whitespace() {
            if previous_space {
                continue;
            }
            previous_space = true;
            b' '
        } else {
            previous_space = false;
            raw.to_ascii_lowercase()
        };
        state = next(state, byte);
        let found = AC_BEST[state];
        if found != u16::MAX {
            let p = &PATTERNS[found as usize];
            if best.is_none_or(|b| rank(p) > rank(b)) {
                best = Some(p);
            }
        }
    }
    best
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The straightforward search the automaton must agree with.
    fn naive(text: &str) -> Option<&'static Pattern> {
        let norm = text
            .split_ascii_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
            .to_ascii_lowercase();
        let mut best: Option<(usize, &'static Pattern)> = None;
        for p in PATTERNS.iter() {
            if let Some(at) = norm.find(p.phrase) {
                let end = at + p.phrase.len();
                let better = match best {
                    None => true,
                    Some((best_end, b)) => {
                        rank(p) > rank(b) || (rank(p) == rank(b) && end < best_end)
                    }
                };
                if better {
                    best = Some((end, p));
                }
            }
        }
        best.map(|(_, p)| p)
    }

    #[test]
    fn agrees_with_a_naive_search_on_every_phrase() {
        for p in PATTERNS.iter() {
            let text = format!(
                "550 5.0.0 <x@example.com>: {}  AND\tMORE",
                p.phrase.to_ascii_uppercase()
            );
            let found = best_pattern(text.as_bytes()).map(|x| x.phrase);
            assert_eq!(found, naive(&text).map(|x| x.phrase), "{text}");
            assert!(found.is_some());
        }
    }

    #[test]
    fn white_space_runs_and_case_do_not_matter() {
        let p = &PATTERNS[0];
        let spaced = p.phrase.replace(' ', " \r\n\t ").to_ascii_uppercase();
        assert!(best_pattern(spaced.as_bytes()).is_some());
        assert!(best_pattern(b"").is_none());
        assert!(best_pattern(b"\x00\xff zzzz qqqq").is_none());
    }
}
