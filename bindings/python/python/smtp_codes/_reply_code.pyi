# @generated from data/smtp-codes.yaml by `cargo xtask codegen`. Do not edit by hand:
# change the YAML and run `cargo xtask codegen` again.

import enum
from typing import Optional, Tuple

from . import Alias, VendorNote

__all__ = ["ReplyCode"]

class ReplyCode(enum.IntEnum):
    NONSTANDARD_SUCCESS = 200
    SYSTEM_STATUS = 211
    HELP_MESSAGE = 214
    SERVICE_READY = 220
    SERVICE_CLOSING = 221
    AUTHENTICATION_SUCCEEDED = 235
    OK = 250
    USER_NOT_LOCAL_WILL_FORWARD = 251
    CANNOT_VRFY_USER = 252
    PENDING_MESSAGES_STARTED = 253
    SERVER_CHALLENGE = 334
    START_MAIL_INPUT = 354
    OCTET_OFFSET = 355
    SERVICE_NOT_AVAILABLE = 421
    PASSWORD_TRANSITION_REQUIRED = 422
    INVALID_COMMAND = 430
    PASSWORD_TRANSITION_NEEDED = 432
    MAILBOX_TEMPORARILY_UNAVAILABLE = 450
    LOCAL_ERROR_IN_PROCESSING = 451
    INSUFFICIENT_SYSTEM_STORAGE = 452
    NO_MAIL = 453
    TEMPORARY_AUTHENTICATION_FAILURE = 454
    SERVER_UNABLE_TO_ACCOMMODATE_PARAMETERS = 455
    UNABLE_TO_QUEUE_MESSAGES = 458
    NODE_NOT_ALLOWED = 459
    COMMAND_UNRECOGNIZED = 500
    SYNTAX_ERROR_IN_PARAMETERS = 501
    COMMAND_NOT_IMPLEMENTED = 502
    BAD_SEQUENCE_OF_COMMANDS = 503
    COMMAND_PARAMETER_NOT_IMPLEMENTED = 504
    HOST_DOES_NOT_ACCEPT_MAIL = 521
    ENCRYPTION_NEEDED = 523
    ENCRYPTION_REQUIRED = 524
    USER_ACCOUNT_DISABLED = 525
    AUTHENTICATION_REQUIRED = 530
    DELIVERY_NOT_AUTHORIZED = 533
    AUTHENTICATION_MECHANISM_TOO_WEAK = 534
    AUTHENTICATION_CREDENTIALS_INVALID = 535
    ENCRYPTION_REQUIRED_FOR_AUTH_MECHANISM = 538
    MAILBOX_UNAVAILABLE = 550
    USER_NOT_LOCAL = 551
    EXCEEDED_STORAGE_ALLOCATION = 552
    MAILBOX_NAME_NOT_ALLOWED = 553
    TRANSACTION_FAILED = 554
    MAIL_RCPT_PARAMETERS_NOT_RECOGNIZED = 555
    DOMAIN_DOES_NOT_ACCEPT_MAIL = 556
    TOO_MANY_DUPLICATE_MESSAGES = 557
    @property
    def phrase(self) -> str: ...
    @property
    def description(self) -> str: ...
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
    def description_in(self, lang: str) -> str: ...
