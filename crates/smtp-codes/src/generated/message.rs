// @generated from data/smtp-codes.yaml by `cargo xtask codegen`. Do not edit by hand:
// change the YAML and run `cargo xtask codegen` again.

/// Text in the line that starts the copy of the returned message.
pub(crate) static COPY_MARKERS: [&str; 16] = [
    "below this line is a copy of the message",
    "this is a copy of the message",
    "this is a copy of your message",
    "----- original message -----",
    "original message follows",
    "unsent message follows",
    "the header of the original message is following",
    "enclosed is a copy of the message",
    "------- returned message --------",
    "-------original message",
    "-------original mail info",
    "original message headers",
    "message headers follow",
    "included is a copy of the message header",
    "header of the original message",
    "original message header",
];
/// Labels before a recipient's address in a plain-text report.
pub(crate) static RECIPIENT_LABELS: [&str; 8] = [
    "original-recipient:",
    "final-recipient:",
    "recipient address:",
    "recipient:",
    "failed recipient:",
    "invalid recipient:",
    "unknown recipient:",
    "rcpt to:",
];
/// Text in the subject of a plain-text bounce.
pub(crate) static BOUNCE_SUBJECTS: [&str; 21] = [
    "undelivered mail",
    "delivery status notification",
    "returned mail",
    "mail delivery failed",
    "failure notice",
    "undeliverable",
    "delivery failure",
    "delivery has failed",
    "mail delivery failure",
    "could not be delivered",
    "mail system error",
    "postmaster notify",
    "delivery report",
    "mail failure",
    "delayed mail",
    "could not send message",
    "there was an error sending your mail",
    "your message could not be delivered",
    "message delivery has failed",
    "nondeliverable mail",
    "non-delivery",
];
/// Opening sentences of plain-text bounces.
pub(crate) static OPENINGS: [&str; 17] = [
    "this is the qmail-send program",
    "i'm afraid i wasn't able to deliver your message",
    "this message was created automatically by mail delivery software",
    "the following address(es) failed",
    "delivery to the following recipient failed",
    "delivery to the following recipients failed",
    "sorry, we were unable to deliver your message",
    "this is the mail system at host",
    "the original message was received at",
    "your message could not be delivered",
    "could not be delivered to",
    "delivery has failed to these recipients",
    "your message did not reach some or all of the intended recipients",
    "message could not be delivered",
    "permanent error",
    "unable to deliver",
    "error message below:",
];
/// Text in the subject of an automatic reply.
pub(crate) static AUTO_REPLY_SUBJECTS: [&str; 8] = [
    "out of office",
    "out of the office",
    "automatic reply",
    "auto reply",
    "autoreply",
    "auto-reply",
    "vacation",
    "away from",
];
/// Text in the subject of a complaint sent without a feedback report part.
pub(crate) static FEEDBACK_SUBJECTS: [&str; 5] = [
    "complaint about message from",
    "abuse report",
    "email feedback report",
    "spam report",
    "spamtraphit",
];
