//! The phrase automaton, built wholly here: an Aho-Corasick automaton over the phrases of
//! `PATTERN_LIST`, made into a table at compile time (`const fn`): a full row for each state
//! near the root or where phrases part, one step and a failure state for each state along a
//! single phrase. One pass of it over a text finds the best phrase. Bytes are lower-cased
//! (ASCII) and runs of white space read as one space, the form validation gives the phrases.
//! Nothing is built at run time and nothing is allocated.

use crate::generated::explain::{Pattern, PATTERNS, PATTERN_LIST};

const PHRASES: &[Pattern] = &PATTERN_LIST;

/// Which input bytes occur in some phrase: each gets a class of its own, every other byte
/// shares class 0, so the table has one column per class instead of 256.
const fn byte_classes() -> ([u8; 256], usize) {
    let mut used = [false; 256];
    let mut i = 0;
    while i < PHRASES.len() {
        let bytes = PHRASES[i].phrase().as_bytes();
        let mut j = 0;
        while j < bytes.len() {
            used[bytes[j] as usize] = true;
            j += 1;
        }
        i += 1;
    }
    let mut map = [0u8; 256];
    let mut next = 1usize;
    let mut b = 0;
    while b < 256 {
        if used[b] {
            assert!(next < 256, "too many distinct bytes in the phrases");
            map[b] = next as u8;
            next += 1;
        }
        b += 1;
    }
    (map, next)
}

const CLASS_OF: [u8; 256] = byte_classes().0;
const CLASSES: usize = byte_classes().1;
const SPACE: usize = CLASS_OF[b' ' as usize] as usize;

/// An upper bound of the trie's size: the root and one state per phrase byte.
const fn max_states() -> usize {
    let mut n = 1;
    let mut i = 0;
    while i < PHRASES.len() {
        n += PHRASES[i].phrase().len();
        i += 1;
    }
    n
}

const MAX_STATES: usize = max_states();

/// The trie of the phrases: `goto[s][class]` is the child (0 for none: no edge leads back to
/// the root), `own[s]` the phrase that ends at `s` (`NONE` if none), `len` the states used.
struct Trie {
    goto: [[u16; CLASSES]; MAX_STATES],
    own: [u16; MAX_STATES],
    len: usize,
    /// How many children each state has, and the class of the last one added.
    children: [u8; MAX_STATES],
    last_class: [u8; MAX_STATES],
    /// How many bytes lead from the root to the state.
    depth: [u16; MAX_STATES],
}

const NONE: u16 = u16::MAX;

const fn trie() -> Trie {
    assert!(MAX_STATES < u16::MAX as usize, "too many states for u16");
    let mut t = Trie {
        goto: [[0; CLASSES]; MAX_STATES],
        own: [NONE; MAX_STATES],
        len: 1,
        children: [0; MAX_STATES],
        last_class: [0; MAX_STATES],
        depth: [0; MAX_STATES],
    };
    let mut i = 0;
    while i < PHRASES.len() {
        let bytes = PHRASES[i].phrase().as_bytes();
        let mut s = 0;
        let mut j = 0;
        while j < bytes.len() {
            let c = CLASS_OF[bytes[j] as usize] as usize;
            if t.goto[s][c] == 0 {
                t.goto[s][c] = t.len as u16;
                t.children[s] = t.children[s].saturating_add(1);
                t.last_class[s] = c as u8;
                t.depth[t.len] = t.depth[s] + 1;
                t.len += 1;
            }
            s = t.goto[s][c] as usize;
            j += 1;
        }
        t.own[s] = i as u16;
        i += 1;
    }
    t
}

const STATES: usize = trie().len;

/// How phrases rank: priority first, then length.
const fn rank(p: &Pattern) -> (u8, usize) {
    (p.priority(), p.phrase().len())
}

/// Whether phrase `a` beats phrase `b` at the same state: higher rank, then the earlier one.
const fn beats(a: u16, b: u16) -> bool {
    if a == NONE {
        return false;
    }
    if b == NONE {
        return true;
    }
    let (ra, rb) = (rank(&PHRASES[a as usize]), rank(&PHRASES[b as usize]));
    ra.0 > rb.0 || (ra.0 == rb.0 && (ra.1 > rb.1 || (ra.1 == rb.1 && a < b)))
}

/// The automaton: `step[s][class]` is the next state, `best[s]` the best phrase that ends at
/// `s`, itself or one of its suffixes.
struct Dense {
    step: [[u16; CLASSES]; STATES],
    best: [u16; STATES],
    /// The failure state: the longest proper suffix of the state's text that is a state.
    fail: [u16; STATES],
}

/// Completes the trie into a dense automaton. States are visited breadth first, so a state's
/// failure state, which is shallower, has its row complete before the state itself: this is
/// the one place that order matters.
const fn dense() -> Dense {
    let t = trie();
    let mut d = Dense {
        step: [[0; CLASSES]; STATES],
        best: [NONE; STATES],
        fail: [0; STATES],
    };
    let mut queue = [0u16; STATES];
    let (mut head, mut tail) = (0, 1); // the root is queue[0]
    while head < tail {
        let s = queue[head] as usize;
        head += 1;
        let f = d.fail[s] as usize;
        d.best[s] = if s != 0 && beats(d.best[f], t.own[s]) {
            d.best[f]
        } else {
            t.own[s]
        };
        let mut c = 0;
        while c < CLASSES {
            let child = t.goto[s][c];
            if child == 0 {
                d.step[s][c] = if s == 0 { 0 } else { d.step[f][c] };
            } else {
                d.fail[child as usize] = if s == 0 { 0 } else { d.step[f][c] };
                d.step[s][c] = child;
                queue[tail] = child;
                tail += 1;
            }
            c += 1;
        }
    }
    assert!(tail == STATES, "every state is reached once");
    // Runs of white space read as one space: a state entered by a space stays put on more
    // space (phrases never hold two spaces in a row, validation sees to it), and the root
    // stays the root. So the scan needs no branch for them.
    let mut s = 0;
    while s < STATES {
        let mut c = 0;
        while c < CLASSES {
            let child = t.goto[s][c] as usize;
            if child != 0 && c == SPACE {
                d.step[child][SPACE] = child as u16;
            }
            c += 1;
        }
        s += 1;
    }
    d
}

/// The flag on a step into a state where some phrase ends.
const OUTPUT: u32 = 1 << 31;

/// Whether a state keeps a full row of the table: the root, the states one byte from it, and
/// the states where phrases part (two children or more). The others, most of them, lie
/// along a single phrase and keep one step and their failure state (a "chain" state). The
/// scan reads the table one step per byte at random: full rows for every state (6,294 states,
/// 2.2 MB) do not stay in the cache between two texts, these (227 rows and 6,067 chain
/// states, 160 KB with the phrase of each state) mostly do.
const fn is_dense(t: &Trie, s: usize) -> bool {
    s == 0 || t.depth[s] <= 1 || t.children[s] > 1
}

/// How many states keep a full row.
const fn dense_states() -> usize {
    let t = trie();
    let mut n = 0;
    let mut s = 0;
    while s < STATES {
        if is_dense(&t, s) {
            n += 1;
        }
        s += 1;
    }
    n
}

const DENSE_STATES: usize = dense_states();
const CHAIN_STATES: usize = STATES - DENSE_STATES;
/// Where the chain states' ids start: a dense state's id is its row's offset in `rows`.
const CHAIN_BASE: usize = DENSE_STATES * CLASSES;
/// The class of no byte: a chain state that ends its phrase has no step.
const NO_CLASS: u8 = u8::MAX;

/// A state along a single phrase: the class that leads on, where it leads, and the failure
/// state to go on from on any other byte.
#[derive(Clone, Copy)]
struct Chain {
    class: u8,
    /// Entered by a space: more space keeps the state (runs of white space read as one).
    space_stays: bool,
    step: u32,
    fail: u32,
}

/// The scan's table. A state's id is its row's offset in `rows` for a dense state, and
/// `CHAIN_BASE` plus its index in `chains` for a chain state; a step is an id with the
/// output flag. `best` is indexed by the state's index: the dense first, then the chains.
struct Table {
    rows: [u32; CHAIN_BASE],
    chains: [Chain; CHAIN_STATES],
    best: [u16; STATES],
    input_class: [u8; 256],
}

const fn table() -> Table {
    let (t, d) = (trie(), dense());
    assert!(
        CHAIN_BASE + CHAIN_STATES < OUTPUT as usize,
        "too many states for the flag"
    );
    assert!(
        CLASSES < NO_CLASS as usize,
        "a class for every byte leaves none for no byte"
    );
    // A state that stays put on a space flags no output (see `step`): no phrase ends in one.
    let mut p = 0;
    while p < PHRASES.len() {
        let phrase = PHRASES[p].phrase().as_bytes();
        assert!(
            !phrase.is_empty() && phrase[phrase.len() - 1] != b' ',
            "a phrase ends in a space"
        );
        p += 1;
    }
    // Each state's id and index, the dense ones first, in the order of the trie.
    let mut id = [0u32; STATES];
    let mut index = [0usize; STATES];
    let (mut dense_n, mut chain_n) = (0, 0);
    let mut s = 0;
    while s < STATES {
        if is_dense(&t, s) {
            id[s] = (dense_n * CLASSES) as u32;
            index[s] = dense_n;
            dense_n += 1;
        } else {
            id[s] = (CHAIN_BASE + chain_n) as u32;
            index[s] = DENSE_STATES + chain_n;
            chain_n += 1;
        }
        s += 1;
    }
    let mut entered_by_space = [false; STATES];
    let mut s = 0;
    while s < STATES {
        let child = t.goto[s][SPACE] as usize;
        if child != 0 {
            entered_by_space[child] = true;
        }
        s += 1;
    }
    let mut table = Table {
        rows: [0; CHAIN_BASE],
        chains: [Chain {
            class: NO_CLASS,
            space_stays: false,
            step: 0,
            fail: 0,
        }; CHAIN_STATES],
        best: [NONE; STATES],
        input_class: [0; 256],
    };
    let mut s = 0;
    while s < STATES {
        table.best[index[s]] = d.best[s];
        if is_dense(&t, s) {
            let row = id[s] as usize;
            let mut c = 0;
            while c < CLASSES {
                table.rows[row + c] = step_to(&id, &d, d.step[s][c] as usize);
                c += 1;
            }
        } else {
            let chain = &mut table.chains[index[s] - DENSE_STATES];
            chain.space_stays = entered_by_space[s];
            chain.fail = id[d.fail[s] as usize];
            if t.children[s] == 1 {
                let c = t.last_class[s];
                chain.class = c;
                chain.step = step_to(&id, &d, t.goto[s][c as usize] as usize);
            }
        }
        s += 1;
    }
    let mut b = 0;
    while b < 256 {
        let byte = b as u8;
        let folded = if byte.is_ascii_whitespace() {
            b' '
        } else {
            byte.to_ascii_lowercase()
        };
        table.input_class[b] = CLASS_OF[folded as usize];
        b += 1;
    }
    table
}

/// The step into state `next`: its id, flagged when a phrase ends there.
const fn step_to(id: &[u32; STATES], d: &Dense, next: usize) -> u32 {
    let flag = if d.best[next] != NONE { OUTPUT } else { 0 };
    id[next] | flag
}

static TABLE: Table = table();

/// The step from the state with id `state` on a byte of class `class`: a dense state's row
/// gives it; a chain state steps on if the byte leads on, stays on a space if entered by
/// one, else its failure state (shallower, so the walk ends) steps instead.
#[inline]
fn step(mut state: usize, class: usize) -> u32 {
    loop {
        if state < CHAIN_BASE {
            return TABLE.rows[state + class];
        }
        let chain = &TABLE.chains[state - CHAIN_BASE];
        if chain.class as usize == class {
            return chain.step;
        }
        if chain.space_stays && class == SPACE {
            // No phrase ends in a space: no output to flag.
            return state as u32;
        }
        state = chain.fail as usize;
    }
}

/// The index in `TABLE.best` of the state with id `state`.
const fn best_index(state: usize) -> usize {
    if state < CHAIN_BASE {
        state / CLASSES
    } else {
        DENSE_STATES + (state - CHAIN_BASE)
    }
}

/// The best phrase in `text`: the highest rank, the first to end among equals.
///
/// A phrase is not read where it is no text: as a field's name (`starttls=0/1`, followed
/// by `=`) or inside an address or message id (`<spam-550@example.org>`: after a `<` with
/// no space or `>` since, looked for at most `LONGEST_TOKEN` bytes back).
pub(crate) fn best_pattern(text: &[u8]) -> Option<&'static Pattern> {
    let classes = &TABLE.input_class;
    let mut state = 0usize;
    let mut best: Option<&'static Pattern> = None;
    for (i, &raw) in text.iter().enumerate() {
        let next = step(state, classes[raw as usize] as usize);
        state = (next & !OUTPUT) as usize;
        if next & OUTPUT != 0 {
            // A better phrase ends here: it counts unless it is a field's name
            // (`starttls=0/1`) or inside an address or message id (checked last: it looks
            // back).
            let p = &PATTERNS[TABLE.best[best_index(state)] as usize];
            if best.is_none_or(|b| rank(p) > rank(b))
                && text.get(i + 1) != Some(&b'=')
                && !in_address(text, i)
            {
                best = Some(p);
            }
        }
    }
    best
}

/// The longest address or message id looked back over: `<` further back than this is not
/// looked for, so that a phrase costs a bounded number of steps (a message id has at most
/// 998 characters, RFC 5322 §2.1.1).
const LONGEST_TOKEN: usize = 1000;

/// Whether `text[end]` is inside `<...>`: a `<` before it with no white space or `>` since.
fn in_address(text: &[u8], end: usize) -> bool {
    text[end.saturating_sub(LONGEST_TOKEN)..=end]
        .iter()
        .rev()
        .find(|&&b| b == b'<' || b == b'>' || b.is_ascii_whitespace())
        == Some(&b'<')
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
        let bytes = norm.as_bytes();
        // Inside an address: a `<` before `at` with no space or `>` between.
        let in_address = |at: usize| {
            bytes[..at]
                .iter()
                .rev()
                .take_while(|b| **b != b' ' && **b != b'>')
                .any(|b| *b == b'<')
        };
        let mut best: Option<(usize, &'static Pattern)> = None;
        for p in PATTERNS.iter() {
            let found = norm
                .match_indices(p.phrase())
                .map(|(at, _)| at)
                .find(|&at| {
                    let end = at + p.phrase().len();
                    bytes.get(end) != Some(&b'=') && !in_address(end)
                });
            if let Some(at) = found {
                let end = at + p.phrase().len();
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
                p.phrase().to_ascii_uppercase()
            );
            let found = best_pattern(text.as_bytes()).map(|x| x.phrase());
            assert_eq!(found, naive(&text).map(|x| x.phrase()), "{text}");
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
                texts.push(format!("{} {}", q.phrase(), p.phrase()));
                // q's first word followed by p: a path that starts down q and must fail over.
                let first = q.phrase().split(' ').next().unwrap_or("");
                texts.push(format!("{first} {}", p.phrase()));
            }
        }
        for text in &texts {
            let found = best_pattern(text.as_bytes()).map(|x| x.phrase());
            assert_eq!(found, naive(text).map(|x| x.phrase()), "{text}");
        }
        assert!(texts.len() > 10_000);
    }

    #[test]
    fn no_phrase_in_field_names_or_addresses() {
        assert!(best_pattern(b"ehlo=1 starttls=0/1 mail=1").is_none());
        assert!(best_pattern(b"message-id=<spam-550@example.org>").is_none());
        assert!(best_pattern(b"<spam@example.com>: rejected as spam").is_some());
        assert!(best_pattern(b"STARTTLS is required").is_some());
        for text in [
            "starttls= x starttls",
            "<a spam",
            "<<< 550 spam",
            "mailbox full=1 mailbox full",
        ] {
            let found = best_pattern(text.as_bytes()).map(|x| x.phrase());
            assert_eq!(found, naive(text).map(|x| x.phrase()), "{text}");
        }
    }

    #[test]
    fn white_space_runs_and_case_do_not_matter() {
        let p = &PATTERNS[0];
        let spaced = p.phrase().replace(' ', " \r\n\t ").to_ascii_uppercase();
        assert!(best_pattern(spaced.as_bytes()).is_some());
        assert!(best_pattern(b"").is_none());
        assert!(best_pattern(b"\x00\xff zzzz qqqq").is_none());
    }
}
