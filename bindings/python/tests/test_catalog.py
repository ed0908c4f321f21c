"""The catalog as Python users meet it: a real IntEnum, both languages, native classes, the
same content as the CLI's JSON."""

import enum
import json
import pickle
import re
from importlib import metadata
from pathlib import Path

import pytest

import smtp_codes
from smtp_codes import EnhancedStatusCode, ReplyCode

ROOT = Path(__file__).resolve().parents[3]


def test_reply_code_is_a_real_int_enum():
    assert issubclass(ReplyCode, enum.IntEnum)
    assert ReplyCode(550) is ReplyCode.MAILBOX_UNAVAILABLE
    assert ReplyCode.MAILBOX_UNAVAILABLE == 550
    assert hash(ReplyCode.OK) == hash(250)
    assert {ReplyCode.OK: "x"}[250] == "x"
    assert ReplyCode["SERVICE_NOT_AVAILABLE"] is ReplyCode(421)
    assert str(int(ReplyCode.OK)) == "250"
    assert sorted(ReplyCode)[0] == 200


def test_fast_phrase_lookup():
    assert smtp_codes.phrase(550) == ReplyCode(550).phrase
    assert smtp_codes.phrase(299) is None


def test_unknown_codes_raise_value_error_like_http_status():
    for bad in (299, 100, 600, -1):
        with pytest.raises(ValueError):
            ReplyCode(bad)


def test_phrase_description_and_spanish():
    code = ReplyCode(421)
    assert code.phrase == "<domain> Service not available, closing transmission channel"
    assert code.description == code.description_in("en")
    assert "servidor" in code.description_in("es")
    assert code.class_ == "transient" and code.category == "connections"
    assert code.is_transient and not code.is_permanent
    assert code.status == "standard"
    assert code.references[0].startswith("RFC 5321")
    for member in ReplyCode:
        assert member.description_in("es"), member
        assert member.references, member


def test_bad_language_arguments():
    with pytest.raises(ValueError, match="unknown language"):
        ReplyCode.OK.description_in("fr")
    with pytest.raises(TypeError):
        ReplyCode.OK.description_in(1)  # type: ignore[arg-type]


def test_vendor_notes_and_aliases():
    assert ReplyCode(530).vendor_notes, "Sendmail's 530"
    alias = ReplyCode(521).alias
    assert alias is not None and alias.enhanced == "5.2.1"
    dotless = {a.code: a for a in smtp_codes.aliases()}
    assert dotless[441].enhanced == "4.4.1"
    assert "temporal" in dotless[441].description_in("es")


def test_classes_of_any_code():
    assert smtp_codes.reply_class(299) == "success"
    assert smtp_codes.reply_category(571) == "undefined"
    with pytest.raises(ValueError):
        smtp_codes.reply_class(600)
    with pytest.raises(TypeError):
        smtp_codes.reply_class("250")  # type: ignore[arg-type]


def test_enhanced_status_codes():
    e = EnhancedStatusCode("5.1.1")
    assert (e.class_, e.subject, e.detail) == (5, 1, 1)
    assert e.entry is not None and e.entry.name == "BAD_DESTINATION_MAILBOX_ADDRESS"
    assert e.text == "Bad destination mailbox address"
    assert e == "5.1.1" and e == EnhancedStatusCode("5.1.1") and hash(e) == hash("5.1.1")
    assert EnhancedStatusCode("4.7.1") < EnhancedStatusCode("5.1.1") < EnhancedStatusCode("5.1.10")
    assert e.pairing(550) == "registered" and e.pairing(421) == "class_mismatch"
    vendor = EnhancedStatusCode("5.7.620").entry
    assert vendor is not None and vendor.code == "5.7.606-649" and vendor.status == "non-standard"
    assert EnhancedStatusCode("5.9.999").entry is None
    for bad in ("5.01.1", "3.1.1", "5.1", "", "5.1.1 "):
        with pytest.raises(ValueError):
            EnhancedStatusCode(bad)
    with pytest.raises(TypeError):
        EnhancedStatusCode(511)  # type: ignore[arg-type]


def test_every_iana_entry_has_both_languages():
    entries = smtp_codes.enhanced_codes()
    assert sum(1 for e in entries if e.code.startswith("X.")) >= 81
    for e in entries:
        assert e.description and e.description_in("es"), e.code


def _both(en, es):
    return {"en": en, "es": es}


def _notes(notes):
    return [{"source": n.source, "description": _both(n.description, n.description_es)} for n in notes]


def catalog_from_accessors():
    """The catalog as Python's own public accessors show it: ReplyCode members and their
    properties, aliases(), enhanced_codes(), commands(), command_replies(), REASONS and
    reason_description(). Keys that Python has no accessor for are left out."""
    return {
        "catalog_version": smtp_codes.CATALOG_VERSION,
        "iana_registry_date": smtp_codes.IANA_REGISTRY_DATE,
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
                "vendor_notes": _notes(code.vendor_notes),
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
            for a in smtp_codes.aliases()
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
                "any_basic_code": e.any_basic_code,
                "status": e.status,
                "references": list(e.references),
                "description": _both(e.description, e.description_es),
                "vendor_notes": _notes(e.vendor_notes),
            }
            for e in smtp_codes.enhanced_codes()
        ],
        # A reason's sisimai name and suppress flag have no accessor of their own.
        "reasons": [
            {
                "id": r,
                "description": _both(
                    smtp_codes.reason_description(r, "en"), smtp_codes.reason_description(r, "es")
                ),
            }
            for r in smtp_codes.REASONS
        ],
        "commands": [
            {
                "command": c.command,
                "references": list(c.references),
                "success": [int(x) for x in c.success],
                "intermediate": [int(x) for x in c.intermediate],
                "error": [int(x) for x in c.error],
            }
            for c in map(smtp_codes.command_replies, smtp_codes.commands())
        ],
    }


# The CLI's keys that no Python accessor shows (only catalog() does).
NO_ACCESSOR = {"classes", "categories", "subjects", "bounces", "any_command_errors"}


def test_the_public_api_shows_the_cli_catalog(cli_catalog_json):
    cli = json.loads(cli_catalog_json)
    built = catalog_from_accessors()
    assert set(built) | NO_ACCESSOR == set(cli)
    expected = {key: cli[key] for key in built}
    expected["reasons"] = [{"id": r["id"], "description": r["description"]} for r in cli["reasons"]]
    assert built == expected


def test_catalog_equals_the_cli_catalog_json(cli_catalog_json):
    assert smtp_codes.catalog() == json.loads(cli_catalog_json)


def test_version_is_the_crate_version():
    cargo = (ROOT / "Cargo.toml").read_text()
    package = cargo[cargo.index("[workspace.package]"):]
    version = re.search(r'^version = "([^"]+)"', package, re.M)
    assert version is not None
    assert smtp_codes.__version__ == version.group(1) == metadata.version("smtp-codes")


def test_classes_and_exceptions_are_native_and_live_in_smtp_codes():
    for name in smtp_codes.__all__:
        obj = getattr(smtp_codes, name)
        if isinstance(obj, type):
            assert obj.__module__ == "smtp_codes", name
    for error in (smtp_codes.ReplyParseError, smtp_codes.IncompleteReplyError):
        assert issubclass(error, ValueError)
    assert issubclass(smtp_codes.IncompleteReplyError, smtp_codes.ReplyParseError)
    # Everything but the generated IntEnum is the native module's own.
    for name in set(smtp_codes.__all__) - {"ReplyCode"}:
        assert getattr(smtp_codes, name) is getattr(smtp_codes._native, name), name


def test_reply_code_members_are_written_in_its_source():
    source = (Path(smtp_codes.__file__).parent / "_reply_code.py").read_text()
    assert source.startswith("# @generated")
    for member in ReplyCode:
        assert f"\n    {member.name} = {member.value}  #" in source, member


def test_records_are_frozen_classes_with_named_attributes():
    reply = smtp_codes.parse_reply(b"550 5.1.1 No such user\r\n")
    with pytest.raises(AttributeError):
        reply.code = 250  # type: ignore[misc]
    assert not isinstance(reply, tuple)
    assert reply == smtp_codes.parse_reply(b"550 5.1.1 No such user\r\n")
    assert hash(reply) == hash(smtp_codes.parse_reply(b"550 5.1.1 No such user\r\n"))
    assert repr(reply) == (
        "Reply(code=<ReplyCode.MAILBOX_UNAVAILABLE: 550>, enhanced=EnhancedStatusCode('5.1.1'), "
        "lines=('No such user',), consumed=24)"
    )
    entry = EnhancedStatusCode("5.1.1").entry
    assert entry is not None and entry is EnhancedStatusCode("5.1.1").entry
    assert entry in smtp_codes.enhanced_codes()
    with pytest.raises(AttributeError):
        entry.name = "x"  # type: ignore[misc]
    with pytest.raises(TypeError):
        smtp_codes.Reply()  # type: ignore[call-arg]
    assert ReplyCode(521).alias == {a.code: a for a in smtp_codes.aliases()}[521]


def test_codes_pickle():
    assert pickle.loads(pickle.dumps(ReplyCode.OK)) is ReplyCode.OK
    e = EnhancedStatusCode("5.7.1")
    assert pickle.loads(pickle.dumps(e)) == e


def test_catalog_version_constants():
    assert smtp_codes.CATALOG_VERSION.count(".") == 2
    assert len(smtp_codes.IANA_REGISTRY_DATE) == 10
