//! Explain on replies as providers and MTAs document them (not taken from the evaluation
//! corpus): the reason, bounce, retry and suppress a program should act on.

use smtp_codes::explain::{explain, Evidence, Reason};
use smtp_codes::Bounce;

#[track_caller]
fn check(input: &str, reason: Reason, bounce: Option<Bounce>, retry: bool, suppress: bool) {
    let e = explain(input).unwrap_or_else(|err| panic!("{input}: {err}"));
    assert_eq!(
        (e.reason(), e.bounce(), e.retry(), e.suppress()),
        (reason, bounce, retry, suppress),
        "{input}\n  evidence: {}",
        e.evidence()
    );
}

const HARD: Option<Bounce> = Some(Bounce::Hard);
const SOFT: Option<Bounce> = Some(Bounce::Soft);

#[test]
fn gmail() {
    check("550-5.1.1 The email account that you tried to reach does not exist. Please try double-checking the recipient's email address for typos", Reason::UserUnknown, HARD, false, true);
    check("452-4.2.2 The email account that you tried to reach is over quota. Please direct the recipient to", Reason::MailboxFull, SOFT, true, false);
    check(
        "550-5.2.1 The email account that you tried to reach is disabled.",
        Reason::MailboxDisabled,
        HARD,
        false,
        true, // a disabled mailbox is dropped, as senders do (sisimai keeps it soft)
    );
    check("550-5.7.26 This mail is unauthenticated, which poses a security risk to the sender and Gmail users, and has been blocked.", Reason::AuthFailed, HARD, false, false);
    check(
        "552-5.2.3 Your message exceeded Google's message size limits.",
        Reason::MessageTooLarge,
        HARD,
        false,
        false,
    );
    check("421-4.7.28 Our system has detected an unusual rate of unsolicited mail originating from your IP address.", Reason::RateLimited, SOFT, true, false);
    check("450-4.2.1 The user you are trying to contact is receiving mail at a rate that prevents additional messages from being delivered.", Reason::RateLimited, SOFT, true, false);
}

#[test]
fn microsoft_and_yahoo() {
    check(
        "550 5.5.0 Requested action not taken: mailbox unavailable",
        Reason::UserUnknown,
        HARD,
        false,
        true,
    );
    check("550 5.7.1 Unfortunately, messages from [192.0.2.1] weren't sent. Please contact your Internet service provider since part of their network is on our block list (S3150).", Reason::PolicyBlocked, HARD, false, false);
    check(
        "550 5.4.1 Recipient address rejected: Access denied. AS(201806281)",
        Reason::UserUnknown,
        HARD,
        false,
        true,
    );
    check("554 delivery error: dd This user doesn't have a yahoo.com account (bob@yahoo.com) [0] - mta1.mail.yahoo.com", Reason::UserUnknown, HARD, false, true);
}

#[test]
fn postfix_exim_sendmail() {
    check("450 4.7.1 <bob@example.com>: Recipient address rejected: Greylisted, see http://postgrey.schweikert.ch/help/example.com.html", Reason::Greylisted, SOFT, true, false);
    check(
        "554 5.7.1 <bob@example.net>: Relay access denied",
        Reason::RelayDenied,
        HARD,
        false,
        false,
    );
    check("550 5.1.1 <bob@example.com>: Recipient address rejected: User unknown in virtual mailbox table", Reason::UserUnknown, HARD, false, true);
    check(
        "554 5.7.1 Service unavailable; Client host [192.0.2.1] blocked using zen.spamhaus.org",
        Reason::PolicyBlocked,
        HARD,
        false,
        false,
    );
    check(
        "552 5.3.4 Message size exceeds fixed maximum message size",
        Reason::MessageTooLarge,
        HARD,
        false,
        false,
    );
    check(
        "host mx.example.com[192.0.2.1] said: 552 5.2.2 <bob@example.com>: Mailbox full",
        Reason::MailboxFull,
        HARD,
        false,
        false,
    );
    check(
        "451 4.3.0 Temporary local problem - please try later",
        Reason::SystemError,
        SOFT,
        true,
        false,
    );
}

#[test]
fn protocol_security_and_routing() {
    check(
        "530 5.7.0 Must issue a STARTTLS command first",
        Reason::TlsRequired,
        HARD,
        false,
        false,
    );
    check(
        "535 5.7.8 Authentication credentials invalid",
        Reason::AuthFailed,
        HARD,
        false,
        false,
    );
    check(
        "556 5.1.10 Recipient address has null MX",
        Reason::NotAcceptingMail,
        HARD,
        false,
        true,
    );
    check(
        "550 5.7.27 Sender address has null MX",
        Reason::SenderRejected,
        HARD,
        false,
        false,
    );
    check(
        "421 4.4.2 Connection timed out",
        Reason::DnsOrRouting,
        SOFT,
        true,
        false,
    );
    check(
        "554 5.7.1 Message rejected because it contains a virus",
        Reason::SpamOrContent,
        HARD,
        false,
        false,
    );
}

#[test]
fn success_and_codes_alone() {
    check(
        "250 2.0.0 Ok: queued as 4ABC123",
        Reason::None,
        None,
        false,
        false,
    );
    check(
        "354 End data with <CR><LF>.<CR><LF>",
        Reason::None,
        None,
        false,
        false,
    );
    check("5.1.1", Reason::UserUnknown, HARD, false, true);
    check("4.2.2", Reason::MailboxFull, SOFT, true, false);
    let e = explain("550 5.1.1 whatever").unwrap();
    assert_eq!(
        e.evidence(),
        Evidence::EnhancedCode("5.1.1".parse().unwrap())
    );
    assert_eq!(e.sisimai_reason(), "userunknown");
}

#[test]
fn text_without_codes() {
    let e = explain("Remote host said: mailbox is full").unwrap();
    assert_eq!((e.code(), e.reason()), (None, Reason::MailboxFull));
    assert!(matches!(e.evidence(), Evidence::Phrase(_)));
    assert!(explain("the weather is nice").is_err());
}

#[test]
fn the_taxonomy_is_the_contract() {
    let ids: Vec<&str> = Reason::all().map(Reason::as_str).collect();
    assert_eq!(
        ids,
        [
            "user_unknown",
            "mailbox_disabled",
            "mailbox_full",
            "message_too_large",
            "spam_or_content",
            "policy_blocked",
            "rate_limited",
            "greylisted",
            "auth_failed",
            "auth_required",
            "tls_required",
            "relay_denied",
            "sender_rejected",
            "dns_or_routing",
            "expired",
            "not_accepting_mail",
            "syntax",
            "system_error",
            "other",
            "none",
            "complaint",
        ]
    );
    for r in Reason::all() {
        assert_eq!(Reason::from_name(r.as_str()), Some(r));
        assert!(!r.description(smtp_codes::Lang::Es).is_empty());
    }
}

#[test]
fn replies_as_providers_document_them() {
    let data = [
        include_str!("data/provider_replies.tsv"),
        include_str!("data/provider_replies_published.tsv"),
    ]
    .concat();
    let mut checked = 0;
    let mut wrong = Vec::new();
    for line in data
        .lines()
        .filter(|l| !l.starts_with('#') && !l.is_empty())
    {
        let (reason, input) = line.split_once('\t').expect("reason TAB input");
        let expected =
            Reason::from_name(reason).unwrap_or_else(|| panic!("unknown reason {reason}"));
        match explain(input) {
            Ok(e) if e.reason() == expected => {}
            Ok(e) => wrong.push(format!(
                "{input}: {} instead of {reason} ({})",
                e.reason(),
                e.evidence()
            )),
            Err(err) => wrong.push(format!("{input}: {err}")),
        }
        checked += 1;
    }
    assert!(checked > 250, "{checked}");
    assert!(
        wrong.is_empty(),
        "{} of {checked} wrong:\n{}",
        wrong.len(),
        wrong.join("\n")
    );
}
