//! One pass over a text to find the best phrase of `PATTERNS` (generated Aho-Corasick
//! automaton). Bytes are lower-cased (ASCII) and runs of white space read as one space, as
//! the phrases were normalised at generation. No allocation.

use crate::explain::Pattern;
use crate::generated_explain::{
    AC_BEST, AC_CLASS, AC_CLASSES, AC_EDGE_BYTE, AC_EDGE_START, AC_EDGE_TARGET, AC_FAIL, AC_ROOT,
    PATTERNS,
};

const STATES: usize = AC_FAIL.len();

/// What a raw byte of the text is to the automaton: its class after lower-casing, with every
/// white-space byte as a space. Built at compile time.
static INPUT_CLASS: [u8; 256] = input_classes();

/// The class of the space, which runs of white space collapse to.
const SPACE: u8 = AC_CLASS[b' ' as usize];

const fn input_classes() -> [u8; 256] {
    let mut map = [0u8; 256];
    let mut b = 0;
    while b < 256 {
        let byte = b as u8;
        let folded = if byte.is_ascii_whitespace() {
            b' '
        } else {
            byte.to_ascii_lowercase()
        };
        map[b] = AC_CLASS[folded as usize];
        b += 1;
    }
    map
}

/// The automaton as a dense table, one row per state and one column per byte class, so that
/// a step is one load. Built from the generated sparse arrays at compile time: the states are
/// numbered breadth first, so a state's failure row is complete before it is copied.
const fn dense() -> [[u16; AC_CLASSES]; STATES] {
    assert!(STATES < u16::MAX as usize, "too many states for u16");
    let mut dfa = [[0u16; AC_CLASSES]; STATES];
    let mut b = 0;
    while b < 256 {
        dfa[0][AC_CLASS[b] as usize] = AC_ROOT[b] as u16;
        b += 1;
    }
    let mut s = 1;
    while s < STATES {
        // Breadth-first numbering: the failure state's row is already complete.
        assert!(
            (AC_FAIL[s] as usize) < s,
            "states must be numbered breadth first"
        );
        dfa[s] = dfa[AC_FAIL[s] as usize];
        let mut e = AC_EDGE_START[s] as usize;
        while e < AC_EDGE_START[s + 1] as usize {
            dfa[s][AC_CLASS[AC_EDGE_BYTE[e] as usize] as usize] = AC_EDGE_TARGET[e] as u16;
            e += 1;
        }
        s += 1;
    }
    dfa
}

/// Marks a step into a state where a phrase ends.
const OUTPUT: u32 = 1 << 31;

/// The steps of the automaton, flat: the entry for a state's row offset plus a byte class is
/// the next state's row offset, with [`OUTPUT`] set when a phrase ends there. Row offsets
/// instead of state numbers keep a multiplication off the byte-to-byte dependency chain.
static STEP: [u32; STATES * AC_CLASSES] = steps();

const fn steps() -> [u32; STATES * AC_CLASSES] {
    let mut dfa = dense();
    // Runs of white space read as one space: a state entered by a space stays put on more
    // space (phrases never hold two spaces in a row, validation sees to it), and the root
    // stays the root. So the scan needs no branch for them.
    let space = SPACE as usize;
    let mut e = 0;
    while e < AC_EDGE_BYTE.len() {
        if AC_EDGE_BYTE[e] == b' ' {
            let t = AC_EDGE_TARGET[e] as usize;
            dfa[t][space] = t as u16;
        }
        e += 1;
    }
    let mut flat = [0u32; STATES * AC_CLASSES];
    let mut s = 0;
    while s < STATES {
        let mut c = 0;
        while c < AC_CLASSES {
            let next = dfa[s][c] as usize;
            let flag = if AC_BEST[next] != u16::MAX { OUTPUT } else { 0 };
            flat[s * AC_CLASSES + c] = (next * AC_CLASSES) as u32 | flag;
            c += 1;
        }
        s += 1;
    }
    flat
}

/// The rank that decides between two matches: priority, then phrase length.
fn rank(p: &Pattern) -> (u8, usize) {
    (p.priority, p.phrase.len())
}

/// The highest-ranked phrase found in `text` (the first found among equals).
pub(crate) fn best_pattern(text: &[u8]) -> Option<&'static Pattern> {
    let mut row = 0usize;
    let mut best: Option<&'static Pattern> = None;
    for &raw in text {
        let step = STEP[row + INPUT_CLASS[raw as usize] as usize];
        row = (step & !OUTPUT) as usize;
        if step & OUTPUT != 0 {
            let p = &PATTERNS[AC_BEST[row / AC_CLASSES] as usize];
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

    /// Phrases that overlap (one's end is another's start, or one holds a prefix of
    /// another) exercise the failure transitions that single phrases never reach.
    #[test]
    fn agrees_with_a_naive_search_on_overlapping_phrases() {
        let mut texts: Vec<String> = Vec::new();
        for (i, p) in PATTERNS.iter().enumerate() {
            for q in PATTERNS.iter().skip(i % 5).step_by(5) {
                texts.push(format!("{} {}", q.phrase, p.phrase));
                // q's first word followed by p: a path that starts down q and must fail over.
                let first = q.phrase.split(' ').next().unwrap_or("");
                texts.push(format!("{first} {}", p.phrase));
            }
        }
        for text in &texts {
            let found = best_pattern(text.as_bytes()).map(|x| x.phrase);
            assert_eq!(found, naive(text).map(|x| x.phrase), "{text}");
        }
        assert!(texts.len() > 10_000);
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
