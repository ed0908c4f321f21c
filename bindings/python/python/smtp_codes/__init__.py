"""The SMTP reply-code catalog: basic reply codes (RFC 5321 and extensions), enhanced status
codes (RFC 3463, the IANA registry), vendor codes seen in the wild, reply parsing and
formatting, with English and Spanish descriptions.

Everything here comes from the Rust core crate through ``smtp_codes._native``; this module
only turns it into Python types. ``ReplyCode`` is a real ``enum.IntEnum``, like
``http.HTTPStatus``::

    >>> from smtp_codes import ReplyCode
    >>> ReplyCode(550) is ReplyCode.MAILBOX_UNAVAILABLE
    True
    >>> ReplyCode(550).phrase
    'Requested action not taken: mailbox unavailable'
"""

from __future__ import annotations

import enum
from collections import namedtuple

from . import _native
from ._native import IncompleteReplyError, ReplyParseError

# Typing names are for annotations only (strings here, thanks to the __future__ import), so
# `typing` is not imported at run time: it would cost import time for nothing.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any, Dict, Iterable, List, Optional, Sequence, Tuple, Union

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

CATALOG_VERSION: str = _native.catalog_version()
IANA_REGISTRY_DATE: str = _native.iana_registry_date()
LANGUAGES: Tuple[str, ...] = ("en", "es")

_CLASS_NAMES = {2: "success", 3: "intermediate", 4: "transient", 5: "permanent"}
_CATEGORY_IDS = {row[0]: row[1] for row in _native.categories()}


def _lang(lang: object) -> int:
    """The index of a language in (English, Spanish) pairs."""
    if not isinstance(lang, str):
        raise TypeError(f"lang must be a str ('en' or 'es'), not {type(lang).__name__}")
    if lang not in LANGUAGES:
        raise ValueError(f"unknown language {lang!r}: expected 'en' or 'es'")
    return LANGUAGES.index(lang)


def _code(code: object) -> int:
    """A reply code as an int from 200 to 599."""
    if isinstance(code, bool) or not isinstance(code, int):
        raise TypeError(f"a reply code must be an int, not {type(code).__name__}")
    if not 200 <= code <= 599:
        raise ValueError(f"reply code {code} is out of range: expected 200 to 599")
    return int(code)


class VendorNote(namedtuple("VendorNote", "source description description_es")):
    """How a vendor uses a code differently from its standard meaning."""

    __slots__ = ()

    def description_in(self, lang: str) -> str:
        """The vendor's meaning in ``"en"`` or ``"es"``."""
        return (self.description, self.description_es)[_lang(lang)]


def _notes(rows: Iterable[Tuple[str, str, str]]) -> Tuple[VendorNote, ...]:
    return tuple(VendorNote(*row) for row in rows)


class Alias(namedtuple("Alias", "code enhanced source description description_es")):
    """A number that a vendor writes for an enhanced code without its dots (Exchange's 441)."""

    __slots__ = ()

    def description_in(self, lang: str) -> str:
        """The vendor's meaning in ``"en"`` or ``"es"``."""
        return (self.description, self.description_es)[_lang(lang)]


class EnhancedEntry(
    namedtuple(
        "EnhancedEntry",
        "code class_ subject detail detail_through name text basic_codes status references "
        "description description_es vendor_notes",
    )
):
    """The catalog's entry for an enhanced status code (``X.1.1``, or ``5.7.606-649``)."""

    __slots__ = ()

    def description_in(self, lang: str) -> str:
        """The meaning in ``"en"`` or ``"es"``."""
        return (self.description, self.description_es)[_lang(lang)]


_BASIC = {row[0]: row for row in _native.basic_codes()}
_ENHANCED: "Tuple[EnhancedEntry, ...]" = ()


def _enhanced_entries() -> "Tuple[EnhancedEntry, ...]":
    """The enhanced entries, built on first use (not at import)."""
    global _ENHANCED
    if not _ENHANCED:
        _ENHANCED = tuple(
            EnhancedEntry(
                row[0], row[1], row[2], row[3], row[4], row[5], row[6], tuple(row[7]), row[8],
                tuple(row[9]), row[10][0], row[10][1], _notes(row[11]),
            )
            for row in _native.enhanced_codes()
        )
    return _ENHANCED


_ALIASES = {row[0]: Alias(*row) for row in _native.aliases()}


def reply_class(code: int) -> str:
    """The class of any code from 200 to 599: ``success``, ``intermediate``, ``transient`` or
    ``permanent``."""
    return _CLASS_NAMES[_code(code) // 100]


def reply_category(code: int) -> str:
    """The category of any code from 200 to 599 (second digit): ``syntax``, ``information``,
    ``connections``, ``unspecified_3``, ``unspecified_4``, ``mail_system`` or ``undefined``."""
    return _CATEGORY_IDS.get(_code(code) // 10 % 10, "undefined")


class _ReplyCodeBase(enum.IntEnum):
    """The members-less base that gives ``ReplyCode`` its properties."""

    @property
    def phrase(self) -> str:
        """The standard reply text, as the defining RFC recommends it."""
        return str(_BASIC[self.value][2])

    @property
    def description(self) -> str:
        """What the code means, in English."""
        return str(_BASIC[self.value][5])

    def description_in(self, lang: str) -> str:
        """What the code means, in ``"en"`` or ``"es"``."""
        return str(_BASIC[self.value][5 + _lang(lang)])

    @property
    def class_(self) -> str:
        """``success``, ``intermediate``, ``transient`` or ``permanent`` (first digit)."""
        return reply_class(self.value)

    @property
    def category(self) -> str:
        """The second digit's meaning, such as ``mail_system``."""
        return reply_category(self.value)

    @property
    def status(self) -> str:
        """``standard``, ``extension``, ``non-standard`` or ``obsolete``."""
        return str(_BASIC[self.value][3])

    @property
    def references(self) -> Tuple[str, ...]:
        """The RFC sections or vendor documents that define the code."""
        return tuple(_BASIC[self.value][4])

    @property
    def vendor_notes(self) -> Tuple[VendorNote, ...]:
        """How vendors use the code differently."""
        return _notes(_BASIC[self.value][7])

    @property
    def alias(self) -> Optional[Alias]:
        """A vendor's dotless reading of the number (Exchange's 521 for 5.2.1), if any."""
        return _ALIASES.get(self.value)

    @property
    def is_positive_completion(self) -> bool:
        """2yz: the requested action was completed."""
        return self.value // 100 == 2

    @property
    def is_intermediate(self) -> bool:
        """3yz: accepted, more is expected."""
        return self.value // 100 == 3

    @property
    def is_transient(self) -> bool:
        """4yz: a transient failure (soft bounce). Not the negation of ``is_permanent``."""
        return self.value // 100 == 4

    @property
    def is_permanent(self) -> bool:
        """5yz: a permanent failure (hard bounce). Not the negation of ``is_transient``."""
        return self.value // 100 == 5


ReplyCode = _ReplyCodeBase(  # type: ignore[call-overload]
    "ReplyCode",
    [(row[1], row[0]) for row in _native.basic_codes()],
    module=__name__,
    qualname="ReplyCode",
)
ReplyCode.__doc__ = (
    "An SMTP basic reply code known to the catalog, as an IntEnum: ReplyCode(550) is "
    "ReplyCode.MAILBOX_UNAVAILABLE and equals 550. Unknown codes raise ValueError."
)


_MEMBERS: Dict[int, Any] = {member.value: member for member in ReplyCode}
_PHRASES: Dict[int, str] = {row[0]: row[2] for row in _BASIC.values()}


def _known(code: int) -> Union["ReplyCode", int]:
    """A ReplyCode where the catalog knows the code, the plain int otherwise."""
    return _MEMBERS.get(code, code)  # type: ignore[no-any-return]


def phrase(code: int) -> Optional[str]:
    """The standard reply text of a known code, or None: the fast look-up, as quick as a
    dict (``ReplyCode(code).phrase`` pays for the enum's own look-up)."""
    return _PHRASES.get(code)


class EnhancedStatusCode:
    """An enhanced mail system status code (RFC 3463), such as ``5.1.1``.

    Any syntactically valid code is accepted; ``entry`` is the catalog's entry for its subject
    and detail (or None). Instances compare and hash like their string form.
    """

    __slots__ = ("_class", "_subject", "_detail", "_index")

    def __init__(self, code: Union[str, "EnhancedStatusCode"]) -> None:
        if isinstance(code, EnhancedStatusCode):
            code = str(code)
        if not isinstance(code, str):
            raise TypeError(f"an enhanced status code must be a str, not {type(code).__name__}")
        self._class, self._subject, self._detail, self._index = _native.parse_enhanced(code)

    @property
    def class_(self) -> int:
        """The class: 2 (success), 4 (persistent transient failure) or 5 (permanent failure)."""
        return int(self._class)

    @property
    def subject(self) -> int:
        """The subject (second number)."""
        return int(self._subject)

    @property
    def detail(self) -> int:
        """The detail (third number)."""
        return int(self._detail)

    @property
    def entry(self) -> Optional[EnhancedEntry]:
        """The catalog's entry, or None for a code it does not know."""
        return None if self._index is None else _enhanced_entries()[self._index]

    @property
    def text(self) -> Optional[str]:
        """The registry's sample text, if the code is known."""
        entry = self.entry
        return None if entry is None else entry.text

    @property
    def description(self) -> Optional[str]:
        """What the code means in English, if known."""
        entry = self.entry
        return None if entry is None else entry.description

    def description_in(self, lang: str) -> Optional[str]:
        """What the code means in ``"en"`` or ``"es"``, if known."""
        index = _lang(lang)
        entry = self.entry
        return None if entry is None else (entry.description, entry.description_es)[index]

    def pairing(self, code: int) -> str:
        """How this code fits a basic code: ``registered``, ``class_matches`` or
        ``class_mismatch`` (RFC 3463 section 2)."""
        return str(_native.pairing(str(self), _code(code)))

    def _key(self) -> Tuple[int, int, int]:
        return (self._class, self._subject, self._detail)

    def __str__(self) -> str:
        return f"{self._class}.{self._subject}.{self._detail}"

    def __repr__(self) -> str:
        return f"EnhancedStatusCode({str(self)!r})"

    def __eq__(self, other: object) -> bool:
        if isinstance(other, EnhancedStatusCode):
            return self._key() == other._key()
        if isinstance(other, str):
            return str(self) == other
        return NotImplemented

    def __lt__(self, other: "EnhancedStatusCode") -> bool:
        if not isinstance(other, EnhancedStatusCode):
            return NotImplemented
        return self._key() < other._key()

    def __le__(self, other: "EnhancedStatusCode") -> bool:
        if not isinstance(other, EnhancedStatusCode):
            return NotImplemented
        return self._key() <= other._key()

    def __gt__(self, other: "EnhancedStatusCode") -> bool:
        if not isinstance(other, EnhancedStatusCode):
            return NotImplemented
        return self._key() > other._key()

    def __ge__(self, other: "EnhancedStatusCode") -> bool:
        if not isinstance(other, EnhancedStatusCode):
            return NotImplemented
        return self._key() >= other._key()

    def __hash__(self) -> int:
        return hash(str(self))


def enhanced_codes() -> Tuple[EnhancedEntry, ...]:
    """Every enhanced status code entry of the catalog, sorted by subject and detail."""
    return _enhanced_entries()


def aliases() -> Tuple[Alias, ...]:
    """Every dotless alias (Exchange's 441 for 4.4.1), sorted by number."""
    return tuple(_ALIASES.values())


class Reply(namedtuple("Reply", "code enhanced lines consumed")):
    """A parsed reply. ``code`` is a ReplyCode where the catalog knows it, else an int."""

    __slots__ = ()

    @property
    def text(self) -> str:
        """The lines joined with newlines."""
        return "\n".join(self.lines)


_ENHANCED_CACHE: Dict[str, EnhancedStatusCode] = {}


def _enhanced(code: Optional[str]) -> Optional[EnhancedStatusCode]:
    """An EnhancedStatusCode for a code the core already parsed; the common ones are kept."""
    if code is None:
        return None
    found = _ENHANCED_CACHE.get(code)
    if found is None:
        found = EnhancedStatusCode(code)
        if len(_ENHANCED_CACHE) < 4096:
            _ENHANCED_CACHE[code] = found
    return found


_new_tuple = tuple.__new__


def _reply(row: "Tuple[int, Optional[str], List[str], int]") -> Reply:
    code, enhanced, lines, used = row
    if enhanced is not None:
        enhanced = _ENHANCED_CACHE.get(enhanced) or _enhanced(enhanced)
    return _new_tuple(Reply, (_MEMBERS.get(code, code), enhanced, tuple(lines), used))  # type: ignore[no-any-return]


def parse_reply(
    data: Union[bytes, bytearray, str],
    *,
    lenient: bool = False,
    max_line_len: Optional[int] = None,
    max_reply_len: Optional[int] = None,
) -> Reply:
    """Parses the reply at the start of ``data`` (RFC 5321; ``lenient=True`` also accepts bare
    LF, any text and longer lines). ``Reply.consumed`` says where the next reply starts.

    Raises IncompleteReplyError (a ReplyParseError) when more bytes are needed,
    ReplyParseError (a ValueError) for a malformed reply, TypeError for other types.
    """
    if lenient or max_line_len is not None or max_reply_len is not None:
        return _reply(_native.parse_reply(data, lenient, max_line_len, max_reply_len))
    return _reply(_native.parse_reply_strict(data))


def parse_replies(data: Union[bytes, bytearray, str], *, lenient: bool = False) -> List[Reply]:
    """Parses every reply of a pipelined buffer (without holding the GIL)."""
    return [_reply(row) for row in _native.parse_replies(data, lenient)]


def format_reply(
    code: int,
    *lines: str,
    enhanced: Union[str, EnhancedStatusCode, None] = None,
    max_line_len: int = 512,
) -> bytes:
    """The wire bytes of a reply: continuation lines, the enhanced code on every line, CRLF,
    over-long text split. Raises ValueError for text with CR or LF (reply injection) or an
    enhanced code whose class contradicts the code."""
    for line in lines:
        if not isinstance(line, str):
            raise TypeError(f"reply lines must be str, not {type(line).__name__}")
    if isinstance(max_line_len, bool) or not isinstance(max_line_len, int) or max_line_len < 0:
        raise ValueError("max_line_len must be a non-negative int")
    text = None if enhanced is None else str(EnhancedStatusCode(enhanced))
    return bytes(_native.format_reply(_code(code), list(lines), text, max_line_len))


class CommandReplies(namedtuple("CommandReplies", "command references success intermediate error")):
    """The replies a command may return (RFC 5321 section 4.3.2 and extension RFCs)."""

    __slots__ = ()


_COMMANDS = {
    row[0]: CommandReplies(
        row[0],
        tuple(row[1]),
        tuple(_known(c) for c in row[2]),
        tuple(_known(c) for c in row[3]),
        tuple(_known(c) for c in row[4]),
    )
    for row in _native.commands()
}


def commands() -> Tuple[str, ...]:
    """The commands of the table: CONNECT (the greeting), EHLO, ..., DATA_END, AUTH, ..."""
    return tuple(_COMMANDS)


def command_replies(command: str) -> CommandReplies:
    """The replies ``command`` may return, besides 421, 500 and 501 which any command may."""
    if not isinstance(command, str):
        raise TypeError(f"command must be a str, not {type(command).__name__}")
    try:
        return _COMMANDS[command.upper()]
    except KeyError:
        raise ValueError(f"unknown SMTP command: {command!r}") from None


def reply_role(command: str, code: int) -> Optional[str]:
    """``success``, ``intermediate`` or ``error``: the role ``code`` plays after ``command``;
    None if the RFCs do not list it."""
    if not isinstance(command, str):
        raise TypeError(f"command must be a str, not {type(command).__name__}")
    role: Optional[str] = _native.command_role(command, _code(code))
    return role


def may_return(command: str, code: int) -> bool:
    """Whether ``command`` may return ``code``: ``may_return("RCPT", 354)`` is False."""
    return reply_role(command, code) is not None


class Explanation(
    namedtuple(
        "Explanation",
        "kind code enhanced server_text bounce retry reason sisimai_reason suppress evidence",
    )
):
    """What an input means: its codes, soft or hard bounce, and whether to retry."""

    __slots__ = ()

    def reason_description(self, lang: str = "en") -> str:
        """What the reason means, in ``"en"`` or ``"es"``."""
        return reason_description(self.reason, lang)


def _explanation(row: Tuple[Any, ...]) -> Explanation:
    kind, code, enhanced, text, bounce, retry, reason, sisimai, suppress, evidence = row
    code = None if code is None else _MEMBERS.get(code, code)
    return Explanation(kind, code, _enhanced(enhanced), text, bounce, retry, reason, sisimai, suppress, evidence)


_REASONS = {row[0]: row for row in _native.reasons()}
REASONS: Tuple[str, ...] = tuple(_REASONS)


def reason_description(reason: str, lang: str = "en") -> str:
    """What an explain reason (``user_unknown``, ``mailbox_full``, ...) means."""
    if not isinstance(reason, str):
        raise TypeError(f"reason must be a str, not {type(reason).__name__}")
    index = _lang(lang)
    try:
        return str(_REASONS[reason][3 + index])
    except KeyError:
        raise ValueError(f"unknown reason {reason!r}") from None


def explain(text: str) -> Explanation:
    """Explains a code (``550``), an enhanced code (``5.1.1``), a reply, a Diagnostic-Code
    line, or bounce text: codes, bounce, retry, reason (one of ``REASONS``), sisimai's
    nearest reason, suppress and the evidence. Raises ValueError when there is nothing to
    explain."""
    if not isinstance(text, str):
        raise TypeError(f"explain() takes a str, not {type(text).__name__}")
    return _explanation(_native.explain(text))


def explain_many(texts: Sequence[str]) -> List[Optional[Explanation]]:
    """Explains many inputs at once, without holding the GIL; None where there is no code."""
    if isinstance(texts, (str, bytes)):
        raise TypeError("explain_many() takes a sequence of str, not a single string")
    items = list(texts)
    for item in items:
        if not isinstance(item, str):
            raise TypeError(f"explain_many() takes str items, not {type(item).__name__}")
    return [None if row is None else _explanation(row) for row in _native.explain_many(items)]


def _both(en: str, es: str) -> Dict[str, str]:
    return {"en": en, "es": es}


def _digits(rows: Iterable[Tuple[int, str, str, str, str]]) -> List[Dict[str, Any]]:
    return [
        {"digit": d, "id": i, "name": n, "description": _both(en, es)} for d, i, n, en, es in rows
    ]


def _note_dicts(notes: Iterable[VendorNote]) -> List[Dict[str, Any]]:
    return [
        {"source": n.source, "description": _both(n.description, n.description_es)} for n in notes
    ]


def catalog() -> Dict[str, Any]:
    """The whole catalog as plain Python data, with the same content as the JSON of the
    ``smtp-codes catalog`` command."""
    soft, hard = _native.bounces()
    return {
        "catalog_version": CATALOG_VERSION,
        "iana_registry_date": IANA_REGISTRY_DATE,
        "classes": _digits(_native.classes()),
        "categories": _digits(_native.categories()),
        "subjects": _digits(_native.subjects()),
        "bounces": {"soft": _both(*soft), "hard": _both(*hard)},
        "basic_codes": [
            {
                "code": code.value,
                "name": code.name,
                "text": code.phrase,
                "class": code.class_,
                "category": code.category,
                "status": code.status,
                "references": list(code.references),
                "description": _both(code.description, code.description_in("es")),
                "vendor_notes": _note_dicts(code.vendor_notes),
            }
            for code in ReplyCode
        ],
        "aliases": [
            {
                "code": a.code,
                "enhanced": a.enhanced,
                "source": a.source,
                "description": _both(a.description, a.description_es),
            }
            for a in aliases()
        ],
        "enhanced_codes": [
            {
                "code": e.code,
                "class": e.class_,
                "subject": e.subject,
                "detail": e.detail,
                "detail_through": e.detail_through,
                "name": e.name,
                "text": e.text,
                "basic_codes": list(e.basic_codes),
                "status": e.status,
                "references": list(e.references),
                "description": _both(e.description, e.description_es),
                "vendor_notes": _note_dicts(e.vendor_notes),
            }
            for e in _enhanced_entries()
        ],
        "reasons": [
            {"id": r[0], "sisimai": r[1], "suppress": r[2], "description": _both(r[3], r[4])}
            for r in _native.reasons()
        ],
        "any_command_errors": list(_native.any_command_errors()),
        "commands": [
            {
                "command": c.command,
                "references": list(c.references),
                "success": [int(x) for x in c.success],
                "intermediate": [int(x) for x in c.intermediate],
                "error": [int(x) for x in c.error],
            }
            for c in _COMMANDS.values()
        ],
    }
