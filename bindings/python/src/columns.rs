//! Columnar results for batches (pandas, Polars, DuckDB, Spark): one list per field, or one
//! Arrow array per field, instead of one Python object per row.
//!
//! Rust does the work without the GIL and fills plain columns (`Table`); the GIL is taken
//! back only to hand them over. As lists, values repeat as shared objects: names (`reason`,
//! `bounce`, ...) are interned, codes, enhanced codes and evidence are made once per
//! distinct value, and a `server_text` equal to the input is the input's own `str`. As
//! Arrow, the columns are built as Arrow's buffers here and wrapped by pyarrow's
//! `Array.from_buffers`: pyarrow is imported only when an Arrow function is called, so it
//! is an optional run-time dependency, never a build one.

use pyo3::exceptions::{PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::{IntoPyDict, PyBool, PyBytes, PyDict, PyList, PyString};
use smtp_codes::explain::{explain, Evidence, Explanation};
use smtp_codes::log::{LogReader, LogRecord};
use std::collections::HashMap;

/// One column, filled without the GIL.
enum Column {
    /// A text field of each log record (`recipient`, `queue_id`, ...), read from the
    /// records when the column is handed over: no copy in between.
    Field(fn(&LogRecord) -> Option<&str>),
    /// A part of the row's input (`start..end`): explain's `server_text`. As a list, the
    /// whole input is the caller's own `str`.
    Slice(Vec<Option<(u32, u32)>>),
    /// Names of the API (`reason`, `bounce`, `class`, ...): interned.
    Name(Vec<Option<&'static str>>),
    /// Few distinct values (enhanced codes, evidence), dictionary-encoded: each is made once.
    Dict(Vec<Option<u32>>, Vec<Box<str>>),
    /// The input itself (explain's `input`): the caller's own objects.
    Input,
    Int32(Vec<Option<i32>>),
    Int64(Vec<Option<i64>>),
    Float64(Vec<Option<f64>>),
    Bool(Vec<Option<bool>>),
}

/// Builds a dictionary-encoded column, keyed by something cheaper than the text.
struct DictBuilder<K> {
    keys: Vec<Option<u32>>,
    values: Vec<Box<str>>,
    index: HashMap<K, u32>,
    /// The previous row's key: down a log the same value often comes several rows running.
    last: Option<(K, u32)>,
}

impl<K: std::hash::Hash + Eq + Clone> DictBuilder<K> {
    fn new(rows: usize) -> Self {
        DictBuilder {
            keys: Vec::with_capacity(rows),
            values: Vec::new(),
            index: HashMap::new(),
            last: None,
        }
    }
    /// A row: its key and what it shows (written only the first time the key is seen).
    fn push(&mut self, value: Option<(K, &dyn std::fmt::Display)>) {
        let key = value.map(|(k, shown)| match &self.last {
            Some((last, at)) if *last == k => *at,
            _ => {
                let next = self.values.len() as u32;
                let at = *self.index.entry(k.clone()).or_insert_with(|| {
                    self.values.push(shown.to_string().into());
                    next
                });
                self.last = Some((k, at));
                at
            }
        });
        self.keys.push(key);
    }
    fn build(self) -> Column {
        Column::Dict(self.keys, self.values)
    }
}

/// Columns in JSON field order.
struct Table {
    names: &'static [&'static str],
    columns: Vec<Column>,
    rows: usize,
    /// The log records the `Field` columns read (none for explain).
    records: Vec<LogRecord>,
}

/// The compact verdict of `explain`, as the JSON of `smtp-codes explain --json` names it.
pub(crate) const EXPLAIN_FIELDS: [&str; 15] = [
    "input",
    "kind",
    "code",
    "enhanced",
    "class",
    "bounce",
    "retry",
    "reason",
    "sisimai_reason",
    "suppress",
    "sisimai_hardbounce",
    "evidence",
    "server_text",
    "name",
    "enhanced_name",
];

/// A log record as the JSON of `smtp-codes logs --json` names it, after `line` (the index
/// of the input line it came from).
pub(crate) const LOG_FIELDS: [&str; 25] = [
    "line",
    "time",
    "timestamp",
    "host",
    "mta",
    "queue_id",
    "recipient",
    "original_recipient",
    "sender",
    "relay",
    "status",
    "dsn",
    "delay",
    "server_text",
    "smtp_command",
    "code",
    "enhanced",
    "class",
    "bounce",
    "retry",
    "reason",
    "sisimai_reason",
    "suppress",
    "sisimai_hardbounce",
    "evidence",
];

/// The explanations of `texts` as columns; `None` rows where nothing could be explained.
fn explain_table(texts: &[String]) -> Table {
    let n = texts.len();
    let mut kind = Vec::with_capacity(n);
    let mut code = Vec::with_capacity(n);
    let mut enhanced = DictBuilder::new(n);
    let mut class = Vec::with_capacity(n);
    let mut bounce = Vec::with_capacity(n);
    let mut retry = Vec::with_capacity(n);
    let mut reason = Vec::with_capacity(n);
    let mut sisimai = Vec::with_capacity(n);
    let mut suppress = Vec::with_capacity(n);
    let mut hard = Vec::with_capacity(n);
    let mut evidence = DictBuilder::new(n);
    let mut server_text = Vec::with_capacity(n);
    let mut name = Vec::with_capacity(n);
    let mut enhanced_name = Vec::with_capacity(n);
    for text in texts {
        let e: Option<Explanation<'_>> = explain(text).ok();
        kind.push(e.map(|e| e.kind().as_str()));
        code.push(e.and_then(|e| e.code()).map(|c| i32::from(c.as_u16())));
        let x = e.and_then(|e| e.enhanced());
        enhanced.push(x.as_ref().map(|x| (*x, x as &dyn std::fmt::Display)));
        class.push(e.and_then(|e| e.class()).map(|c| c.as_str()));
        bounce.push(e.map(|e| e.bounce().map_or("none", |b| b.as_str())));
        retry.push(e.map(|e| e.retry()));
        reason.push(e.map(|e| e.reason().as_str()));
        sisimai.push(e.map(|e| e.sisimai_reason()));
        suppress.push(e.map(|e| e.suppress()));
        hard.push(e.map(|e| e.sisimai_hardbounce()));
        let ev = e.map(|e| e.evidence());
        evidence.push(
            ev.as_ref()
                .map(|ev| (EvidenceKey::of(*ev), ev as &dyn std::fmt::Display)),
        );
        // The server text borrows the input: where it starts and ends in it.
        server_text.push(e.map(|e| {
            let (base, at) = (text.as_ptr() as usize, e.text().as_ptr() as usize);
            let inside = at >= base && at + e.text().len() <= base + text.len();
            // A code alone has an empty text of its own.
            let start = if inside { at - base } else { 0 };
            (start as u32, (start + e.text().len()) as u32)
        }));
        name.push(e.and_then(|e| e.code_entry()).map(|c| c.name()));
        enhanced_name.push(e.and_then(|e| e.enhanced_entry()).map(|x| x.name()));
    }
    Table {
        names: &EXPLAIN_FIELDS,
        columns: vec![
            Column::Input,
            Column::Name(kind),
            Column::Int32(code),
            enhanced.build(),
            Column::Name(class),
            Column::Name(bounce),
            Column::Bool(retry),
            Column::Name(reason),
            Column::Name(sisimai),
            Column::Bool(suppress),
            Column::Bool(hard),
            evidence.build(),
            Column::Slice(server_text),
            Column::Name(name),
            Column::Name(enhanced_name),
        ],
        rows: n,
        records: Vec::new(),
    }
}

/// A key for evidence that does not format it.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
enum EvidenceKey {
    Phrase(usize),
    Enhanced(smtp_codes::EnhancedStatusCode),
    Basic(u16),
    Nothing,
}

impl EvidenceKey {
    fn of(e: Evidence) -> EvidenceKey {
        match e {
            Evidence::Phrase(p) => EvidenceKey::Phrase(p as *const _ as usize),
            Evidence::EnhancedCode(x) => EvidenceKey::Enhanced(x),
            Evidence::BasicCode(c) => EvidenceKey::Basic(c.as_u16()),
            _ => EvidenceKey::Nothing,
        }
    }
}

/// The records of `lines` as columns, each with the index of its line.
fn log_table(lines: &[Vec<u8>], year: u16) -> Table {
    let mut reader = LogReader::new(year);
    let mut rows: Vec<(usize, LogRecord)> = Vec::new();
    for (i, line) in lines.iter().enumerate() {
        rows.extend(reader.read_line(line).into_iter().map(|r| (i, r)));
    }
    // Values that repeat down a log (its host, a second's time, a sender, an enhanced code,
    // an evidence) are dictionary-encoded.
    let repeated = |f: &dyn Fn(&LogRecord) -> Option<&str>| {
        let mut dict: DictBuilder<&str> = DictBuilder::new(rows.len());
        for (_, r) in &rows {
            let value = f(r);
            dict.push(value.as_ref().map(|v| (*v, v as &dyn std::fmt::Display)));
        }
        dict.build()
    };
    let code = |f: &dyn Fn(&LogRecord) -> Option<smtp_codes::EnhancedStatusCode>| {
        let mut dict = DictBuilder::new(rows.len());
        for (_, r) in &rows {
            let value = f(r);
            dict.push(value.as_ref().map(|v| (*v, v as &dyn std::fmt::Display)));
        }
        dict.build()
    };
    let name = |f: &dyn Fn(&LogRecord) -> Option<&'static str>| {
        Column::Name(rows.iter().map(|(_, r)| f(r)).collect())
    };
    let boolean = |f: &dyn Fn(&LogRecord) -> bool| {
        Column::Bool(rows.iter().map(|(_, r)| Some(f(r))).collect())
    };
    let columns = vec![
        Column::Int64(rows.iter().map(|(i, _)| Some(*i as i64)).collect()),
        repeated(&|r| r.time()),
        repeated(&|r| r.timestamp()),
        repeated(&|r| r.host()),
        name(&|r| Some(r.mta().as_str())),
        Column::Field(LogRecord::queue_id),
        Column::Field(LogRecord::recipient),
        Column::Field(LogRecord::original_recipient),
        repeated(&|r| r.sender()),
        repeated(&|r| r.relay()),
        name(&|r| Some(r.status().as_str())),
        code(&|r| r.dsn()),
        Column::Float64(rows.iter().map(|(_, r)| r.delay()).collect()),
        Column::Field(LogRecord::server_text),
        name(&|r| r.smtp_command()),
        Column::Int32(
            rows.iter()
                .map(|(_, r)| r.verdict().code().map(|c| i32::from(c.as_u16())))
                .collect(),
        ),
        code(&|r| r.verdict().enhanced()),
        name(&|r| r.verdict().class().map(|c| c.as_str())),
        name(&|r| Some(r.verdict().bounce().map_or("none", |b| b.as_str()))),
        boolean(&|r| r.verdict().retry()),
        name(&|r| Some(r.verdict().reason().as_str())),
        name(&|r| Some(r.verdict().sisimai_reason())),
        boolean(&|r| r.verdict().suppress()),
        boolean(&|r| r.verdict().sisimai_hardbounce()),
        repeated(&|r| Some(r.verdict().evidence())),
    ];
    Table {
        names: &LOG_FIELDS,
        columns,
        rows: rows.len(),
        records: rows.into_iter().map(|(_, r)| r).collect(),
    }
}

// ---- Lists -------------------------------------------------------------------------------

/// The table as a dict of lists; `inputs` are the caller's objects (for `Column::Input`)
/// and `texts` their contents.
fn to_lists<'py>(
    py: Python<'py>,
    table: &Table,
    inputs: &[Bound<'py, PyAny>],
    texts: &[String],
) -> PyResult<Bound<'py, PyDict>> {
    let dict = PyDict::new(py);
    let none = py.None().into_bound(py);
    for (name, column) in table.names.iter().zip(&table.columns) {
        let values: Vec<Bound<'py, PyAny>> = match column {
            Column::Input => inputs.to_vec(),
            Column::Field(field) => table
                .records
                .iter()
                .map(|r| match field(r) {
                    None => none.clone(),
                    Some(s) => PyString::new(py, s).into_any(),
                })
                .collect(),
            Column::Slice(values) => values
                .iter()
                .enumerate()
                .map(|(i, v)| match (v, texts.get(i)) {
                    (Some((start, end)), Some(text)) => {
                        let (start, end) = (*start as usize, *end as usize);
                        if start == 0 && end == text.len() {
                            // The whole input: the caller's own object.
                            inputs[i].clone()
                        } else {
                            PyString::new(py, &text[start..end]).into_any()
                        }
                    }
                    _ => none.clone(),
                })
                .collect(),
            Column::Name(values) => {
                // Few distinct names: a short list searched by address.
                let mut made: Vec<(*const u8, Bound<'py, PyAny>)> = Vec::new();
                values
                    .iter()
                    .map(|v| match v {
                        None => none.clone(),
                        Some(s) => match made.iter().find(|(p, _)| *p == s.as_ptr()) {
                            Some((_, o)) => o.clone(),
                            None => {
                                let o = PyString::intern(py, s).into_any();
                                made.push((s.as_ptr(), o.clone()));
                                o
                            }
                        },
                    })
                    .collect()
            }
            Column::Dict(keys, values) => {
                let made: Vec<Bound<'py, PyAny>> = values
                    .iter()
                    .map(|s| PyString::new(py, s).into_any())
                    .collect();
                keys.iter()
                    .map(|k| k.map_or_else(|| none.clone(), |k| made[k as usize].clone()))
                    .collect()
            }
            Column::Int32(values) => {
                // Reply codes: a few distinct values, each made once.
                let mut made: Vec<Option<Bound<'py, PyAny>>> = vec![None; 1000];
                values
                    .iter()
                    .map(|v| match v {
                        None => Ok(none.clone()),
                        Some(n) => match made.get_mut(*n as usize) {
                            Some(Some(o)) => Ok(o.clone()),
                            Some(slot) => {
                                let o = n.into_pyobject(py)?.into_any();
                                *slot = Some(o.clone());
                                Ok(o)
                            }
                            None => Ok(n.into_pyobject(py)?.into_any()),
                        },
                    })
                    .collect::<PyResult<_>>()?
            }
            Column::Int64(values) => values
                .iter()
                .map(|v| match v {
                    None => Ok(none.clone()),
                    Some(n) => Ok(n.into_pyobject(py)?.into_any()),
                })
                .collect::<PyResult<_>>()?,
            Column::Float64(values) => values
                .iter()
                .map(|v| match v {
                    None => Ok(none.clone()),
                    Some(x) => Ok(x.into_pyobject(py)?.into_any()),
                })
                .collect::<PyResult<_>>()?,
            Column::Bool(values) => values
                .iter()
                .map(|v| match v {
                    None => none.clone(),
                    Some(b) => PyBool::new(py, *b).to_owned().into_any(),
                })
                .collect(),
        };
        dict.set_item(PyString::intern(py, name), PyList::new(py, values)?)?;
    }
    Ok(dict)
}

// ---- Arrow -------------------------------------------------------------------------------

/// Arrow's validity bitmap (least significant bit first), or `None` when nothing is null.
fn validity(valid: impl Iterator<Item = bool>, n: usize) -> (Option<Vec<u8>>, usize) {
    let mut bits = vec![0u8; n.div_ceil(8)];
    let mut nulls = 0;
    for (i, ok) in valid.enumerate() {
        if ok {
            bits[i / 8] |= 1 << (i % 8);
        } else {
            nulls += 1;
        }
    }
    ((nulls > 0).then_some(bits), nulls)
}

/// A fixed-width column's little-endian values (a null as zero) and its validity bitmap.
fn fixed_width<T: Copy + Default, const N: usize>(
    values: &[Option<T>],
    bytes: fn(T) -> [u8; N],
    n: usize,
) -> (Vec<u8>, (Option<Vec<u8>>, usize)) {
    let data = values
        .iter()
        .flat_map(|v| bytes(v.unwrap_or_default()))
        .collect();
    (data, validity(values.iter().map(Option::is_some), n))
}

/// One column as a pyarrow array.
fn arrow_array<'py>(
    pa: &Bound<'py, PyModule>,
    column: &Column,
    n: usize,
    inputs: Option<&InputStrings>,
    records: &[LogRecord],
) -> PyResult<Bound<'py, PyAny>> {
    let py = pa.py();
    let buffer = |bytes: &[u8]| pa.call_method1("py_buffer", (PyBytes::new(py, bytes),));
    let none = || Ok::<_, PyErr>(py.None().into_bound(py));
    let from_buffers = |ty: Bound<'py, PyAny>,
                        valid: (Option<Vec<u8>>, usize),
                        mut buffers: Vec<Bound<'py, PyAny>>|
     -> PyResult<Bound<'py, PyAny>> {
        let (bits, nulls) = valid;
        let bitmap = match bits {
            Some(b) => buffer(&b)?,
            None => none()?,
        };
        buffers.insert(0, bitmap);
        let array = pa.getattr("Array")?;
        array.call_method1("from_buffers", (ty, n, PyList::new(py, buffers)?, nulls))
    };
    let utf8 = |values: &mut dyn Iterator<Item = Option<&str>>| -> PyResult<Bound<'py, PyAny>> {
        let mut offsets: Vec<u8> = Vec::with_capacity((n + 1) * 4);
        let mut data: Vec<u8> = Vec::new();
        let mut valid = Vec::with_capacity(n);
        offsets.extend_from_slice(&0i32.to_le_bytes());
        for v in values {
            valid.push(v.is_some());
            data.extend_from_slice(v.unwrap_or("").as_bytes());
            let end = i32::try_from(data.len())
                .map_err(|_| PyValueError::new_err("a text column is over 2 GiB"))?;
            offsets.extend_from_slice(&end.to_le_bytes());
        }
        let valid = validity(valid.into_iter(), n);
        from_buffers(
            pa.call_method0("utf8")?,
            valid,
            vec![buffer(&offsets)?, buffer(&data)?],
        )
    };
    match column {
        Column::Input => {
            let inputs = inputs.ok_or_else(|| PyTypeError::new_err("no input column"))?;
            utf8(&mut inputs.texts.iter().map(|t| Some(t.as_str())))
        }
        Column::Field(field) => utf8(&mut records.iter().map(field)),
        Column::Dict(keys, values) => {
            utf8(&mut keys.iter().map(|k| k.map(|k| &*values[k as usize])))
        }
        Column::Slice(values) => {
            let inputs = inputs.ok_or_else(|| PyTypeError::new_err("no input column"))?;
            utf8(
                &mut values
                    .iter()
                    .zip(&inputs.texts)
                    .map(|(v, text)| v.map(|(start, end)| &text[start as usize..end as usize])),
            )
        }
        Column::Name(values) => utf8(&mut values.iter().copied()),
        Column::Int32(values) => {
            let (data, valid) = fixed_width(values, i32::to_le_bytes, n);
            from_buffers(pa.call_method0("int32")?, valid, vec![buffer(&data)?])
        }
        Column::Int64(values) => {
            let (data, valid) = fixed_width(values, i64::to_le_bytes, n);
            from_buffers(pa.call_method0("int64")?, valid, vec![buffer(&data)?])
        }
        Column::Float64(values) => {
            let (data, valid) = fixed_width(values, f64::to_le_bytes, n);
            from_buffers(pa.call_method0("float64")?, valid, vec![buffer(&data)?])
        }
        Column::Bool(values) => {
            let (bits, _) = validity(values.iter().map(|v| v.unwrap_or(false)), n);
            let bits = bits.unwrap_or_else(|| vec![0xff; n.div_ceil(8)]);
            let valid = validity(values.iter().map(Option::is_some), n);
            from_buffers(pa.call_method0("bool_")?, valid, vec![buffer(&bits)?])
        }
    }
}

fn to_record_batch<'py>(
    pa: &Bound<'py, PyModule>,
    table: &Table,
    inputs: Option<&InputStrings>,
) -> PyResult<Bound<'py, PyAny>> {
    let py = pa.py();
    let arrays = table
        .columns
        .iter()
        .map(|c| arrow_array(pa, c, table.rows, inputs, &table.records))
        .collect::<PyResult<Vec<_>>>()?;
    let names = PyList::new(py, table.names.iter())?;
    pa.getattr("RecordBatch")?.call_method(
        "from_arrays",
        (PyList::new(py, arrays)?,),
        Some(&[("names", names)].into_py_dict(py)?),
    )
}

/// The strings of an Arrow string array, read from its buffers (no Python object per row);
/// null entries are empty strings, and marked.
struct InputStrings {
    texts: Vec<String>,
}

fn pyarrow<'py>(py: Python<'py>, what: &str) -> PyResult<Bound<'py, PyModule>> {
    py.import("pyarrow")
        .map_err(|_| PyTypeError::new_err(format!("{what} needs pyarrow (pip install pyarrow)")))
}

/// Reads a pyarrow string array (or chunked array, or any object with the Arrow PyCapsule
/// interface, `__arrow_c_array__`) into Rust strings.
fn arrow_strings(
    pa: &Bound<'_, PyModule>,
    array: &Bound<'_, PyAny>,
    what: &str,
) -> PyResult<Vec<Option<Vec<u8>>>> {
    let mut array = array.clone();
    let is_array = array.is_instance(&pa.getattr("Array")?)?;
    let is_chunked = array.is_instance(&pa.getattr("ChunkedArray")?)?;
    if !is_array && !is_chunked {
        if array.hasattr("__arrow_c_array__")? || array.hasattr("__arrow_c_stream__")? {
            array = pa.call_method1("array", (array,))?;
        } else {
            return Err(PyTypeError::new_err(format!(
                "{what} takes a pyarrow string array, not {}",
                crate::type_name(&array)
            )));
        }
    }
    let chunks: Vec<Bound<'_, PyAny>> = if array.is_instance(&pa.getattr("ChunkedArray")?)? {
        array
            .getattr("chunks")?
            .try_iter()?
            .collect::<PyResult<_>>()?
    } else {
        vec![array]
    };
    let types = pa.getattr("types")?;
    let mut out = Vec::new();
    for chunk in chunks {
        let ty = chunk.getattr("type")?;
        let large = types.call_method1("is_large_string", (&ty,))?.is_truthy()?;
        let plain = types.call_method1("is_string", (&ty,))?.is_truthy()?;
        if !large && !plain {
            return Err(PyTypeError::new_err(format!(
                "{what} takes an array of strings, not of {}",
                ty.str()?
            )));
        }
        let n: usize = chunk.len()?;
        let offset: usize = chunk.getattr("offset")?.extract()?;
        let buffers: Vec<Bound<'_, PyAny>> = chunk.call_method0("buffers")?.extract()?;
        let bytes = |b: &Bound<'_, PyAny>| -> PyResult<Vec<u8>> {
            if b.is_none() {
                return Ok(Vec::new());
            }
            Ok(b.call_method0("to_pybytes")?
                .cast::<PyBytes>()?
                .as_bytes()
                .to_vec())
        };
        let bitmap = buffers.first().map(&bytes).transpose()?.unwrap_or_default();
        let offsets = buffers.get(1).map(&bytes).transpose()?.unwrap_or_default();
        let data = buffers.get(2).map(&bytes).transpose()?.unwrap_or_default();
        let width = if large { 8 } else { 4 };
        let at = |i: usize| -> PyResult<usize> {
            let raw = offsets.get(i * width..(i + 1) * width).ok_or_else(|| {
                PyValueError::new_err(format!("{what}: the array's offsets are short"))
            })?;
            let v = if large {
                i64::from_le_bytes(raw.try_into().expect("8 bytes"))
            } else {
                i64::from(i32::from_le_bytes(raw.try_into().expect("4 bytes")))
            };
            usize::try_from(v)
                .map_err(|_| PyValueError::new_err(format!("{what}: a negative offset")))
        };
        for i in offset..offset + n {
            let null =
                !bitmap.is_empty() && bitmap.get(i / 8).is_some_and(|b| b & (1 << (i % 8)) == 0);
            if null {
                out.push(None);
                continue;
            }
            let (start, end) = (at(i)?, at(i + 1)?);
            let text = data
                .get(start..end)
                .ok_or_else(|| PyValueError::new_err(format!("{what}: an offset past the data")))?;
            out.push(Some(text.to_vec()));
        }
    }
    Ok(out)
}

// ---- The functions -----------------------------------------------------------------------

/// The `str` items of a sequence (a single `str` is refused).
fn str_items<'py>(
    texts: &Bound<'py, PyAny>,
    what: &str,
) -> PyResult<(Vec<Bound<'py, PyAny>>, Vec<String>)> {
    if texts.is_instance_of::<PyString>() || texts.is_instance_of::<PyBytes>() {
        return Err(PyTypeError::new_err(format!(
            "{what} takes a sequence of str, not a single {}",
            crate::type_name(texts)
        )));
    }
    let mut objects = Vec::new();
    let mut owned = Vec::new();
    for item in texts.try_iter()? {
        let item = item?;
        let Ok(text) = item.cast::<PyString>() else {
            return Err(PyTypeError::new_err(format!(
                "{what} takes str items, not {}",
                crate::type_name(&item)
            )));
        };
        owned.push(text.to_cow()?.into_owned());
        objects.push(item);
    }
    Ok((objects, owned))
}

/// Explains many texts into columns: a dict with one list per field of the compact verdict
/// of ``smtp-codes explain --json`` (``input``, ``kind``, ``code``, ``enhanced``, ``class``,
/// ``bounce``, ``retry``, ``reason``, ``sisimai_reason``, ``suppress``,
/// ``sisimai_hardbounce``, ``evidence``, ``server_text``, ``name``, ``enhanced_name``), every
/// list as long as the input; None where the JSON has null, and in every field but
/// ``input`` for a text with nothing to explain. The GIL is released while Rust works.
#[pyfunction]
pub(crate) fn explain_columns<'py>(
    py: Python<'py>,
    texts: &Bound<'py, PyAny>,
) -> PyResult<Bound<'py, PyDict>> {
    let (objects, owned) = str_items(texts, "explain_columns()")?;
    let table = py.detach(|| explain_table(&owned));
    to_lists(py, &table, &objects, &owned)
}

/// Explains a pyarrow string array into a ``pyarrow.RecordBatch`` with the columns of
/// ``explain_columns``: ``code`` int32; ``retry``, ``suppress``, ``sisimai_hardbounce``
/// bool; every other column utf8; nulls where the JSON has null (a null input gives nulls in
/// every column, ``input`` included). pyarrow is needed only here (TypeError without it).
#[pyfunction]
pub(crate) fn explain_arrow<'py>(
    py: Python<'py>,
    array: &Bound<'py, PyAny>,
) -> PyResult<Bound<'py, PyAny>> {
    let pa = pyarrow(py, "explain_arrow()")?;
    let strings = arrow_strings(&pa, array, "explain_arrow()")?;
    let nulls: Vec<bool> = strings.iter().map(Option::is_none).collect();
    let texts: Vec<String> = strings
        .into_iter()
        .map(|s| {
            s.map(|b| String::from_utf8_lossy(&b).into_owned())
                .unwrap_or_default()
        })
        .collect();
    let mut table = py.detach(|| explain_table(&texts));
    // A null input explains nothing; its `input` stays null.
    let inputs = InputStrings { texts };
    let input_column = Column::Slice(
        inputs
            .texts
            .iter()
            .zip(&nulls)
            .map(|(t, null)| (!null).then_some((0, t.len() as u32)))
            .collect(),
    );
    table.columns[0] = input_column;
    to_record_batch(&pa, &table, Some(&inputs))
}

/// Reads MTA log lines (``str`` or ``bytes``) into columns: a dict with ``line`` (the index
/// of the input line each record came from) and one list per field of ``smtp-codes logs
/// --json``, one row per record; None where the JSON has null. The GIL is released while
/// Rust works; the memory of queue ids (Postfix's ``status=expired``) spans the whole call.
#[pyfunction]
#[pyo3(signature = (lines, year = None))]
pub(crate) fn read_log_columns<'py>(
    py: Python<'py>,
    lines: &Bound<'py, PyAny>,
    year: Option<i64>,
) -> PyResult<Bound<'py, PyDict>> {
    let year = crate::log_year(year, "read_log_columns()")?;
    let lines = crate::log_lines(lines, "read_log_columns()")?;
    let table = py.detach(|| log_table(&lines, year));
    to_lists(py, &table, &[], &[])
}

/// Reads a pyarrow string array of log lines into a ``pyarrow.RecordBatch`` with the
/// columns of ``read_log_columns``: ``line`` int64, ``code`` int32, ``delay`` float64,
/// ``retry``, ``suppress``, ``sisimai_hardbounce`` bool, every other column utf8; nulls
/// where the JSON has null. Null lines are skipped (and counted as lines).
#[pyfunction]
#[pyo3(signature = (array, year = None))]
pub(crate) fn read_log_arrow<'py>(
    py: Python<'py>,
    array: &Bound<'py, PyAny>,
    year: Option<i64>,
) -> PyResult<Bound<'py, PyAny>> {
    let year = crate::log_year(year, "read_log_arrow()")?;
    let pa = pyarrow(py, "read_log_arrow()")?;
    let lines: Vec<Vec<u8>> = arrow_strings(&pa, array, "read_log_arrow()")?
        .into_iter()
        .map(Option::unwrap_or_default)
        .collect();
    let table = py.detach(|| log_table(&lines, year));
    to_record_batch(&pa, &table, None)
}
