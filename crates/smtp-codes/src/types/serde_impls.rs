//! Serde support (feature `serde`): a `ReplyCode` is its number (`550`), an
//! `EnhancedStatusCode` its dotted string (`"5.1.1"`); both are validated when read.

use super::code::ReplyCode;
use super::enhanced::EnhancedStatusCode;
use core::fmt;
use serde::de::{self, Deserialize, Deserializer, Visitor};
use serde::ser::{Serialize, Serializer};

impl Serialize for ReplyCode {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_u16(self.as_u16())
    }
}

impl<'de> Deserialize<'de> for ReplyCode {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let n = u16::deserialize(deserializer)?;
        ReplyCode::from_u16(n).map_err(de::Error::custom)
    }
}

impl Serialize for EnhancedStatusCode {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

struct EnhancedVisitor;

impl Visitor<'_> for EnhancedVisitor {
    type Value = EnhancedStatusCode;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("an enhanced status code such as \"5.1.1\"")
    }

    fn visit_str<E: de::Error>(self, s: &str) -> Result<EnhancedStatusCode, E> {
        s.parse().map_err(E::custom)
    }
}

impl<'de> Deserialize<'de> for EnhancedStatusCode {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_str(EnhancedVisitor)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_and_strings_round_trip_and_are_validated() {
        let code: ReplyCode = serde_json::from_str("550").unwrap();
        assert_eq!(serde_json::to_string(&code).unwrap(), "550");
        assert!(serde_json::from_str::<ReplyCode>("600").is_err());
        let e: EnhancedStatusCode = serde_json::from_str("\"5.1.1\"").unwrap();
        assert_eq!(serde_json::to_string(&e).unwrap(), "\"5.1.1\"");
        let err = serde_json::from_str::<EnhancedStatusCode>("\"5.01.1\"").unwrap_err();
        assert!(err.to_string().contains("subject"), "{err}");
    }
}
