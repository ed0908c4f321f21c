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
#![forbid(unsafe_code)]
#![deny(missing_docs)]

pub mod bounce;
pub mod catalog;
mod code;
pub mod commands;
mod enhanced;
pub mod explain;
mod format;
#[rustfmt::skip] // formatted by prettyplease in `cargo xtask codegen`
mod generated;
#[rustfmt::skip] // formatted by `cargo xtask codegen`
mod generated_explain;
mod lang;
mod matcher;
pub mod reply;

pub use catalog::{Alias, BasicEntry, DigitEntry, EnhancedEntry, Status, VendorNote};
pub use code::{Bounce, Category, Class, ReplyCode, ReplyCodeError};
pub use commands::{Command, ReplyRole};
pub use enhanced::{EnhancedClass, EnhancedCodeError, EnhancedStatusCode, Pairing};
pub use format::{FormatError, ReplyBuilder};
pub use lang::{Lang, UnknownLang};
pub use reply::{OwnedReply, ParseError, ParseOptions, Reply, ReplyParser};

#[cfg(feature = "serde")]
mod serde_impls;
