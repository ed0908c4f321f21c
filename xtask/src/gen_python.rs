//! Writes the Python package's generated files: the `ReplyCode` IntEnum as Python source with
//! one member per basic code (`smtp_codes/_reply_code.py`, written out as `http.HTTPStatus`
//! is), its stubs (`_reply_code.pyi`), and the package's stubs (`__init__.pyi`) for the API
//! that the native module defines.
//!
//! `ReplyCode`'s properties are listed once, in [`PROPERTIES`], for both the module and its
//! stubs: each reads a function of the native module, so no catalog logic is in Python.

use crate::model::{Model, Status};

/// A property of `ReplyCode`: its name, the native function that answers it, its type in the
/// stubs, and its docstring.
struct Property {
    name: &'static str,
    native: &'static str,
    ty: &'static str,
    doc: &'static str,
}

const PROPERTIES: &[Property] = &[
    Property {
        name: "phrase",
        native: "phrase",
        ty: "str",
        doc: "The standard reply text, as the defining RFC recommends it.",
    },
    Property {
        name: "description",
        native: "code_description",
        ty: "str",
        doc: "What the code means, in English.",
    },
    Property {
        name: "class_",
        native: "reply_class",
        ty: "str",
        doc: "``success``, ``intermediate``, ``transient`` or ``permanent`` (first digit).",
    },
    Property {
        name: "category",
        native: "reply_category",
        ty: "str",
        doc: "The second digit's meaning, such as ``mail_system``.",
    },
    Property {
        name: "status",
        native: "code_status",
        ty: "str",
        doc: "{statuses}.",
    },
    Property {
        name: "references",
        native: "code_references",
        ty: "Tuple[str, ...]",
        doc: "The RFC sections or vendor documents that define the code.",
    },
    Property {
        name: "vendor_notes",
        native: "code_vendor_notes",
        ty: "Tuple[VendorNote, ...]",
        doc: "How vendors use the code differently.",
    },
    Property {
        name: "alias",
        native: "code_alias",
        ty: "Optional[Alias]",
        doc: "A vendor's dotless reading of the number (Exchange's 521 for 5.2.1), if any.",
    },
    Property {
        name: "is_positive_completion",
        native: "is_positive_completion",
        ty: "bool",
        doc: "2yz: the requested action was completed.",
    },
    Property {
        name: "is_intermediate",
        native: "is_intermediate",
        ty: "bool",
        doc: "3yz: accepted, more is expected.",
    },
    Property {
        name: "is_transient",
        native: "is_transient",
        ty: "bool",
        doc: "4yz: a transient failure (soft bounce). Not the negation of ``is_permanent``.",
    },
    Property {
        name: "is_permanent",
        native: "is_permanent",
        ty: "bool",
        doc: "5yz: a permanent failure (hard bounce). Not the negation of ``is_transient``.",
    },
];

/// A Python string literal (the docstrings and texts here hold no quote or backslash that
/// needs more than this).
fn literal(s: &str) -> String {
    format!("\"{}\"", s.replace('\\', "\\\\").replace('"', "\\\""))
}

/// "``standard``, ``extension``, ... or ``obsolete``": every status of the model.
fn statuses() -> String {
    let names: Vec<String> = Status::ALL
        .iter()
        .map(|(_, name)| format!("``{name}``"))
        .collect();
    match names.split_last() {
        Some((last, [])) => last.clone(),
        Some((last, rest)) => format!("{} or {last}", rest.join(", ")),
        None => String::new(),
    }
}

/// `    OK = 250  # Requested mail action okay, completed`, for every basic code.
fn members(c: &Model, with_text: bool) -> String {
    c.basic_codes
        .iter()
        .map(|b| {
            if with_text {
                let text = b.text.replace(['\r', '\n'], " ");
                format!("    {} = {}  # {text}\n", b.id, b.code)
            } else {
                format!("    {} = {}\n", b.id, b.code)
            }
        })
        .collect()
}

/// `smtp_codes/_reply_code.py`, without its header.
pub fn reply_code_module(c: &Model) -> String {
    let properties: String = PROPERTIES
        .iter()
        .map(|p| {
            format!(
                "    {} = property(\n        _native.{},\n        doc={},\n    )\n",
                p.name,
                p.native,
                literal(&p.doc.replace("{statuses}", &statuses()))
            )
        })
        .collect();
    format!(
        r#"
"""The ``ReplyCode`` IntEnum, one member per basic reply code of the catalog, written out as
``http.HTTPStatus`` is. Every property reads the native module: nothing is computed here."""

import enum

from . import _native

__all__ = ["ReplyCode"]


class ReplyCode(enum.IntEnum):
    """An SMTP basic reply code known to the catalog, as an IntEnum: ``ReplyCode(550)`` is
    ``ReplyCode.MAILBOX_UNAVAILABLE`` and equals 550. Unknown codes raise ValueError."""

    __module__ = "smtp_codes"

{members}
{properties}
    def description_in(self, lang: str) -> str:
        """What the code means, in ``"en"`` or ``"es"``."""
        return _native.code_description(self, lang)
"#,
        members = members(c, true),
    )
}

/// `smtp_codes/_reply_code.pyi`, without its header.
pub fn reply_code_stubs(c: &Model) -> String {
    let properties: String = PROPERTIES
        .iter()
        .map(|p| format!("    @property\n    def {}(self) -> {}: ...\n", p.name, p.ty))
        .collect();
    format!(
        r#"
import enum
from typing import Optional, Tuple

from . import Alias, VendorNote

__all__ = ["ReplyCode"]

class ReplyCode(enum.IntEnum):
{members}{properties}    def description_in(self, lang: str) -> str: ...
"#,
        members = members(c, false),
    )
}

/// The package's stubs (`smtp_codes/__init__.pyi`), without their header: the API of the
/// native module, which `__init__.py` re-exports.
pub fn stubs(_c: &Model) -> String {
    STUBS.replace("    @verdict\n", VERDICT_STUBS)
}

/// The verdict's attributes, the same on a bounce's `RecipientReport` and a log's `LogRecord`
/// (`@verdict` in `STUBS` stands for them).
const VERDICT_STUBS: &str = r#"    @property
    def code(self) -> Union[ReplyCode, int, None]: ...
    @property
    def enhanced(self) -> Optional[EnhancedStatusCode]: ...
    @property
    def class_(self) -> Optional[str]: ...
    @property
    def bounce(self) -> str: ...
    @property
    def retry(self) -> bool: ...
    @property
    def reason(self) -> str: ...
    @property
    def sisimai_reason(self) -> str: ...
    @property
    def suppress(self) -> bool: ...
    @property
    def sisimai_hardbounce(self) -> bool: ...
    @property
    def evidence(self) -> str: ...
"#;

const STUBS: &str = r#"
from typing import Any, Dict, Iterable, List, Optional, Tuple, TypedDict, Union, final

from ._reply_code import ReplyCode as ReplyCode

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

__version__: str
CATALOG_VERSION: str
IANA_REGISTRY_DATE: str
LANGUAGES: Tuple[str, ...]
REASONS: Tuple[str, ...]

class ReplyParseError(ValueError): ...
class IncompleteReplyError(ReplyParseError): ...

@final
class VendorNote:
    @property
    def source(self) -> str: ...
    @property
    def description(self) -> str: ...
    @property
    def description_es(self) -> str: ...
    def description_in(self, lang: str) -> str: ...

@final
class Alias:
    @property
    def code(self) -> int: ...
    @property
    def enhanced(self) -> str: ...
    @property
    def source(self) -> str: ...
    @property
    def description(self) -> str: ...
    @property
    def description_es(self) -> str: ...
    def description_in(self, lang: str) -> str: ...

@final
class EnhancedEntry:
    @property
    def code(self) -> str: ...
    @property
    def class_(self) -> Optional[int]: ...
    @property
    def subject(self) -> int: ...
    @property
    def detail(self) -> int: ...
    @property
    def detail_through(self) -> int: ...
    @property
    def name(self) -> str: ...
    @property
    def text(self) -> str: ...
    @property
    def basic_codes(self) -> Tuple[int, ...]: ...
    @property
    def any_basic_code(self) -> bool: ...
    @property
    def status(self) -> str: ...
    @property
    def references(self) -> Tuple[str, ...]: ...
    @property
    def description(self) -> str: ...
    @property
    def description_es(self) -> str: ...
    @property
    def vendor_notes(self) -> Tuple[VendorNote, ...]: ...
    def description_in(self, lang: str) -> str: ...

def phrase(code: int) -> Optional[str]: ...
def reply_class(code: int) -> str: ...
def reply_category(code: int) -> str: ...

@final
class EnhancedStatusCode:
    def __new__(cls, code: Union[str, EnhancedStatusCode]) -> EnhancedStatusCode: ...
    @property
    def class_(self) -> int: ...
    @property
    def subject(self) -> int: ...
    @property
    def detail(self) -> int: ...
    @property
    def entry(self) -> Optional[EnhancedEntry]: ...
    @property
    def text(self) -> Optional[str]: ...
    @property
    def description(self) -> Optional[str]: ...
    def description_in(self, lang: str) -> Optional[str]: ...
    def pairing(self, code: int) -> str: ...
    def __eq__(self, other: object, /) -> bool: ...
    def __lt__(self, other: EnhancedStatusCode, /) -> bool: ...
    def __le__(self, other: EnhancedStatusCode, /) -> bool: ...
    def __gt__(self, other: EnhancedStatusCode, /) -> bool: ...
    def __ge__(self, other: EnhancedStatusCode, /) -> bool: ...
    def __hash__(self) -> int: ...

def enhanced_codes() -> Tuple[EnhancedEntry, ...]: ...
def aliases() -> Tuple[Alias, ...]: ...

@final
class Reply:
    @property
    def code(self) -> Union[ReplyCode, int]: ...
    @property
    def enhanced(self) -> Optional[EnhancedStatusCode]: ...
    @property
    def lines(self) -> Tuple[str, ...]: ...
    @property
    def consumed(self) -> int: ...
    @property
    def text(self) -> str: ...

def parse_reply(
    data: Union[bytes, bytearray, str],
    *,
    lenient: bool = False,
    max_line_len: Optional[int] = None,
    max_reply_len: Optional[int] = None,
) -> Reply: ...
def parse_replies(data: Union[bytes, bytearray, str], *, lenient: bool = False) -> List[Reply]: ...
def format_reply(
    code: int,
    *lines: str,
    enhanced: Union[str, EnhancedStatusCode, None] = None,
    max_line_len: int = 512,
) -> bytes: ...

@final
class CommandReplies:
    @property
    def command(self) -> str: ...
    @property
    def references(self) -> Tuple[str, ...]: ...
    @property
    def success(self) -> Tuple[Union[ReplyCode, int], ...]: ...
    @property
    def intermediate(self) -> Tuple[Union[ReplyCode, int], ...]: ...
    @property
    def error(self) -> Tuple[Union[ReplyCode, int], ...]: ...

def commands() -> Tuple[str, ...]: ...
def command_replies(command: str) -> CommandReplies: ...
def reply_role(command: str, code: int) -> Optional[str]: ...
def may_return(command: str, code: int) -> bool: ...

@final
class Explanation:
    @property
    def kind(self) -> str: ...
    @property
    def code(self) -> Union[ReplyCode, int, None]: ...
    @property
    def enhanced(self) -> Optional[EnhancedStatusCode]: ...
    @property
    def server_text(self) -> str: ...
    @property
    def bounce(self) -> str: ...
    @property
    def retry(self) -> bool: ...
    @property
    def reason(self) -> str: ...
    @property
    def sisimai_reason(self) -> str: ...
    @property
    def suppress(self) -> bool: ...
    @property
    def sisimai_hardbounce(self) -> bool: ...
    @property
    def evidence(self) -> str: ...
    def reason_description(self, lang: str = "en") -> str: ...

def reason_description(reason: str, lang: str = "en") -> str: ...
def explain(text: str) -> Explanation: ...
def explain_many(texts: Iterable[str]) -> List[Optional[Explanation]]: ...
def catalog() -> Dict[str, Any]: ...

class BounceReadError(ValueError): ...

@final
class RecipientReport:
    @property
    def recipient(self) -> Optional[str]: ...
    @property
    def original_recipient(self) -> Optional[str]: ...
    @property
    def action(self) -> Optional[str]: ...
    @property
    def dsn(self) -> Optional[EnhancedStatusCode]: ...
    @property
    def remote_mta(self) -> Optional[str]: ...
    @property
    def diagnostic_type(self) -> Optional[str]: ...
    @property
    def server_text(self) -> Optional[str]: ...
    @property
    def last_attempt(self) -> Optional[str]: ...
    @property
    def will_retry_until(self) -> Optional[str]: ...
    @property
    def smtp_command(self) -> Optional[str]: ...
    @verdict
    def reason_description(self, lang: str = "en") -> str: ...

@final
class BounceReport:
    @property
    def message_kind(self) -> str: ...
    @property
    def reporting_mta(self) -> Optional[str]: ...
    @property
    def arrival_date(self) -> Optional[str]: ...
    @property
    def original_message_id(self) -> Optional[str]: ...
    @property
    def original_from(self) -> Optional[str]: ...
    @property
    def original_to(self) -> Optional[str]: ...
    @property
    def original_subject(self) -> Optional[str]: ...
    @property
    def feedback_type(self) -> Optional[str]: ...
    @property
    def recipients(self) -> Tuple[RecipientReport, ...]: ...

# What read_bounce_columns returns: one list per column, every list as long as the others.
_BounceColumns = TypedDict(
    "_BounceColumns",
    {
        "input": List[int],
        "error": List[Optional[str]],
        "message_kind": List[Optional[str]],
        "reporting_mta": List[Optional[str]],
        "arrival_date": List[Optional[str]],
        "original_message_id": List[Optional[str]],
        "original_from": List[Optional[str]],
        "original_to": List[Optional[str]],
        "original_subject": List[Optional[str]],
        "feedback_type": List[Optional[str]],
        "recipient": List[Optional[str]],
        "original_recipient": List[Optional[str]],
        "action": List[Optional[str]],
        "dsn": List[Optional[str]],
        "remote_mta": List[Optional[str]],
        "diagnostic_type": List[Optional[str]],
        "server_text": List[Optional[str]],
        "last_attempt": List[Optional[str]],
        "will_retry_until": List[Optional[str]],
        "smtp_command": List[Optional[str]],
        "code": List[Optional[int]],
        "enhanced": List[Optional[str]],
        "class": List[Optional[str]],
        "bounce": List[Optional[str]],
        "retry": List[Optional[bool]],
        "reason": List[Optional[str]],
        "sisimai_reason": List[Optional[str]],
        "suppress": List[Optional[bool]],
        "sisimai_hardbounce": List[Optional[bool]],
        "evidence": List[Optional[str]],
    },
)

def read_bounce(data: Union[bytes, bytearray]) -> BounceReport: ...
def read_bounces(
    messages: Iterable[Union[bytes, bytearray]],
) -> List[Union[BounceReport, BounceReadError]]: ...
def read_bounce_columns(messages: Iterable[Union[bytes, bytearray]]) -> _BounceColumns: ...

@final
class LogRecord:
    @property
    def time(self) -> Optional[str]: ...
    @property
    def timestamp(self) -> Optional[str]: ...
    @property
    def host(self) -> Optional[str]: ...
    @property
    def mta(self) -> str: ...
    @property
    def queue_id(self) -> Optional[str]: ...
    @property
    def recipient(self) -> Optional[str]: ...
    @property
    def original_recipient(self) -> Optional[str]: ...
    @property
    def sender(self) -> Optional[str]: ...
    @property
    def relay(self) -> Optional[str]: ...
    @property
    def status(self) -> str: ...
    @property
    def dsn(self) -> Optional[EnhancedStatusCode]: ...
    @property
    def delay(self) -> Optional[float]: ...
    @property
    def server_text(self) -> Optional[str]: ...
    @property
    def smtp_command(self) -> Optional[str]: ...
    @verdict

def read_log(
    lines: Iterable[Union[str, bytes, bytearray]], year: Optional[int] = None
) -> List[LogRecord]: ...

# What explain_columns returns: one list per field, every list as long as the input.
_ExplainColumns = TypedDict(
    "_ExplainColumns",
    {
        "input": List[str],
        "kind": List[Optional[str]],
        "code": List[Optional[int]],
        "enhanced": List[Optional[str]],
        "class": List[Optional[str]],
        "bounce": List[Optional[str]],
        "retry": List[Optional[bool]],
        "reason": List[Optional[str]],
        "sisimai_reason": List[Optional[str]],
        "suppress": List[Optional[bool]],
        "sisimai_hardbounce": List[Optional[bool]],
        "evidence": List[Optional[str]],
        "server_text": List[Optional[str]],
        "name": List[Optional[str]],
        "enhanced_name": List[Optional[str]],
    },
)

# What read_log_columns returns: one list per field, one row per record.
_LogColumns = TypedDict(
    "_LogColumns",
    {
        "line": List[int],
        "time": List[Optional[str]],
        "timestamp": List[Optional[str]],
        "host": List[Optional[str]],
        "mta": List[str],
        "queue_id": List[Optional[str]],
        "recipient": List[Optional[str]],
        "original_recipient": List[Optional[str]],
        "sender": List[Optional[str]],
        "relay": List[Optional[str]],
        "status": List[str],
        "dsn": List[Optional[str]],
        "delay": List[Optional[float]],
        "server_text": List[Optional[str]],
        "smtp_command": List[Optional[str]],
        "code": List[Optional[int]],
        "enhanced": List[Optional[str]],
        "class": List[Optional[str]],
        "bounce": List[str],
        "retry": List[bool],
        "reason": List[str],
        "sisimai_reason": List[str],
        "suppress": List[bool],
        "sisimai_hardbounce": List[bool],
        "evidence": List[str],
    },
)

def explain_columns(texts: Iterable[str]) -> _ExplainColumns: ...
def read_log_columns(
    lines: Iterable[Union[str, bytes, bytearray]], year: Optional[int] = None
) -> _LogColumns: ...
# pyarrow is optional: these take a pyarrow (or Arrow PyCapsule) string array and return a
# pyarrow.RecordBatch (typed Any, so that the stubs need no pyarrow).
def explain_arrow(array: Any) -> Any: ...
def read_log_arrow(array: Any, year: Optional[int] = None) -> Any: ...
"#;
