"""The catalog as Python users meet it: a real IntEnum, both languages, the same content as
the CLI's JSON."""

import enum
import json

import pytest

import smtp_codes
from smtp_codes import EnhancedStatusCode, ReplyCode


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


def test_catalog_equals_the_cli_catalog_json(cli_catalog_json):
    assert smtp_codes.catalog() == json.loads(cli_catalog_json)


def test_catalog_version_constants():
    assert smtp_codes.CATALOG_VERSION.count(".") == 2
    assert len(smtp_codes.IANA_REGISTRY_DATE) == 10
