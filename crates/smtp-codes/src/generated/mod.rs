//! Layer 2, the tables generated from `data/smtp-codes.yaml` by `cargo xtask codegen`: leaves
//! that import only the types of layer 1. Nothing in this folder is edited by hand, except
//! this file.

#[rustfmt::skip] // formatted by prettyplease in `cargo xtask codegen`
pub(crate) mod catalog;
#[rustfmt::skip]
pub(crate) mod commands;
#[cfg(feature = "explain")]
#[rustfmt::skip]
pub(crate) mod explain;
#[cfg(feature = "message")]
#[rustfmt::skip]
pub(crate) mod message;
