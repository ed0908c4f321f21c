//! Writes the Python package's type stubs (`smtp_codes/__init__.pyi`): the hand-shaped API
//! below, with one `ReplyCode` member per basic code of the catalog.

use crate::model::Model;

const TEMPLATE: &str = r#"import enum
from typing import Any, Dict, List, NamedTuple, Optional, Sequence, Tuple, Union

__all__ = [
    "CATALOG_VERSION",
    "IANA_REGISTRY_DATE",
    "LANGUAGES",
    "REASONS",
    "Alias",
    "CommandReplies",
    "EnhancedEntry",
    "EnhancedStatusCode",
    "Explanation",
    "IncompleteReplyError",
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
    "explain_many",
    "format_reply",
    "may_return",
    "parse_replies",
    "parse_reply",
    "phrase",
    "reason_description",
    "reply_category",
    "reply_class",
    "reply_role",
]

CATALOG_VERSION: str
IANA_REGISTRY_DATE: str
LANGUAGES: Tuple[str, ...]
REASONS: Tuple[str, ...]

class ReplyParseError(ValueError): ...
class IncompleteReplyError(ReplyParseError): ...

class VendorNote(NamedTuple):
    source: str
    description: str
    description_es: str
    def description_in(self, lang: str) -> str: ...

class Alias(NamedTuple):
    code: int
    enhanced: str
    source: str
    description: str
    description_es: str
    def description_in(self, lang: str) -> str: ...

class EnhancedEntry(NamedTuple):
    code: str
    class_: Optional[int]
    subject: int
    detail: int
    detail_through: int
    name: str
    text: str
    basic_codes: Tuple[int, ...]
    status: str
    references: Tuple[str, ...]
    description: str
    description_es: str
    vendor_notes: Tuple[VendorNote, ...]
    def description_in(self, lang: str) -> str: ...

def reply_class(code: int) -> str: ...
def phrase(code: int) -> Optional[str]: ...
def reply_category(code: int) -> str: ...

class ReplyCode(enum.IntEnum):
    @property
    def phrase(self) -> str: ...
    @property
    def description(self) -> str: ...
    def description_in(self, lang: str) -> str: ...
    @property
    def class_(self) -> str: ...
    @property
    def category(self) -> str: ...
    @property
    def status(self) -> str: ...
    @property
    def references(self) -> Tuple[str, ...]: ...
    @property
    def vendor_notes(self) -> Tuple[VendorNote, ...]: ...
    @property
    def alias(self) -> Optional[Alias]: ...
    @property
    def is_positive_completion(self) -> bool: ...
    @property
    def is_intermediate(self) -> bool: ...
    @property
    def is_transient(self) -> bool: ...
    @property
    def is_permanent(self) -> bool: ...
{members}
class EnhancedStatusCode:
    def __init__(self, code: Union[str, EnhancedStatusCode]) -> None: ...
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
    def __eq__(self, other: object) -> bool: ...
    def __lt__(self, other: EnhancedStatusCode) -> bool: ...
    def __le__(self, other: EnhancedStatusCode) -> bool: ...
    def __gt__(self, other: EnhancedStatusCode) -> bool: ...
    def __ge__(self, other: EnhancedStatusCode) -> bool: ...
    def __hash__(self) -> int: ...

def enhanced_codes() -> Tuple[EnhancedEntry, ...]: ...
def aliases() -> Tuple[Alias, ...]: ...

class Reply(NamedTuple):
    code: Union[ReplyCode, int]
    enhanced: Optional[EnhancedStatusCode]
    lines: Tuple[str, ...]
    consumed: int
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

class CommandReplies(NamedTuple):
    command: str
    references: Tuple[str, ...]
    success: Tuple[Union[ReplyCode, int], ...]
    intermediate: Tuple[Union[ReplyCode, int], ...]
    error: Tuple[Union[ReplyCode, int], ...]

def commands() -> Tuple[str, ...]: ...
def command_replies(command: str) -> CommandReplies: ...
def reply_role(command: str, code: int) -> Optional[str]: ...
def may_return(command: str, code: int) -> bool: ...

class Explanation(NamedTuple):
    kind: str
    code: Union[ReplyCode, int, None]
    enhanced: Optional[EnhancedStatusCode]
    server_text: str
    bounce: str
    retry: bool
    reason: str
    sisimai_reason: str
    suppress: bool
    evidence: str
    def reason_description(self, lang: str = "en") -> str: ...

def reason_description(reason: str, lang: str = "en") -> str: ...
def explain(text: str) -> Explanation: ...
def explain_many(texts: Sequence[str]) -> List[Optional[Explanation]]: ...
def catalog() -> Dict[str, Any]: ...
"#;

/// The stub file, without its header.
pub fn stubs(c: &Model) -> String {
    let members: String = c
        .basic_codes
        .iter()
        .map(|b| format!("    {} = {}\n", b.id, b.code))
        .collect();
    format!("\n{}", TEMPLATE.replace("{members}", &members))
}
