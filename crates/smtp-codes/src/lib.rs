//! # smtp-codes
//!
//! The SMTP reply-code catalog: every basic reply code of RFC 5321 and its extensions, every
//! enhanced status code of the IANA registry (RFC 3463 and later), the non-standard codes
//! seen in the wild with their sources, and RFC 5321's command-reply table, with English and
//! Spanish descriptions.
//!
//! The catalog is generated from `data/smtp-codes.yaml` by `cargo xtask codegen`; look-ups
//! are `match`es over static tables: no hashing, no allocation, no lazy initialisation.
//!
//! ```
//! use smtp_codes::{EnhancedStatusCode, Lang, ReplyCode};
//!
//! let code = ReplyCode::from_u16(421).unwrap();
//! assert_eq!(code, ReplyCode::SERVICE_NOT_AVAILABLE);
//! assert!(code.is_transient());
//! println!("{code}: {}", code.description(Lang::Es).unwrap());
//!
//! let enhanced: EnhancedStatusCode = "5.2.2".parse().unwrap();
//! assert_eq!(enhanced.entry().unwrap().name(), "MAILBOX_FULL");
//! ```
//!
//! # Layers and features
//!
//! The crate is built in layers, each importing only the ones below it:
//!
//! 1. types (`ReplyCode`, `EnhancedStatusCode`, `Class`, `Category`, `Lang`, the entry
//!    structs): what the digits say;
//! 2. the tables generated from the YAML;
//! 3. look-ups ([`catalog`], [`commands`]): what the catalog says;
//! 4. replies on the wire (`reply`, `bounce`, `ReplyBuilder`), feature `wire`;
//! 5. `explain`, feature `explain` (implies `wire`).
//!
//! Both features are on by default. With `default-features = false` the crate is the catalog
//! alone (layers 1 to 3), with no dependency and no phrase automaton. The optional `serde`
//! feature serializes `ReplyCode` as a number and `EnhancedStatusCode` as a string.
//!
//! # Stability
//!
//! The catalog grows with the YAML: enums and structs that grow with it or with the options
//! (`Reason`, `Command`, `Status`, `Lang`, the error enums, `ParseOptions`, ...) are
//! `#[non_exhaustive]`, so adding a reason, a command or an option is not a breaking change.
//! Match them with a wildcard arm, and make `ParseOptions` from `ParseOptions::strict()` or
//! `ParseOptions::lenient()`.
#![forbid(unsafe_code)]
#![deny(missing_docs)]

mod types;

mod generated;

pub mod catalog;

#[cfg(feature = "wire")]
mod wire;

#[cfg(feature = "explain")]
pub mod explain;

#[cfg(any(feature = "message", feature = "log"))]
pub mod delivery;

#[cfg(feature = "message")]
pub mod message;

#[cfg(feature = "log")]
pub mod log;

pub use catalog::commands;
pub use commands::{Command, ReplyRole};
#[cfg(feature = "wire")]
pub use reply::{OwnedReply, ParseError, ParseOptions, Reply, ReplyParser};
pub use types::{
    Alias, BasicEntry, Bounce, Category, Class, DigitEntry, EnhancedClass, EnhancedCodeError,
    EnhancedEntry, EnhancedStatusCode, Lang, Pairing, ReplyCode, ReplyCodeError, Status,
    UnknownLang, VendorNote,
};
#[cfg(feature = "wire")]
pub use wire::{bounce, logline, reply, FormatError, ReplyBuilder};
