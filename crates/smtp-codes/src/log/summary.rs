//! Counts over a log, as pflogsumm's bounce and deferral sections show them: records by
//! status and by reason, and the recipient domains with most failures, each with its top
//! reasons.

use super::reader::LineCounts;
use super::record::LogRecord;
use crate::logline::DeliveryStatus;
use std::collections::HashMap;

/// What went wrong for one recipient domain.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct DomainCounts {
    /// Deferrals (`deferred`).
    pub deferred: u64,
    /// Permanent failures (`bounced`, `expired`, `undeliverable`).
    pub bounced: u64,
    /// Rejections by the MTA itself (`rejected`).
    pub rejected: u64,
    reasons: HashMap<&'static str, u64>,
}

impl DomainCounts {
    /// Every failure counted for the domain.
    pub const fn failures(&self) -> u64 {
        self.deferred + self.bounced + self.rejected
    }
    /// The reasons of its failures, most frequent first (ties by name), at most `n`.
    pub fn top_reasons(&self, n: usize) -> Vec<(&'static str, u64)> {
        top(&self.reasons, n)
    }
}

/// Counts over the records of a log.
#[derive(Debug, Clone, Default)]
pub struct Summary {
    statuses: HashMap<&'static str, u64>,
    reasons: HashMap<&'static str, u64>,
    domains: HashMap<String, DomainCounts>,
    lines: LineCounts,
}

/// The most domains a summary keeps apart; the rest are counted under `(other domains)`, so
/// that memory stays bounded on a log with millions of domains.
pub const MAX_DOMAINS: usize = 100_000;

impl Summary {
    /// An empty summary.
    pub fn new() -> Summary {
        Summary::default()
    }

    /// Counts one record.
    pub fn add(&mut self, record: &LogRecord) {
        *self.statuses.entry(record.status().as_str()).or_default() += 1;
        let failure = matches!(
            record.status(),
            DeliveryStatus::Deferred
                | DeliveryStatus::Bounced
                | DeliveryStatus::Expired
                | DeliveryStatus::Undeliverable
                | DeliveryStatus::Rejected
        );
        if !failure {
            return;
        }
        let reason = record.verdict().reason().as_str();
        *self.reasons.entry(reason).or_default() += 1;
        let domain = record
            .recipient()
            .and_then(|r| r.rsplit_once('@'))
            .map_or("(no domain)", |(_, d)| d);
        let domain = domain.to_ascii_lowercase();
        let key = if self.domains.contains_key(&domain) || self.domains.len() < MAX_DOMAINS {
            domain
        } else {
            "(other domains)".to_string()
        };
        let counts = self.domains.entry(key).or_default();
        match record.status() {
            DeliveryStatus::Deferred => counts.deferred += 1,
            DeliveryStatus::Rejected => counts.rejected += 1,
            _ => counts.bounced += 1,
        }
        *counts.reasons.entry(reason).or_default() += 1;
    }

    /// Sets the line counts (from [`LogReader::counts`](super::LogReader::counts)).
    pub fn set_lines(&mut self, lines: LineCounts) {
        self.lines = lines;
    }

    /// The line counts given to [`set_lines`](Self::set_lines).
    pub const fn lines(&self) -> LineCounts {
        self.lines
    }

    /// Records by status, most frequent first.
    pub fn statuses(&self) -> Vec<(&'static str, u64)> {
        top(&self.statuses, usize::MAX)
    }

    /// Failures (deferred, bounced, expired, rejected) by reason, most frequent first.
    pub fn reasons(&self) -> Vec<(&'static str, u64)> {
        top(&self.reasons, usize::MAX)
    }

    /// The `n` recipient domains with most failures, most first (ties by name).
    pub fn top_domains(&self, n: usize) -> Vec<(&str, &DomainCounts)> {
        let mut domains: Vec<(&str, &DomainCounts)> =
            self.domains.iter().map(|(d, c)| (d.as_str(), c)).collect();
        domains.sort_by(|a, b| b.1.failures().cmp(&a.1.failures()).then(a.0.cmp(b.0)));
        domains.truncate(n);
        domains
    }
}

fn top(counts: &HashMap<&'static str, u64>, n: usize) -> Vec<(&'static str, u64)> {
    let mut v: Vec<(&'static str, u64)> = counts.iter().map(|(k, c)| (*k, *c)).collect();
    v.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    v.truncate(n);
    v
}
