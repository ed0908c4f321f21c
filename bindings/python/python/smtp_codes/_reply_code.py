# @generated from data/smtp-codes.yaml by `cargo xtask codegen`. Do not edit by hand:
# change the YAML and run `cargo xtask codegen` again.

"""The ``ReplyCode`` IntEnum, one member per basic reply code of the catalog, written out as
``http.HTTPStatus`` is. Every property reads the native module: nothing is computed here."""

import enum

from . import _native

__all__ = ["ReplyCode"]


class ReplyCode(enum.IntEnum):
    """An SMTP basic reply code known to the catalog, as an IntEnum: ``ReplyCode(550)`` is
    ``ReplyCode.MAILBOX_UNAVAILABLE`` and equals 550. Unknown codes raise ValueError."""

    __module__ = "smtp_codes"

    NONSTANDARD_SUCCESS = 200  # Nonstandard success response
    SYSTEM_STATUS = 211  # System status, or system help reply
    HELP_MESSAGE = 214  # Help message
    SERVICE_READY = 220  # <domain> Service ready
    SERVICE_CLOSING = 221  # <domain> Service closing transmission channel
    AUTHENTICATION_SUCCEEDED = 235  # Authentication Succeeded
    OK = 250  # Requested mail action okay, completed
    USER_NOT_LOCAL_WILL_FORWARD = 251  # User not local; will forward to <forward-path>
    CANNOT_VRFY_USER = 252  # Cannot VRFY user, but will accept message and attempt delivery
    PENDING_MESSAGES_STARTED = 253  # OK, <n> pending messages for node <x> started
    SERVER_CHALLENGE = 334  # <base64 challenge>
    START_MAIL_INPUT = 354  # Start mail input; end with <CRLF>.<CRLF>
    OCTET_OFFSET = 355  # Octet-offset is the transaction offset
    SERVICE_NOT_AVAILABLE = 421  # <domain> Service not available, closing transmission channel
    PASSWORD_TRANSITION_REQUIRED = 422  # A password transition is needed
    INVALID_COMMAND = 430  # Invalid command
    PASSWORD_TRANSITION_NEEDED = 432  # A password transition is needed
    MAILBOX_TEMPORARILY_UNAVAILABLE = 450  # Requested mail action not taken: mailbox unavailable
    LOCAL_ERROR_IN_PROCESSING = 451  # Requested action aborted: local error in processing
    INSUFFICIENT_SYSTEM_STORAGE = 452  # Requested action not taken: insufficient system storage
    NO_MAIL = 453  # You have no mail
    TEMPORARY_AUTHENTICATION_FAILURE = 454  # Temporary authentication failure
    SERVER_UNABLE_TO_ACCOMMODATE_PARAMETERS = 455  # Server unable to accommodate parameters
    UNABLE_TO_QUEUE_MESSAGES = 458  # Unable to queue messages for node <x>
    NODE_NOT_ALLOWED = 459  # Node <x> not allowed: <reason>
    COMMAND_UNRECOGNIZED = 500  # Syntax error, command unrecognized
    SYNTAX_ERROR_IN_PARAMETERS = 501  # Syntax error in parameters or arguments
    COMMAND_NOT_IMPLEMENTED = 502  # Command not implemented
    BAD_SEQUENCE_OF_COMMANDS = 503  # Bad sequence of commands
    COMMAND_PARAMETER_NOT_IMPLEMENTED = 504  # Command parameter not implemented
    HOST_DOES_NOT_ACCEPT_MAIL = 521  # Host does not accept mail
    ENCRYPTION_NEEDED = 523  # Encryption needed
    ENCRYPTION_REQUIRED = 524  # Encryption required for requested authentication mechanism
    USER_ACCOUNT_DISABLED = 525  # User account disabled
    AUTHENTICATION_REQUIRED = 530  # Authentication required
    DELIVERY_NOT_AUTHORIZED = 533  # Delivery not authorized, message refused
    AUTHENTICATION_MECHANISM_TOO_WEAK = 534  # Authentication mechanism is too weak
    AUTHENTICATION_CREDENTIALS_INVALID = 535  # Authentication credentials invalid
    ENCRYPTION_REQUIRED_FOR_AUTH_MECHANISM = 538  # Encryption required for requested authentication mechanism
    MAILBOX_UNAVAILABLE = 550  # Requested action not taken: mailbox unavailable
    USER_NOT_LOCAL = 551  # User not local; please try <forward-path>
    EXCEEDED_STORAGE_ALLOCATION = 552  # Requested mail action aborted: exceeded storage allocation
    MAILBOX_NAME_NOT_ALLOWED = 553  # Requested action not taken: mailbox name not allowed
    TRANSACTION_FAILED = 554  # Transaction failed
    MAIL_RCPT_PARAMETERS_NOT_RECOGNIZED = 555  # MAIL FROM/RCPT TO parameters not recognized or not implemented
    DOMAIN_DOES_NOT_ACCEPT_MAIL = 556  # Domain does not accept mail
    TOO_MANY_DUPLICATE_MESSAGES = 557  # Too many duplicate messages

    phrase = property(
        _native.phrase,
        doc="The standard reply text, as the defining RFC recommends it.",
    )
    description = property(
        _native.code_description,
        doc="What the code means, in English.",
    )
    class_ = property(
        _native.reply_class,
        doc="``success``, ``intermediate``, ``transient`` or ``permanent`` (first digit).",
    )
    category = property(
        _native.reply_category,
        doc="The second digit's meaning, such as ``mail_system``.",
    )
    status = property(
        _native.code_status,
        doc="``standard``, ``extension``, ``non-standard``, ``experimental`` or ``obsolete``.",
    )
    references = property(
        _native.code_references,
        doc="The RFC sections or vendor documents that define the code.",
    )
    vendor_notes = property(
        _native.code_vendor_notes,
        doc="How vendors use the code differently.",
    )
    alias = property(
        _native.code_alias,
        doc="A vendor's dotless reading of the number (Exchange's 521 for 5.2.1), if any.",
    )
    is_positive_completion = property(
        _native.is_positive_completion,
        doc="2yz: the requested action was completed.",
    )
    is_intermediate = property(
        _native.is_intermediate,
        doc="3yz: accepted, more is expected.",
    )
    is_transient = property(
        _native.is_transient,
        doc="4yz: a transient failure (soft bounce). Not the negation of ``is_permanent``.",
    )
    is_permanent = property(
        _native.is_permanent,
        doc="5yz: a permanent failure (hard bounce). Not the negation of ``is_transient``.",
    )

    def description_in(self, lang: str) -> str:
        """What the code means, in ``"en"`` or ``"es"``."""
        return _native.code_description(self, lang)
