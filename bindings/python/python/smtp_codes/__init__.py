"""The SMTP reply-code catalog: basic reply codes (RFC 5321 and extensions), enhanced status
codes (RFC 3463, the IANA registry), vendor codes seen in the wild, reply parsing and
formatting, with English and Spanish descriptions.

The API is the native module ``smtp_codes._native``, built from the Rust core crate: its
classes, functions and exceptions are re-exported here. ``ReplyCode`` is a real
``enum.IntEnum``, like ``http.HTTPStatus``, generated with every member in
``smtp_codes/_reply_code.py``::

    >>> from smtp_codes import ReplyCode
    >>> ReplyCode(550) is ReplyCode.MAILBOX_UNAVAILABLE
    True
    >>> ReplyCode(550).phrase
    'Requested action not taken: mailbox unavailable'
"""

from ._native import (
    CATALOG_VERSION,
    IANA_REGISTRY_DATE,
    LANGUAGES,
    REASONS,
    Alias,
    BounceReadError,
    BounceReport,
    CommandReplies,
    EnhancedEntry,
    EnhancedStatusCode,
    Explanation,
    IncompleteReplyError,
    LogRecord,
    RecipientReport,
    Reply,
    ReplyParseError,
    VendorNote,
    __version__,
    aliases,
    catalog,
    command_replies,
    commands,
    enhanced_codes,
    explain,
    explain_arrow,
    explain_columns,
    explain_many,
    format_reply,
    may_return,
    parse_replies,
    parse_reply,
    phrase,
    read_bounce,
    read_bounce_columns,
    read_bounces,
    read_log,
    read_log_arrow,
    read_log_columns,
    reason_description,
    reply_category,
    reply_class,
    reply_role,
)
from ._reply_code import ReplyCode

__all__ = [
    "CATALOG_VERSION",
    "IANA_REGISTRY_DATE",
    "LANGUAGES",
    "REASONS",
    "Alias",
    "BounceReadError",
    "BounceReport",
    "CommandReplies",
    "EnhancedEntry",
    "EnhancedStatusCode",
    "Explanation",
    "IncompleteReplyError",
    "LogRecord",
    "RecipientReport",
    "Reply",
    "ReplyCode",
    "ReplyParseError",
    "VendorNote",
    "aliases",
    "catalog",
    "command_replies",
    "commands",
    "enhanced_codes",
    "explain",
    "explain_arrow",
    "explain_columns",
    "explain_many",
    "format_reply",
    "may_return",
    "parse_replies",
    "parse_reply",
    "phrase",
    "read_bounce",
    "read_bounce_columns",
    "read_bounces",
    "read_log",
    "read_log_arrow",
    "read_log_columns",
    "reason_description",
    "reply_category",
    "reply_class",
    "reply_role",
]
