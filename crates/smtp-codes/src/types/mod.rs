//! Layer 1, the types: codes and what their digits say, languages, and the shapes of the
//! catalog's entries. Nothing here reads a table; every other layer builds on this one.

mod code;
mod enhanced;
mod entry;
mod lang;
#[cfg(feature = "serde")]
mod serde_impls;

pub use code::{Bounce, Category, Class, ReplyCode, ReplyCodeError};
pub use enhanced::{EnhancedClass, EnhancedCodeError, EnhancedStatusCode, Pairing};
pub use entry::{Alias, BasicEntry, DigitEntry, EnhancedEntry, ReplyRole, Status, VendorNote};
pub(crate) use lang::Localized;
pub use lang::{Lang, UnknownLang};
