"""The Arrow functions, explain_arrow and read_log_arrow, against the list columns. pyarrow
is an optional dependency: without it this module is skipped."""

import pytest

import smtp_codes
from test_columns import EXPLAIN_FIELDS, TEXTS, rows
from test_logs import LOG

pa = pytest.importorskip("pyarrow")


def test_explain_arrow_schema_and_values():
    array = pa.array(TEXTS + [None])
    batch = smtp_codes.explain_arrow(array)
    assert isinstance(batch, pa.RecordBatch)
    assert batch.schema.names == EXPLAIN_FIELDS
    assert batch.schema.field("code").type == pa.int32()
    for f in ("retry", "suppress", "sisimai_hardbounce"):
        assert batch.schema.field(f).type == pa.bool_()
    for f in ("enhanced", "class", "bounce", "reason", "evidence"):
        assert batch.schema.field(f).type == pa.utf8()
    table = batch.to_pylist()
    columns = rows(smtp_codes.explain_columns(TEXTS))
    assert table[:-1] == columns
    assert all(v is None for v in table[-1].values())
    # Slices, chunked arrays and large strings read the same.
    assert smtp_codes.explain_arrow(array.slice(2, 3)).to_pylist() == columns[2:5]
    chunked = pa.chunked_array([TEXTS[:4], TEXTS[4:]])
    assert smtp_codes.explain_arrow(chunked).to_pylist() == columns
    assert smtp_codes.explain_arrow(pa.array(TEXTS, pa.large_string())).to_pylist() == columns


def test_read_log_arrow_equals_read_log_columns():
    lines = LOG.splitlines()
    batch = smtp_codes.read_log_arrow(pa.array(lines), year=2025)
    assert batch.schema.field("line").type == pa.int64()
    assert batch.schema.field("delay").type == pa.float64()
    assert batch.schema.field("code").type == pa.int32()
    assert batch.to_pydict() == smtp_codes.read_log_columns(lines, year=2025)


def test_arrow_bad_input():
    with pytest.raises(TypeError, match="string"):
        smtp_codes.explain_arrow(pa.array([1, 2]))
    with pytest.raises(TypeError, match="pyarrow"):
        smtp_codes.explain_arrow(["not", "arrow"])
