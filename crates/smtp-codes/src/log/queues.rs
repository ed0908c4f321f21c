//! What the reader remembers of each queue id: its sender and its recipients still deferred,
//! so that a later line naming no recipient (Postfix's `status=expired`) can be answered.
//!
//! Memory is bounded: two generations of at most `capacity / 2` queue ids each. When the
//! young one fills up, the old one is dropped and the young one becomes old; a queue id found
//! in the old generation moves back to the young one. That keeps the most recently used ids,
//! as an LRU does, with a hash look-up and no list to maintain.

use crate::types::EnhancedStatusCode;
use std::collections::HashMap;
use std::mem;

/// The most recipients remembered per queue id.
pub(crate) const MAX_DEFERRED_PER_QUEUE_ID: usize = 256;

/// A recipient the MTA deferred, with what it last said.
#[derive(Debug, Clone, Default)]
pub(crate) struct Deferred {
    pub(crate) recipient: String,
    pub(crate) original_recipient: Option<String>,
    pub(crate) dsn: Option<EnhancedStatusCode>,
    pub(crate) server_text: Option<String>,
    pub(crate) relay: Option<String>,
}

/// What is known of one queue id.
#[derive(Debug, Clone, Default)]
pub(crate) struct QueueState {
    pub(crate) sender: Option<String>,
    pub(crate) deferred: Vec<Deferred>,
}

/// The queue ids seen, most recently used kept.
#[derive(Debug)]
pub(crate) struct Queues {
    young: HashMap<String, QueueState>,
    old: HashMap<String, QueueState>,
    generation: usize,
}

impl Queues {
    pub(crate) fn new(capacity: usize) -> Queues {
        Queues {
            young: HashMap::new(),
            old: HashMap::new(),
            generation: (capacity / 2).max(1),
        }
    }

    /// The state of `id`, made if it is new.
    pub(crate) fn entry(&mut self, id: &str) -> &mut QueueState {
        if !self.young.contains_key(id) {
            let state = self.old.remove(id).unwrap_or_default();
            if self.young.len() >= self.generation {
                self.old = mem::take(&mut self.young);
            }
            self.young.insert(id.to_string(), state);
        }
        self.young.get_mut(id).expect("inserted above")
    }

    /// The state of `id` if it is known.
    pub(crate) fn get(&self, id: &str) -> Option<&QueueState> {
        self.young.get(id).or_else(|| self.old.get(id))
    }

    /// Forgets `id` (the message left the queue) and gives back what was known.
    pub(crate) fn remove(&mut self, id: &str) -> Option<QueueState> {
        self.young.remove(id).or_else(|| self.old.remove(id))
    }

    /// How many queue ids are remembered.
    pub(crate) fn len(&self) -> usize {
        self.young.len() + self.old.len()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn memory_is_bounded_and_recent_ids_are_kept() {
        let mut q = Queues::new(100);
        for i in 0..10_000 {
            q.entry(&format!("Q{i}")).sender = Some(format!("s{i}"));
            // One id used all along is never dropped.
            q.entry("KEEP").deferred.truncate(0);
            assert!(q.len() <= 100 + 1);
        }
        assert!(q.get("KEEP").is_some());
        assert!(q.get("Q9999").is_some());
        assert!(q.get("Q0").is_none());
        assert_eq!(q.remove("Q9999").unwrap().sender.as_deref(), Some("s9999"));
        assert!(q.get("Q9999").is_none());
    }
}
