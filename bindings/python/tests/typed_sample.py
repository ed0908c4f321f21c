"""A small program that uses the package as users would; `mypy --strict` must accept it."""

from typing import List, Optional, Tuple, Union

import smtp_codes
from smtp_codes import EnhancedStatusCode, ReplyCode


def describe(code: int, lang: str = "en") -> str:
    member: ReplyCode = ReplyCode(code)
    return f"{member.value} {member.name}: {member.phrase} / {member.description_in(lang)}"


def soft_failures() -> List[ReplyCode]:
    return [c for c in ReplyCode if c.is_transient]


def enhanced_text(code: str) -> Optional[str]:
    e = EnhancedStatusCode(code)
    return e.entry.text if e.entry is not None else None


def main() -> None:
    print(describe(ReplyCode.MAILBOX_UNAVAILABLE, "es"))
    print(len(soft_failures()), enhanced_text("5.1.1"))
    reply = smtp_codes.parse_reply(b"250 2.0.0 OK\r\n")
    status: Optional[EnhancedStatusCode] = reply.enhanced
    print(reply.code, status, reply.text)
    wire: bytes = smtp_codes.format_reply(250, "OK", enhanced="2.0.0")
    explained = smtp_codes.explain("421 4.7.0 Try again later")
    retry: bool = explained.retry
    print(wire, retry, smtp_codes.may_return("RCPT", 354), smtp_codes.catalog()["catalog_version"])
    version: str = smtp_codes.__version__
    notes: List[str] = [n.description_in("es") for n in ReplyCode(530).vendor_notes]
    alias: Optional[smtp_codes.Alias] = ReplyCode.HOST_DOES_NOT_ACCEPT_MAIL.alias
    data: Tuple[Union[ReplyCode, int], ...] = smtp_codes.command_replies("DATA").intermediate
    generic: int = sum(1 for e in smtp_codes.enhanced_codes() if e.class_ is None)
    print(version, notes, alias, data, generic, smtp_codes.reply_class(571))
    bounces()


def bounces() -> None:
    report: smtp_codes.BounceReport = smtp_codes.read_bounce(b"From: a@example.com\r\n\r\nhi")
    kind: str = report.message_kind
    subject: Optional[str] = report.original_subject
    for r in report.recipients:
        recipient: smtp_codes.RecipientReport = r
        code: Union[ReplyCode, int, None] = recipient.code
        dsn: Optional[EnhancedStatusCode] = recipient.dsn
        cls: Optional[str] = recipient.class_
        drop: bool = recipient.suppress
        print(code, dsn, cls, drop, recipient.reason_description("es"))
    for item in smtp_codes.read_bounces([b"", bytearray(b"From: a@example.com\r\n\r\nhi")]):
        if isinstance(item, smtp_codes.BounceReadError):
            error: ValueError = item
            print(error)
        else:
            print(len(item.recipients))
    columns = smtp_codes.read_bounce_columns([b"From: a@example.com\r\n\r\nhi"])
    inputs: List[int] = columns["input"]
    codes: List[Optional[int]] = columns["code"]
    classes: List[Optional[str]] = columns["class"]
    print(kind, subject, inputs, codes, classes)


if __name__ == "__main__":
    main()
