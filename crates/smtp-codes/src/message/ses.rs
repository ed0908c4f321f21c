//! Amazon SES notifications: bounces, complaints and deliveries that SES sends as a JSON
//! document in the body of a mail (through Amazon SNS), as "Amazon SNS message and
//! notification contents" (Amazon SES Developer Guide) describes them.

use serde_json::Value;

/// What one notification says.
pub(crate) enum Notification {
    /// `notificationType: Bounce`: one entry per bounced recipient.
    Bounce {
        reporting_mta: Option<String>,
        recipients: Vec<Bounced>,
    },
    /// `notificationType: Complaint`.
    Complaint {
        feedback_type: Option<String>,
        recipients: Vec<String>,
    },
    /// `notificationType: Delivery`.
    Delivery { recipients: Vec<String> },
}

/// A bounced recipient.
pub(crate) struct Bounced {
    pub(crate) address: Option<String>,
    pub(crate) action: Option<String>,
    pub(crate) status: Option<String>,
    pub(crate) diagnostic: Option<String>,
}

/// The notification in `body`, if the body is one (its JSON starts with `notificationType`).
pub(crate) fn notification(body: &str) -> Option<Notification> {
    let at = body.find("{\"notificationType\"")?;
    let first = |s: &str| -> Option<Value> {
        serde_json::Deserializer::from_str(s)
            .into_iter::<Value>()
            .next()?
            .ok()
    };
    // Mail gateways fold the one long line (a line break and a space inside the JSON).
    let value = first(&body[at..]).or_else(|| {
        let unfolded = body[at..].replace("\r\n ", "").replace("\n ", "");
        first(&unfolded)
    })?;
    let text = |v: &Value, key: &str| v.get(key).and_then(Value::as_str).map(str::to_string);
    let addresses = |list: Option<&Value>, key: Option<&str>| -> Vec<String> {
        list.and_then(Value::as_array)
            .map(|items| {
                items
                    .iter()
                    .filter_map(|i| match key {
                        Some(k) => i.get(k).and_then(Value::as_str),
                        None => i.as_str(),
                    })
                    .map(str::to_string)
                    .collect()
            })
            .unwrap_or_default()
    };
    match value.get("notificationType").and_then(Value::as_str)? {
        "Bounce" => {
            let bounce = value.get("bounce")?;
            let recipients = bounce
                .get("bouncedRecipients")
                .and_then(Value::as_array)
                .map(|items| {
                    items
                        .iter()
                        .map(|r| Bounced {
                            address: text(r, "emailAddress"),
                            action: text(r, "action"),
                            status: text(r, "status"),
                            diagnostic: text(r, "diagnosticCode"),
                        })
                        .collect()
                })
                .unwrap_or_default();
            Some(Notification::Bounce {
                reporting_mta: text(bounce, "reportingMTA"),
                recipients,
            })
        }
        "Complaint" => {
            let complaint = value.get("complaint")?;
            Some(Notification::Complaint {
                feedback_type: text(complaint, "complaintFeedbackType"),
                recipients: addresses(complaint.get("complainedRecipients"), Some("emailAddress")),
            })
        }
        "Delivery" => {
            let delivered = value.get("delivery").and_then(|d| d.get("recipients"));
            let recipients = match addresses(delivered, None) {
                r if !r.is_empty() => r,
                _ => addresses(value.get("mail").and_then(|m| m.get("destination")), None),
            };
            Some(Notification::Delivery { recipients })
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bounces_complaints_and_deliveries() {
        let bounce = r#"{"notificationType":"Bounce","bounce":{"bouncedRecipients":[{"emailAddress":"bob@example.com","action":"failed","status":"5.1.1","diagnosticCode":"smtp; 550 5.1.1 user unknown"}],"reportingMTA":"dsn; a.example"},"mail":{}}"#;
        match notification(&format!("text before\n{bounce}\n--\nafter")) {
            Some(Notification::Bounce { recipients, .. }) => {
                assert_eq!(recipients[0].address.as_deref(), Some("bob@example.com"));
                assert_eq!(recipients[0].status.as_deref(), Some("5.1.1"));
            }
            _ => panic!("not a bounce"),
        }
        let folded = bounce.replace("\"mail\"", "\n \"mail\"");
        assert!(matches!(
            notification(&folded),
            Some(Notification::Bounce { .. })
        ));
        let complaint = r#"{"notificationType":"Complaint","complaint":{"complainedRecipients":[{"emailAddress":"carol@example.com"}],"complaintFeedbackType":"abuse"}}"#;
        assert!(
            matches!(notification(complaint), Some(Notification::Complaint { recipients, .. }) if recipients == ["carol@example.com"])
        );
        let delivery =
            r#"{"notificationType":"Delivery","mail":{"destination":["dave@example.com"]}}"#;
        assert!(
            matches!(notification(delivery), Some(Notification::Delivery { recipients }) if recipients == ["dave@example.com"])
        );
        assert!(notification("{\"notificationType\": broken").is_none());
        assert!(notification("no json").is_none());
    }
}
