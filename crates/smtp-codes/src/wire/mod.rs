//! Layer 4, replies on the wire (feature `wire`): parsing replies as servers send them,
//! formatting them as a server must, finding replies inside bounce text, and reading MTA
//! log lines to where their replies stand. Builds on the
//! types of layer 1 only.

pub mod bounce;
mod format;
pub mod logline;
pub mod reply;

pub use format::{FormatError, ReplyBuilder};
