//! The native module of the `smtp_codes` Python package, and its API: every class, function,
//! constant and exception of `smtp_codes` is defined here (with `__module__ == "smtp_codes"`)
//! over the core crate, and `smtp_codes/__init__.py` re-exports them. The one exception is
//! the `ReplyCode` IntEnum, which `cargo xtask codegen` writes as Python source
//! (`smtp_codes/_reply_code.py`) with properties that call the functions here.
//!
//! Arguments are checked here: `TypeError` for a wrong type, `ValueError` for a bad value.

mod columns;

use pyo3::create_exception;
use pyo3::exceptions::{PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::pyclass::CompareOp;
use pyo3::sync::PyOnceLock;
use pyo3::types::{
    PyBool, PyByteArray, PyBytes, PyDict, PyInt, PyIterator, PyList, PyString, PyTuple,
};
use serde_json::Value;
use smtp_codes::catalog::{self as core_catalog, CATALOG_VERSION, IANA_REGISTRY_DATE};
use smtp_codes::commands::Command;
use smtp_codes::explain::{explain as core_explain, NothingToExplain, Reason};
use smtp_codes::message::{self, MessageError};
use smtp_codes::{Lang, ParseError, ParseOptions, ReplyBuilder, ReplyCode, ReplyRole};
use std::borrow::Cow;
use std::fmt::Write;
use std::hash::{Hash, Hasher};

create_exception!(
    smtp_codes,
    ReplyParseError,
    PyValueError,
    "Bytes that are not a valid SMTP reply."
);
create_exception!(
    smtp_codes,
    IncompleteReplyError,
    ReplyParseError,
    "The input ends before the reply does: more bytes are needed."
);

// ---- Conversions -------------------------------------------------------------------------

/// The name of an object's type (`int`, `str`, ...), for error messages.
pub(crate) fn type_name(obj: &Bound<'_, PyAny>) -> String {
    obj.get_type()
        .name()
        .map_or_else(|_| "?".into(), |n| n.to_string())
}

/// An `int` argument that is not a `bool`; numbers beyond `i64` saturate.
fn int(obj: &Bound<'_, PyAny>, what: &str) -> PyResult<i64> {
    if obj.is_instance_of::<PyBool>() || !obj.is_instance_of::<PyInt>() {
        return Err(PyTypeError::new_err(format!(
            "{what} must be an int, not {}",
            type_name(obj)
        )));
    }
    match obj.extract::<i64>() {
        Ok(n) => Ok(n),
        Err(_) => Ok(if obj.lt(0)? { i64::MIN } else { i64::MAX }),
    }
}

/// A reply code: as an argument, any `int` from 200 to 599; as a result, the `ReplyCode`
/// member where the catalog knows the code, the plain `int` otherwise.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
struct Code(ReplyCode);

impl<'a, 'py> FromPyObject<'a, 'py> for Code {
    type Error = PyErr;

    fn extract(obj: Borrowed<'a, 'py, PyAny>) -> PyResult<Code> {
        let n = int(&obj, "a reply code")?;
        let code = match u16::try_from(n) {
            Ok(n) => ReplyCode::from_u16(n),
            Err(_) => n.to_string().parse(),
        };
        code.map(Code)
            .map_err(|e| PyValueError::new_err(e.to_string()))
    }
}

/// The `ReplyCode` member of each code from 200 to 599 the catalog knows, by `code - 200`.
static MEMBERS: PyOnceLock<Vec<Option<Py<PyAny>>>> = PyOnceLock::new();

fn members(py: Python<'_>) -> PyResult<&'static [Option<Py<PyAny>>]> {
    MEMBERS
        .get_or_try_init(py, || {
            let class = py.import("smtp_codes._reply_code")?.getattr("ReplyCode")?;
            let mut table: Vec<Option<Py<PyAny>>> = (200..600).map(|_| None).collect();
            for entry in core_catalog::basic_codes() {
                let n = entry.code().as_u16();
                table[usize::from(n - 200)] = Some(class.call1((n,))?.unbind());
            }
            Ok(table)
        })
        .map(Vec::as_slice)
}

impl<'py> IntoPyObject<'py> for Code {
    type Target = PyAny;
    type Output = Bound<'py, PyAny>;
    type Error = PyErr;

    fn into_pyobject(self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        let n = self.0.as_u16();
        match &members(py)?[usize::from(n - 200)] {
            Some(member) => Ok(member.bind(py).clone()),
            None => Ok(n.into_pyobject(py)?.into_any()),
        }
    }
}

/// A non-negative length; `int` only, and lengths beyond `usize` saturate.
#[derive(Clone, Copy)]
struct Size(usize);

impl<'a, 'py> FromPyObject<'a, 'py> for Size {
    type Error = PyErr;

    fn extract(obj: Borrowed<'a, 'py, PyAny>) -> PyResult<Size> {
        let n = int(&obj, "a length")?;
        if n < 0 {
            return Err(PyValueError::new_err(format!(
                "a length must be a non-negative int, not {n}"
            )));
        }
        Ok(Size(usize::try_from(n).unwrap_or(usize::MAX)))
    }
}

/// An enhanced status code argument: an `EnhancedStatusCode`, or a `str` parsed by the core.
struct EnhancedArg(smtp_codes::EnhancedStatusCode);

impl<'a, 'py> FromPyObject<'a, 'py> for EnhancedArg {
    type Error = PyErr;

    fn extract(obj: Borrowed<'a, 'py, PyAny>) -> PyResult<EnhancedArg> {
        if let Ok(e) = obj.cast::<EnhancedStatusCode>() {
            return Ok(EnhancedArg(e.get().0));
        }
        let Ok(text) = obj.cast::<PyString>() else {
            return Err(PyTypeError::new_err(format!(
                "an enhanced status code must be a str, not {}",
                type_name(&obj)
            )));
        };
        let text = text.to_cow()?;
        text.parse()
            .map(EnhancedArg)
            .map_err(|e: smtp_codes::EnhancedCodeError| {
                PyValueError::new_err(format!("{text:?}: {e}"))
            })
    }
}

/// A language: `en` or `es` (and the locale forms the core accepts, such as `es_ES.UTF-8`).
fn lang(name: &str) -> PyResult<Lang> {
    name.parse()
        .map_err(|e: smtp_codes::UnknownLang| PyValueError::new_err(format!("{name:?}: {e}")))
}

/// A tuple of values on the Python side.
#[derive(Clone, PartialEq, Eq, Hash)]
struct Tuple<T>(Vec<T>);

impl<T> FromIterator<T> for Tuple<T> {
    fn from_iter<I: IntoIterator<Item = T>>(iter: I) -> Self {
        Tuple(iter.into_iter().collect())
    }
}

impl<'py, T: Clone + IntoPyObject<'py>> IntoPyObject<'py> for &Tuple<T> {
    type Target = PyTuple;
    type Output = Bound<'py, PyTuple>;
    type Error = PyErr;

    fn into_pyobject(self, py: Python<'py>) -> PyResult<Bound<'py, PyTuple>> {
        PyTuple::new(py, self.0.iter().cloned())
    }
}

impl<'py, T: Clone + IntoPyObject<'py>> IntoPyObject<'py> for Tuple<T> {
    type Target = PyTuple;
    type Output = Bound<'py, PyTuple>;
    type Error = PyErr;

    fn into_pyobject(self, py: Python<'py>) -> PyResult<Bound<'py, PyTuple>> {
        PyTuple::new(py, self.0)
    }
}

/// A catalog entry of the core, compared by identity (entries are `static`).
struct Static<T: 'static>(&'static T);

impl<T> Clone for Static<T> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<T> Copy for Static<T> {}

impl<T> PartialEq for Static<T> {
    fn eq(&self, other: &Self) -> bool {
        std::ptr::eq(self.0, other.0)
    }
}

impl<T> Eq for Static<T> {}

impl<T> Hash for Static<T> {
    fn hash<H: Hasher>(&self, state: &mut H) {
        std::ptr::hash(self.0, state);
    }
}

/// `Name(field=value, ...)` from the object's own attributes.
fn repr(obj: &Bound<'_, PyAny>, fields: &[&str]) -> PyResult<String> {
    let mut out = format!("{}(", obj.get_type().name()?);
    for (i, field) in fields.iter().enumerate() {
        let sep = if i == 0 { "" } else { ", " };
        let _ = write!(out, "{sep}{field}={}", obj.getattr(*field)?.repr()?);
    }
    out.push(')');
    Ok(out)
}

// ---- Catalog records ---------------------------------------------------------------------

/// How a vendor uses a code differently from its standard meaning.
#[pyclass(frozen, eq, hash, module = "smtp_codes")]
#[derive(Clone, PartialEq, Eq, Hash)]
struct VendorNote {
    /// The vendor or document.
    #[pyo3(get)]
    source: &'static str,
    /// The vendor's meaning, in English.
    #[pyo3(get)]
    description: &'static str,
    /// The vendor's meaning, in Spanish.
    #[pyo3(get)]
    description_es: &'static str,
    note: Static<smtp_codes::VendorNote>,
}

impl VendorNote {
    fn new(note: &'static smtp_codes::VendorNote) -> Self {
        VendorNote {
            source: note.source(),
            description: note.description(Lang::En),
            description_es: note.description(Lang::Es),
            note: Static(note),
        }
    }
}

fn notes(list: &'static [smtp_codes::VendorNote]) -> Tuple<VendorNote> {
    list.iter().map(VendorNote::new).collect()
}

#[pymethods]
impl VendorNote {
    /// The vendor's meaning in ``"en"`` or ``"es"``.
    fn description_in(&self, lang: &str) -> PyResult<&'static str> {
        Ok(self.note.0.description(self::lang(lang)?))
    }

    fn __repr__(slf: &Bound<'_, Self>) -> PyResult<String> {
        repr(slf.as_any(), &["source", "description", "description_es"])
    }
}

/// A number that a vendor writes for an enhanced code without its dots (Exchange's 441).
#[pyclass(frozen, eq, hash, module = "smtp_codes")]
#[derive(Clone, PartialEq, Eq, Hash)]
struct Alias {
    /// The dotless number, such as 441.
    #[pyo3(get)]
    code: u16,
    /// The enhanced code it stands for, such as ``"4.4.1"``.
    #[pyo3(get)]
    enhanced: String,
    /// The vendor or document.
    #[pyo3(get)]
    source: &'static str,
    /// The vendor's meaning, in English.
    #[pyo3(get)]
    description: &'static str,
    /// The vendor's meaning, in Spanish.
    #[pyo3(get)]
    description_es: &'static str,
    alias: Static<smtp_codes::Alias>,
}

impl Alias {
    fn new(alias: &'static smtp_codes::Alias) -> Self {
        Alias {
            code: alias.code().as_u16(),
            enhanced: alias.enhanced().to_string(),
            source: alias.source(),
            description: alias.description(Lang::En),
            description_es: alias.description(Lang::Es),
            alias: Static(alias),
        }
    }
}

#[pymethods]
impl Alias {
    /// The vendor's meaning in ``"en"`` or ``"es"``.
    fn description_in(&self, lang: &str) -> PyResult<&'static str> {
        Ok(self.alias.0.description(self::lang(lang)?))
    }

    fn __repr__(slf: &Bound<'_, Self>) -> PyResult<String> {
        repr(
            slf.as_any(),
            &[
                "code",
                "enhanced",
                "source",
                "description",
                "description_es",
            ],
        )
    }
}

/// The catalog's entry for an enhanced status code (``X.1.1``, or ``5.7.606-649``).
#[pyclass(frozen, eq, hash, module = "smtp_codes")]
#[derive(Clone, PartialEq, Eq, Hash)]
struct EnhancedEntry {
    /// The code as the catalog writes it: ``X.1.1`` (every class), ``5.7.606-649`` (a range).
    #[pyo3(get)]
    code: &'static str,
    /// 2, 4 or 5 for a class-specific entry; None for an ``X.`` entry.
    #[pyo3(get)]
    class_: Option<u8>,
    /// The subject (second number).
    #[pyo3(get)]
    subject: u16,
    /// The detail (third number), or the first of a range.
    #[pyo3(get)]
    detail: u16,
    /// The last detail covered (equal to ``detail`` unless a range).
    #[pyo3(get)]
    detail_through: u16,
    /// A stable name, such as ``BAD_DESTINATION_MAILBOX_ADDRESS``.
    #[pyo3(get)]
    name: &'static str,
    /// The registry's sample text.
    #[pyo3(get)]
    text: &'static str,
    /// The basic codes the registry associates with it.
    #[pyo3(get)]
    basic_codes: Tuple<u16>,
    /// Whether the registry associates every basic code with it (its "Any", as for X.0.0).
    #[pyo3(get)]
    any_basic_code: bool,
    /// How the code is defined: its status in the catalog, such as ``standard`` or
    /// ``non-standard``.
    #[pyo3(get)]
    status: &'static str,
    /// The RFC sections or vendor documents that define it.
    #[pyo3(get)]
    references: Tuple<&'static str>,
    /// What the code means, in English.
    #[pyo3(get)]
    description: &'static str,
    /// What the code means, in Spanish.
    #[pyo3(get)]
    description_es: &'static str,
    /// How vendors use the code differently.
    #[pyo3(get)]
    vendor_notes: Tuple<VendorNote>,
    entry: Static<smtp_codes::EnhancedEntry>,
}

impl EnhancedEntry {
    fn new(e: &'static smtp_codes::EnhancedEntry) -> Self {
        EnhancedEntry {
            code: e.notation(),
            class_: e.class().map(|c| c.digit()),
            subject: e.subject(),
            detail: e.detail(),
            detail_through: e.detail_through(),
            name: e.name(),
            text: e.text(),
            basic_codes: e.associated_basic_codes().map(ReplyCode::as_u16).collect(),
            any_basic_code: e.any_basic_code(),
            status: e.status().as_str(),
            references: Tuple(e.references().to_vec()),
            description: e.description(Lang::En),
            description_es: e.description(Lang::Es),
            vendor_notes: notes(e.vendor_notes()),
            entry: Static(e),
        }
    }
}

#[pymethods]
impl EnhancedEntry {
    /// The meaning in ``"en"`` or ``"es"``.
    fn description_in(&self, lang: &str) -> PyResult<&'static str> {
        Ok(self.entry.0.description(self::lang(lang)?))
    }

    fn __repr__(slf: &Bound<'_, Self>) -> PyResult<String> {
        repr(slf.as_any(), &["code", "name", "text", "status"])
    }
}

/// Every enhanced entry, made once: `EnhancedStatusCode.entry` returns these objects.
static ENHANCED_ENTRIES: PyOnceLock<Py<PyTuple>> = PyOnceLock::new();

fn enhanced_entries(py: Python<'_>) -> PyResult<&Bound<'_, PyTuple>> {
    ENHANCED_ENTRIES
        .get_or_try_init(py, || {
            let entries = core_catalog::enhanced_codes()
                .iter()
                .map(EnhancedEntry::new);
            Ok::<_, PyErr>(PyTuple::new(py, entries)?.unbind())
        })
        .map(|t| t.bind(py))
}

/// Every enhanced status code entry of the catalog, sorted by subject and detail.
#[pyfunction]
fn enhanced_codes(py: Python<'_>) -> PyResult<Bound<'_, PyTuple>> {
    enhanced_entries(py).cloned()
}

/// Every dotless alias (Exchange's 441 for 4.4.1), sorted by number.
#[pyfunction]
fn aliases(py: Python<'_>) -> PyResult<Bound<'_, PyTuple>> {
    PyTuple::new(py, core_catalog::aliases().iter().map(Alias::new))
}

// ---- Enhanced status codes ---------------------------------------------------------------

/// An enhanced mail system status code (RFC 3463), such as ``5.1.1``.
///
/// Any syntactically valid code is accepted; ``entry`` is the catalog's entry for its subject
/// and detail (or None). Instances compare and hash like their string form, and order by
/// class, subject and detail.
#[pyclass(frozen, module = "smtp_codes")]
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
struct EnhancedStatusCode(smtp_codes::EnhancedStatusCode);

#[pymethods]
impl EnhancedStatusCode {
    #[new]
    fn new(code: EnhancedArg) -> Self {
        EnhancedStatusCode(code.0)
    }

    /// The class: 2 (success), 4 (persistent transient failure) or 5 (permanent failure).
    #[getter]
    fn class_(&self) -> u8 {
        self.0.class().digit()
    }

    /// The subject (second number).
    #[getter]
    fn subject(&self) -> u16 {
        self.0.subject()
    }

    /// The detail (third number).
    #[getter]
    fn detail(&self) -> u16 {
        self.0.detail()
    }

    /// The catalog's entry, or None for a code it does not know.
    #[getter]
    fn entry<'py>(&self, py: Python<'py>) -> PyResult<Option<Bound<'py, PyAny>>> {
        match self.0.entry_index() {
            Some(i) => Ok(Some(enhanced_entries(py)?.get_item(i)?)),
            None => Ok(None),
        }
    }

    /// The registry's sample text, if the code is known.
    #[getter]
    fn text(&self) -> Option<&'static str> {
        self.0.entry().map(|e| e.text())
    }

    /// What the code means in English, if known.
    #[getter]
    fn description(&self) -> Option<&'static str> {
        self.0.description(Lang::En)
    }

    /// What the code means in ``"en"`` or ``"es"``, if known.
    fn description_in(&self, lang: &str) -> PyResult<Option<&'static str>> {
        Ok(self.0.description(self::lang(lang)?))
    }

    /// How this code fits a basic code: ``registered``, ``class_matches`` or
    /// ``class_mismatch`` (RFC 3463 section 2).
    fn pairing(&self, code: Code) -> &'static str {
        self.0.pairing(code.0).as_str()
    }

    fn __str__(&self) -> String {
        self.0.to_string()
    }

    fn __repr__(&self) -> String {
        format!("EnhancedStatusCode('{}')", self.0)
    }

    fn __hash__(&self, py: Python<'_>) -> PyResult<isize> {
        PyString::new(py, &self.0.to_string()).hash()
    }

    fn __richcmp__(&self, other: &Bound<'_, PyAny>, op: CompareOp) -> PyResult<Py<PyAny>> {
        let py = other.py();
        let result = if let Ok(other) = other.cast::<EnhancedStatusCode>() {
            op.matches(self.0.cmp(&other.get().0))
        } else if let (Ok(text), CompareOp::Eq | CompareOp::Ne) = (other.cast::<PyString>(), op) {
            (*text.to_cow()? == *self.0.to_string()) == matches!(op, CompareOp::Eq)
        } else {
            return Ok(py.NotImplemented());
        };
        Ok(PyBool::new(py, result).to_owned().into_any().unbind())
    }

    fn __reduce__<'py>(slf: &Bound<'py, Self>) -> PyResult<(Bound<'py, PyAny>, (String,))> {
        Ok((slf.get_type().into_any(), (slf.get().0.to_string(),)))
    }
}

// ---- Basic codes (the properties of the generated ReplyCode) ------------------------------

/// The standard text of each known code, by `code - 200`, made once.
static PHRASES: PyOnceLock<Vec<Option<Py<PyString>>>> = PyOnceLock::new();

/// The standard reply text of a known code, or None: the fast look-up, as quick as a dict
/// (``ReplyCode(code).phrase`` pays for the enum's own look-up).
#[pyfunction]
fn phrase<'py>(
    py: Python<'py>,
    code: &Bound<'py, PyAny>,
) -> PyResult<Option<Bound<'py, PyString>>> {
    let n = int(code, "a reply code")?;
    let table = PHRASES.get_or_init(py, || {
        (200..600u16)
            .map(|n| {
                let text = ReplyCode::from_u16(n).ok().and_then(ReplyCode::text)?;
                Some(PyString::new(py, text).unbind())
            })
            .collect()
    });
    let text = usize::try_from(n - 200).ok().and_then(|i| table.get(i));
    Ok(text.and_then(Option::as_ref).map(|s| s.bind(py).clone()))
}

/// The class of any code from 200 to 599: ``success``, ``intermediate``, ``transient`` or
/// ``permanent``.
#[pyfunction]
fn reply_class(code: Code) -> &'static str {
    code.0.class().as_str()
}

/// The category of any code from 200 to 599 (second digit): ``syntax``, ``information``,
/// ``connections``, ``unspecified_3``, ``unspecified_4``, ``mail_system`` or ``undefined``.
#[pyfunction]
fn reply_category(code: Code) -> &'static str {
    code.0.category().as_str()
}

/// What a known code means, in ``lang``.
#[pyfunction]
#[pyo3(signature = (code, lang = "en"))]
fn code_description(code: Code, lang: &str) -> PyResult<Option<&'static str>> {
    Ok(code.0.description(self::lang(lang)?))
}

/// How a known code is defined: its status in the catalog, such as ``standard``.
#[pyfunction]
fn code_status(code: Code) -> Option<&'static str> {
    code.0.status().map(|s| s.as_str())
}

/// The RFC sections or vendor documents that define the code.
#[pyfunction]
fn code_references(code: Code) -> Tuple<&'static str> {
    Tuple(code.0.references().to_vec())
}

/// How vendors use the code differently.
#[pyfunction]
fn code_vendor_notes(code: Code) -> Tuple<VendorNote> {
    notes(code.0.vendor_notes())
}

/// A vendor's dotless reading of the number (Exchange's 521 for 5.2.1), if any.
#[pyfunction]
fn code_alias(code: Code) -> Option<Alias> {
    code.0.alias().map(Alias::new)
}

/// 2yz: the requested action was completed.
#[pyfunction]
fn is_positive_completion(code: Code) -> bool {
    code.0.is_positive_completion()
}

/// 3yz: accepted, more is expected.
#[pyfunction]
fn is_intermediate(code: Code) -> bool {
    code.0.is_intermediate()
}

/// 4yz: a transient failure (soft bounce). Not the negation of ``is_permanent``.
#[pyfunction]
fn is_transient(code: Code) -> bool {
    code.0.is_transient()
}

/// 5yz: a permanent failure (hard bounce). Not the negation of ``is_transient``.
#[pyfunction]
fn is_permanent(code: Code) -> bool {
    code.0.is_permanent()
}

// ---- Commands ----------------------------------------------------------------------------

/// The replies a command may return (RFC 5321 section 4.3.2 and extension RFCs).
#[pyclass(frozen, eq, hash, module = "smtp_codes")]
#[derive(Clone, PartialEq, Eq, Hash)]
struct CommandReplies {
    /// The command, such as ``RCPT`` (``CONNECT`` for the greeting, ``DATA_END`` for the end
    /// of data).
    #[pyo3(get)]
    command: &'static str,
    /// The RFC sections that define its replies.
    #[pyo3(get)]
    references: Tuple<&'static str>,
    /// The success replies (2yz).
    #[pyo3(get)]
    success: Tuple<Code>,
    /// The intermediate replies (3yz).
    #[pyo3(get)]
    intermediate: Tuple<Code>,
    /// The error replies (4yz, 5yz), besides 421, 500 and 501 which any command may return.
    #[pyo3(get)]
    error: Tuple<Code>,
}

#[pymethods]
impl CommandReplies {
    fn __repr__(slf: &Bound<'_, Self>) -> PyResult<String> {
        repr(
            slf.as_any(),
            &["command", "references", "success", "intermediate", "error"],
        )
    }
}

fn command(name: &str) -> PyResult<Command> {
    Command::from_name(name)
        .ok_or_else(|| PyValueError::new_err(format!("unknown SMTP command: {name:?}")))
}

/// The commands of the table: CONNECT (the greeting), EHLO, ..., DATA_END, AUTH, ...
#[pyfunction]
fn commands() -> Tuple<&'static str> {
    Command::all().map(Command::name).collect()
}

/// The replies ``command`` may return, besides 421, 500 and 501 which any command may.
#[pyfunction]
fn command_replies(command: &str) -> PyResult<CommandReplies> {
    let entry = self::command(command)?.entry();
    Ok(CommandReplies {
        command: entry.name(),
        references: Tuple(entry.references().to_vec()),
        success: entry.success().map(Code).collect(),
        intermediate: entry.intermediate().map(Code).collect(),
        error: entry.errors().map(Code).collect(),
    })
}

/// ``success``, ``intermediate`` or ``error``: the role ``code`` plays after ``command``;
/// None if the RFCs do not list it.
#[pyfunction]
fn reply_role(command: &str, code: Code) -> PyResult<Option<&'static str>> {
    Ok(self::command(command)?.role_of(code.0).map(|r| match r {
        ReplyRole::Success => "success",
        ReplyRole::Intermediate => "intermediate",
        _ => "error",
    }))
}

/// Whether ``command`` may return ``code``: ``may_return("RCPT", 354)`` is False.
#[pyfunction]
fn may_return(command: &str, code: Code) -> PyResult<bool> {
    Ok(self::command(command)?.may_return(code.0))
}

// ---- Replies on the wire -----------------------------------------------------------------

/// A parsed reply. ``code`` is a ReplyCode where the catalog knows it, else an int.
#[pyclass(frozen, eq, hash, module = "smtp_codes")]
#[derive(Clone, PartialEq, Eq, Hash)]
struct Reply {
    /// The reply code: a ReplyCode where the catalog knows it, else an int.
    #[pyo3(get)]
    code: Code,
    /// The enhanced status code at the start of the text, if any.
    #[pyo3(get)]
    enhanced: Option<EnhancedStatusCode>,
    /// The text of each line, without code, separator and enhanced code.
    #[pyo3(get)]
    lines: Tuple<String>,
    /// How many bytes of the input the reply took: where the next one starts.
    #[pyo3(get)]
    consumed: usize,
}

impl Reply {
    fn new(reply: &smtp_codes::Reply<'_>, consumed: usize) -> Self {
        Reply {
            code: Code(reply.code()),
            enhanced: reply.enhanced().map(EnhancedStatusCode),
            lines: reply.lines().map(|l| l.into_owned()).collect(),
            consumed,
        }
    }
}

#[pymethods]
impl Reply {
    /// The lines joined with newlines.
    #[getter]
    fn text(&self) -> String {
        self.lines.0.join("\n")
    }

    fn __repr__(slf: &Bound<'_, Self>) -> PyResult<String> {
        repr(slf.as_any(), &["code", "enhanced", "lines", "consumed"])
    }
}

/// Bytes from `bytes`, `bytearray` or `str` (UTF-8).
fn input_bytes(data: &Bound<'_, PyAny>) -> PyResult<Vec<u8>> {
    if let Ok(s) = data.cast::<PyString>() {
        return Ok(s.to_cow()?.as_bytes().to_vec());
    }
    if let Ok(b) = data.cast::<PyBytes>() {
        return Ok(b.as_bytes().to_vec());
    }
    if let Ok(b) = data.cast::<PyByteArray>() {
        return Ok(b.to_vec());
    }
    Err(PyTypeError::new_err(format!(
        "expected bytes, bytearray or str, got {}",
        type_name(data)
    )))
}

fn options(lenient: bool, max_line_len: Option<Size>, max_reply_len: Option<Size>) -> ParseOptions {
    let mut o = if lenient {
        ParseOptions::lenient()
    } else {
        ParseOptions::strict()
    };
    if let Some(n) = max_line_len {
        o.max_line_len = n.0;
    }
    if let Some(n) = max_reply_len {
        o.max_reply_len = n.0;
    }
    o
}

fn parse_error(e: ParseError) -> PyErr {
    match e {
        ParseError::Incomplete => IncompleteReplyError::new_err(e.to_string()),
        _ => ReplyParseError::new_err(e.to_string()),
    }
}

/// Parses the reply at the start of ``data`` (RFC 5321; ``lenient=True`` also accepts bare
/// LF, any text and longer lines). ``Reply.consumed`` says where the next reply starts.
///
/// Raises IncompleteReplyError (a ReplyParseError) when more bytes are needed,
/// ReplyParseError (a ValueError) for a malformed reply, TypeError for other types.
#[pyfunction]
#[pyo3(signature = (data, *, lenient=false, max_line_len=None, max_reply_len=None))]
fn parse_reply(
    data: &Bound<'_, PyAny>,
    lenient: bool,
    max_line_len: Option<Size>,
    max_reply_len: Option<Size>,
) -> PyResult<Reply> {
    let options = options(lenient, max_line_len, max_reply_len);
    let parse = |bytes: &[u8]| {
        smtp_codes::Reply::parse_with(bytes, &options)
            .map(|(reply, used)| Reply::new(&reply, used))
            .map_err(parse_error)
    };
    match data.cast::<PyBytes>() {
        Ok(b) => parse(b.as_bytes()),
        Err(_) => parse(&input_bytes(data)?),
    }
}

/// Parses every reply of a pipelined buffer (without holding the GIL).
#[pyfunction]
#[pyo3(signature = (data, *, lenient=false))]
fn parse_replies(py: Python<'_>, data: &Bound<'_, PyAny>, lenient: bool) -> PyResult<Vec<Reply>> {
    let bytes = input_bytes(data)?;
    let options = options(lenient, None, None);
    py.detach(|| {
        let mut out = Vec::new();
        let mut rest = &bytes[..];
        while !rest.is_empty() {
            let (reply, used) = smtp_codes::Reply::parse_with(rest, &options)?;
            out.push(Reply::new(&reply, used));
            rest = &rest[used..];
        }
        Ok(out)
    })
    .map_err(parse_error)
}

/// The wire bytes of a reply: continuation lines, the enhanced code on every line, CRLF,
/// over-long text split. Raises ValueError for text with CR or LF (reply injection) or an
/// enhanced code whose class contradicts the code.
#[pyfunction]
#[pyo3(
    signature = (code, *lines, enhanced=None, max_line_len=Size(512)),
    text_signature = "(code, *lines, enhanced=None, max_line_len=512)"
)]
fn format_reply<'py>(
    py: Python<'py>,
    code: Code,
    lines: &Bound<'py, PyTuple>,
    enhanced: Option<EnhancedArg>,
    max_line_len: Size,
) -> PyResult<Bound<'py, PyBytes>> {
    let mut builder = ReplyBuilder::new(code.0).max_line_len(max_line_len.0);
    if let Some(e) = enhanced {
        builder = builder.enhanced(e.0);
    }
    for line in lines.iter() {
        let Ok(text) = line.cast::<PyString>() else {
            return Err(PyTypeError::new_err(format!(
                "reply lines must be str, not {}",
                type_name(&line)
            )));
        };
        builder = builder.line(text.to_cow()?.into_owned());
    }
    let bytes = builder
        .to_bytes()
        .map_err(|e| PyValueError::new_err(e.to_string()))?;
    Ok(PyBytes::new(py, &bytes))
}

// ---- Explain -----------------------------------------------------------------------------

/// What an input means: its codes, soft or hard bounce, and whether to retry.
#[pyclass(frozen, eq, hash, module = "smtp_codes")]
#[derive(Clone, PartialEq, Eq, Hash)]
struct Explanation {
    /// ``basic_code``, ``enhanced_code``, ``reply``, ``diagnostic_code`` or ``text``.
    #[pyo3(get)]
    kind: &'static str,
    /// The reply code (a ReplyCode where known, else an int), or None.
    #[pyo3(get)]
    code: Option<Code>,
    /// The enhanced status code, or None.
    #[pyo3(get)]
    enhanced: Option<EnhancedStatusCode>,
    /// The server's text after the codes.
    #[pyo3(get)]
    server_text: String,
    /// ``soft``, ``hard`` or ``none``.
    #[pyo3(get)]
    bounce: &'static str,
    /// Whether sending again later may succeed.
    #[pyo3(get)]
    retry: bool,
    /// Why the delivery failed: one of ``REASONS``.
    #[pyo3(get)]
    reason: &'static str,
    /// sisimai's nearest reason name.
    #[pyo3(get)]
    sisimai_reason: &'static str,
    /// Whether to drop the address from mailing lists, as senders and ESPs do: the address
    /// does not exist, its mailbox is disabled, or its domain does not exist or accepts no mail.
    #[pyo3(get)]
    suppress: bool,
    /// sisimai's own hard-bounce rule (like suppress, but a disabled mailbox stays soft).
    #[pyo3(get)]
    sisimai_hardbounce: bool,
    /// What decided the reason: a phrase (with its source), or the enhanced or basic code.
    #[pyo3(get)]
    evidence: String,
    reason_value: Reason,
}

#[pymethods]
impl Explanation {
    /// What the reason means, in ``"en"`` or ``"es"``.
    #[pyo3(signature = (lang = "en"))]
    fn reason_description(&self, lang: &str) -> PyResult<&'static str> {
        Ok(self.reason_value.description(self::lang(lang)?))
    }

    fn __repr__(slf: &Bound<'_, Self>) -> PyResult<String> {
        repr(
            slf.as_any(),
            &[
                "kind",
                "code",
                "enhanced",
                "server_text",
                "bounce",
                "retry",
                "reason",
                "sisimai_reason",
                "suppress",
                "sisimai_hardbounce",
                "evidence",
            ],
        )
    }
}

fn explained(text: &str) -> Option<Explanation> {
    let e = core_explain(text).ok()?;
    Some(Explanation {
        kind: e.kind().as_str(),
        code: e.code().map(Code),
        enhanced: e.enhanced().map(EnhancedStatusCode),
        server_text: e.text().to_string(),
        bounce: e.bounce().map_or("none", |b| b.as_str()),
        retry: e.retry(),
        reason: e.reason().as_str(),
        sisimai_reason: e.sisimai_reason(),
        suppress: e.suppress(),
        sisimai_hardbounce: e.sisimai_hardbounce(),
        evidence: e.evidence().to_string(),
        reason_value: e.reason(),
    })
}

/// Explains a code (``550``), an enhanced code (``5.1.1``), a reply, a Diagnostic-Code
/// line, or bounce text: codes, bounce, retry, reason (one of ``REASONS``), sisimai's
/// nearest reason, suppress and the evidence. Raises ValueError when there is nothing to
/// explain.
#[pyfunction]
fn explain(text: &str) -> PyResult<Explanation> {
    explained(text).ok_or_else(|| PyValueError::new_err(format!("{text:?}: {NothingToExplain}")))
}

/// Explains many inputs at once, without holding the GIL; None where there is no code.
#[pyfunction]
fn explain_many(py: Python<'_>, texts: &Bound<'_, PyAny>) -> PyResult<Vec<Option<Explanation>>> {
    if texts.is_instance_of::<PyString>() || texts.is_instance_of::<PyBytes>() {
        return Err(PyTypeError::new_err(
            "explain_many() takes a sequence of str, not a single string",
        ));
    }
    let mut items = Vec::new();
    for item in texts.try_iter()? {
        let item = item?;
        let Ok(text) = item.cast::<PyString>() else {
            return Err(PyTypeError::new_err(format!(
                "explain_many() takes str items, not {}",
                type_name(&item)
            )));
        };
        items.push(text.to_cow()?.into_owned());
    }
    Ok(py.detach(|| items.iter().map(|t| explained(t)).collect()))
}

/// What an explain reason (``user_unknown``, ``mailbox_full``, ...) means.
#[pyfunction]
#[pyo3(signature = (reason, lang = "en"))]
fn reason_description(reason: &str, lang: &str) -> PyResult<&'static str> {
    let found = Reason::from_name(reason)
        .ok_or_else(|| PyValueError::new_err(format!("unknown reason {reason:?}")))?;
    Ok(found.description(self::lang(lang)?))
}

// ---- Bounce messages ---------------------------------------------------------------------

create_exception!(
    smtp_codes,
    BounceReadError,
    PyValueError,
    "Bytes that cannot be read as a message: empty, without header fields, with more MIME \
     parts than the limit (256), or larger than 64 MiB."
);

/// One recipient of a bounce report, with the verdict for that recipient alone. Attributes
/// are named as in the JSON of ``smtp-codes bounce --json`` (``class_`` for ``class``).
#[pyclass(frozen, eq, hash, module = "smtp_codes")]
#[derive(Clone, PartialEq, Eq, Hash)]
struct RecipientReport {
    /// The recipient's address (``Final-Recipient``, or the address the report names).
    #[pyo3(get)]
    recipient: Option<String>,
    /// The address as the sender gave it (``Original-Recipient``), when it differs.
    #[pyo3(get)]
    original_recipient: Option<String>,
    /// What the reporting MTA did: ``failed``, ``delayed``, ``delivered``, ``relayed`` or
    /// ``expanded``; None without an ``Action:`` field.
    #[pyo3(get)]
    action: Option<&'static str>,
    /// The DSN's ``Status:`` field.
    #[pyo3(get)]
    dsn: Option<EnhancedStatusCode>,
    /// The host that gave the reply (``Remote-MTA``).
    #[pyo3(get)]
    remote_mta: Option<String>,
    /// The type of the ``Diagnostic-Code`` (``smtp``, ``x-unix``, ...).
    #[pyo3(get)]
    diagnostic_type: Option<String>,
    /// The server's reply or the report's text for this recipient, unfolded.
    #[pyo3(get)]
    server_text: Option<String>,
    /// When the last attempt was made (``Last-Attempt-Date``), as written.
    #[pyo3(get)]
    last_attempt: Option<String>,
    /// Until when the MTA will try (``Will-Retry-Until``), as written.
    #[pyo3(get)]
    will_retry_until: Option<String>,
    /// The SMTP command the reply answered, when the text says so (``RCPT``, ``DATA``, ...).
    #[pyo3(get)]
    smtp_command: Option<&'static str>,
    /// The reply code the server gave (a ReplyCode where known, else an int), or None.
    #[pyo3(get)]
    code: Option<Code>,
    /// The reply's own enhanced status code, else the DSN's ``Status:``; or None.
    #[pyo3(get)]
    enhanced: Option<EnhancedStatusCode>,
    /// ``success``, ``intermediate``, ``transient`` or ``permanent``; None without a code.
    #[pyo3(get)]
    class_: Option<&'static str>,
    /// ``soft``, ``hard`` or ``none``.
    #[pyo3(get)]
    bounce: &'static str,
    /// Whether sending again later may succeed.
    #[pyo3(get)]
    retry: bool,
    /// Why the delivery failed: one of ``REASONS``.
    #[pyo3(get)]
    reason: &'static str,
    /// sisimai's nearest reason name.
    #[pyo3(get)]
    sisimai_reason: &'static str,
    /// Whether to drop the address from mailing lists, as senders and ESPs do.
    #[pyo3(get)]
    suppress: bool,
    /// sisimai's own hard-bounce rule (like suppress, but a disabled mailbox stays soft).
    #[pyo3(get)]
    sisimai_hardbounce: bool,
    /// What decided the reason.
    #[pyo3(get)]
    evidence: String,
    reason_value: Reason,
}

impl RecipientReport {
    fn new(r: &message::RecipientReport) -> Self {
        let v = r.verdict();
        RecipientReport {
            recipient: r.recipient().map(str::to_string),
            original_recipient: r.original_recipient().map(str::to_string),
            action: r.action().map(message::Action::as_str),
            dsn: r.dsn().map(EnhancedStatusCode),
            remote_mta: r.remote_mta().map(str::to_string),
            diagnostic_type: r.diagnostic_type().map(str::to_string),
            server_text: r.server_text().map(str::to_string),
            last_attempt: r.last_attempt().map(str::to_string),
            will_retry_until: r.will_retry_until().map(str::to_string),
            smtp_command: r.smtp_command(),
            code: v.code().map(Code),
            enhanced: v.enhanced().map(EnhancedStatusCode),
            class_: v.class().map(|c| c.as_str()),
            bounce: v.bounce().map_or("none", |b| b.as_str()),
            retry: v.retry(),
            reason: v.reason().as_str(),
            sisimai_reason: v.sisimai_reason(),
            suppress: v.suppress(),
            sisimai_hardbounce: v.sisimai_hardbounce(),
            evidence: v.evidence().to_string(),
            reason_value: v.reason(),
        }
    }
}

#[pymethods]
impl RecipientReport {
    /// What the reason means, in ``"en"`` or ``"es"``.
    #[pyo3(signature = (lang = "en"))]
    fn reason_description(&self, lang: &str) -> PyResult<&'static str> {
        Ok(self.reason_value.description(self::lang(lang)?))
    }

    fn __repr__(slf: &Bound<'_, Self>) -> PyResult<String> {
        repr(
            slf.as_any(),
            &[
                "recipient",
                "original_recipient",
                "action",
                "dsn",
                "remote_mta",
                "diagnostic_type",
                "server_text",
                "last_attempt",
                "will_retry_until",
                "smtp_command",
                "code",
                "enhanced",
                "class_",
                "bounce",
                "retry",
                "reason",
                "sisimai_reason",
                "suppress",
                "sisimai_hardbounce",
                "evidence",
            ],
        )
    }
}

/// A bounce message, read: what kind it is, its report fields, and one RecipientReport per
/// recipient. Attributes are named as in the JSON of ``smtp-codes bounce --json``.
#[pyclass(frozen, eq, hash, module = "smtp_codes")]
#[derive(Clone, PartialEq, Eq, Hash)]
struct BounceReport {
    /// ``dsn``, ``non_dsn``, ``feedback``, ``auto_reply`` or ``not_bounce``.
    #[pyo3(get)]
    message_kind: &'static str,
    /// The MTA that wrote the report (``Reporting-MTA``, or the sender's host).
    #[pyo3(get)]
    reporting_mta: Option<String>,
    /// When the reporting MTA received the message (``Arrival-Date``), as written.
    #[pyo3(get)]
    arrival_date: Option<String>,
    /// The returned message's ``Message-ID``.
    #[pyo3(get)]
    original_message_id: Option<String>,
    /// The returned message's sender (``From``).
    #[pyo3(get)]
    original_from: Option<String>,
    /// The returned message's ``To``.
    #[pyo3(get)]
    original_to: Option<String>,
    /// The returned message's ``Subject``.
    #[pyo3(get)]
    original_subject: Option<String>,
    /// A feedback report's ``Feedback-Type`` (``abuse``, ``fraud``, ...).
    #[pyo3(get)]
    feedback_type: Option<String>,
    /// One record per recipient, in the report's order (empty for a message that is no
    /// bounce).
    #[pyo3(get)]
    recipients: Tuple<RecipientReport>,
}

impl BounceReport {
    fn new(b: &message::BounceReport) -> Self {
        BounceReport {
            message_kind: b.kind().as_str(),
            reporting_mta: b.reporting_mta().map(str::to_string),
            arrival_date: b.arrival_date().map(str::to_string),
            original_message_id: b.original_message_id().map(str::to_string),
            original_from: b.original_from().map(str::to_string),
            original_to: b.original_to().map(str::to_string),
            original_subject: b.original_subject().map(str::to_string),
            feedback_type: b.feedback_type().map(str::to_string),
            recipients: b.recipients().iter().map(RecipientReport::new).collect(),
        }
    }
}

#[pymethods]
impl BounceReport {
    fn __repr__(slf: &Bound<'_, Self>) -> PyResult<String> {
        repr(
            slf.as_any(),
            &[
                "message_kind",
                "reporting_mta",
                "arrival_date",
                "original_message_id",
                "original_from",
                "original_to",
                "original_subject",
                "feedback_type",
                "recipients",
            ],
        )
    }
}

/// The bytes of a message argument: `bytes` (borrowed: they cannot change) or `bytearray`
/// (copied).
fn message_bytes<'a>(data: &'a Bound<'_, PyAny>, what: &str) -> PyResult<Cow<'a, [u8]>> {
    if let Ok(b) = data.cast::<PyBytes>() {
        return Ok(Cow::Borrowed(b.as_bytes()));
    }
    if let Ok(b) = data.cast::<PyByteArray>() {
        return Ok(Cow::Owned(b.to_vec()));
    }
    Err(PyTypeError::new_err(format!(
        "{what} takes bytes or bytearray, not {}",
        type_name(data)
    )))
}

/// The items of a sequence of messages; a single `bytes`, `bytearray` or `str` is refused.
fn message_list<'py>(messages: &Bound<'py, PyAny>, what: &str) -> PyResult<Vec<Bound<'py, PyAny>>> {
    if messages.is_instance_of::<PyString>()
        || messages.is_instance_of::<PyBytes>()
        || messages.is_instance_of::<PyByteArray>()
    {
        return Err(PyTypeError::new_err(format!(
            "{what} takes a sequence of bytes, not a single {}",
            type_name(messages)
        )));
    }
    messages.try_iter()?.collect()
}

/// Reads every message without holding the GIL.
fn read_all(
    py: Python<'_>,
    items: &[Bound<'_, PyAny>],
    what: &str,
) -> PyResult<Vec<Result<message::BounceReport, MessageError>>> {
    let inputs = items
        .iter()
        .map(|item| message_bytes(item, what))
        .collect::<PyResult<Vec<_>>>()?;
    Ok(py.detach(|| inputs.iter().map(|b| message::read(b)).collect()))
}

fn read_error(e: MessageError) -> PyErr {
    BounceReadError::new_err(e.to_string())
}

/// Reads a bounce message (``bytes`` or ``bytearray``): a delivery status notification (RFC
/// 3464), the plain-text report of an MTA that writes none, a feedback report (RFC 5965) or
/// an automatic reply (RFC 3834), with one RecipientReport per recipient.
///
/// Raises BounceReadError (a ValueError) for bytes that are not a message (empty, no header
/// fields, more than 256 MIME parts, over 64 MiB), TypeError for other types.
#[pyfunction]
fn read_bounce(py: Python<'_>, data: &Bound<'_, PyAny>) -> PyResult<BounceReport> {
    let bytes = message_bytes(data, "read_bounce()")?;
    py.detach(|| message::read(&bytes).map(|r| BounceReport::new(&r)))
        .map_err(read_error)
}

/// Reads many messages at once, without holding the GIL: per input, a BounceReport, or the
/// BounceReadError it would raise (returned, not raised).
#[pyfunction]
fn read_bounces<'py>(
    py: Python<'py>,
    messages: &Bound<'py, PyAny>,
) -> PyResult<Vec<Bound<'py, PyAny>>> {
    let items = message_list(messages, "read_bounces()")?;
    let inputs = items
        .iter()
        .map(|item| message_bytes(item, "read_bounces()"))
        .collect::<PyResult<Vec<_>>>()?;
    let read: Vec<Result<BounceReport, MessageError>> = py.detach(|| {
        inputs
            .iter()
            .map(|b| message::read(b).map(|r| BounceReport::new(&r)))
            .collect()
    });
    read.into_iter()
        .map(|r| match r {
            Ok(report) => Ok(Bound::new(py, report)?.into_any()),
            Err(e) => Ok(read_error(e).into_value(py).into_bound(py).into_any()),
        })
        .collect()
}

/// One row of `read_bounce_columns`: a recipient of a report, a report without recipients,
/// or an input that could not be read.
struct Row<'a> {
    input: usize,
    read: Result<
        (
            &'a message::BounceReport,
            Option<&'a message::RecipientReport>,
        ),
        MessageError,
    >,
}

impl<'a> Row<'a> {
    fn report(&self) -> Option<&'a message::BounceReport> {
        self.read.as_ref().ok().map(|(b, _)| *b)
    }

    fn recipient(&self) -> Option<&'a message::RecipientReport> {
        self.read.as_ref().ok().and_then(|(_, r)| *r)
    }

    fn verdict(&self) -> Option<&'a message::Verdict> {
        self.recipient().map(message::RecipientReport::verdict)
    }
}

/// A value of a column, before it becomes a Python object.
enum Cell<'a> {
    Null,
    /// Text of the message, shared by consecutive rows of one report.
    Text(&'a str),
    /// A name of the API, interned.
    Name(&'static str),
    Owned(String),
    Int(usize),
    Bool(bool),
}

fn text(s: Option<&str>) -> Cell<'_> {
    s.map_or(Cell::Null, Cell::Text)
}

fn name(s: Option<&'static str>) -> Cell<'static> {
    s.map_or(Cell::Null, Cell::Name)
}

type Column = for<'a> fn(&Row<'a>) -> Cell<'a>;

/// The columns of `read_bounce_columns`: `input`, `error`, then the fields of
/// `smtp_codes_json::bounce_records` but `file`, in its order.
const BOUNCE_COLUMNS: [(&str, Column); 30] = [
    ("input", |r| Cell::Int(r.input)),
    ("error", |r| match &r.read {
        Err(e) => Cell::Owned(e.to_string()),
        Ok(_) => Cell::Null,
    }),
    ("message_kind", |r| {
        name(r.report().map(|b| b.kind().as_str()))
    }),
    ("reporting_mta", |r| {
        text(r.report().and_then(|b| b.reporting_mta()))
    }),
    ("arrival_date", |r| {
        text(r.report().and_then(|b| b.arrival_date()))
    }),
    ("original_message_id", |r| {
        text(r.report().and_then(|b| b.original_message_id()))
    }),
    ("original_from", |r| {
        text(r.report().and_then(|b| b.original_from()))
    }),
    ("original_to", |r| {
        text(r.report().and_then(|b| b.original_to()))
    }),
    ("original_subject", |r| {
        text(r.report().and_then(|b| b.original_subject()))
    }),
    ("feedback_type", |r| {
        text(r.report().and_then(|b| b.feedback_type()))
    }),
    ("recipient", |r| {
        text(r.recipient().and_then(|x| x.recipient()))
    }),
    ("original_recipient", |r| {
        text(r.recipient().and_then(|x| x.original_recipient()))
    }),
    ("action", |r| {
        name(r.recipient().and_then(|x| x.action()).map(|a| a.as_str()))
    }),
    ("dsn", |r| match r.recipient().and_then(|x| x.dsn()) {
        Some(d) => Cell::Owned(d.to_string()),
        None => Cell::Null,
    }),
    ("remote_mta", |r| {
        text(r.recipient().and_then(|x| x.remote_mta()))
    }),
    ("diagnostic_type", |r| {
        text(r.recipient().and_then(|x| x.diagnostic_type()))
    }),
    ("server_text", |r| {
        text(r.recipient().and_then(|x| x.server_text()))
    }),
    ("last_attempt", |r| {
        text(r.recipient().and_then(|x| x.last_attempt()))
    }),
    ("will_retry_until", |r| {
        text(r.recipient().and_then(|x| x.will_retry_until()))
    }),
    ("smtp_command", |r| {
        name(r.recipient().and_then(|x| x.smtp_command()))
    }),
    ("code", |r| match r.verdict().and_then(|v| v.code()) {
        Some(c) => Cell::Int(c.as_u16().into()),
        None => Cell::Null,
    }),
    ("enhanced", |r| {
        match r.verdict().and_then(|v| v.enhanced()) {
            Some(e) => Cell::Owned(e.to_string()),
            None => Cell::Null,
        }
    }),
    ("class", |r| {
        name(r.verdict().and_then(|v| v.class()).map(|c| c.as_str()))
    }),
    ("bounce", |r| {
        name(
            r.verdict()
                .map(|v| v.bounce().map_or("none", |b| b.as_str())),
        )
    }),
    ("retry", |r| {
        r.verdict().map_or(Cell::Null, |v| Cell::Bool(v.retry()))
    }),
    ("reason", |r| name(r.verdict().map(|v| v.reason().as_str()))),
    ("sisimai_reason", |r| {
        name(r.verdict().map(|v| v.sisimai_reason()))
    }),
    ("suppress", |r| {
        r.verdict().map_or(Cell::Null, |v| Cell::Bool(v.suppress()))
    }),
    ("sisimai_hardbounce", |r| {
        r.verdict()
            .map_or(Cell::Null, |v| Cell::Bool(v.sisimai_hardbounce()))
    }),
    ("evidence", |r| text(r.verdict().map(|v| v.evidence()))),
];

/// Reads many messages at once, without holding the GIL, into columns: a dict with one list
/// per field of ``smtp-codes bounce --json`` (but ``file``), plus ``input`` (the index of the
/// input) and ``error``. One row per recipient; a message without recipients, and one that
/// could not be read (its ``error`` set, every other field None), gives one row. Values are
/// as in the JSON (``code`` an int, ``dsn`` and ``enhanced`` str), None for null; no object
/// is made per row besides the values.
#[pyfunction]
fn read_bounce_columns<'py>(
    py: Python<'py>,
    messages: &Bound<'py, PyAny>,
) -> PyResult<Bound<'py, PyDict>> {
    let items = message_list(messages, "read_bounce_columns()")?;
    let read = read_all(py, &items, "read_bounce_columns()")?;
    let mut rows = Vec::with_capacity(read.len());
    for (input, result) in read.iter().enumerate() {
        match result {
            Err(e) => rows.push(Row {
                input,
                read: Err(*e),
            }),
            Ok(b) if b.recipients().is_empty() => rows.push(Row {
                input,
                read: Ok((b, None)),
            }),
            Ok(b) => rows.extend(b.recipients().iter().map(|r| Row {
                input,
                read: Ok((b, Some(r))),
            })),
        }
    }
    let columns = PyDict::new(py);
    for (key, column) in BOUNCE_COLUMNS {
        // Consecutive rows of one report share their report's objects.
        let mut last: Option<(*const u8, usize, Bound<'py, PyAny>)> = None;
        let mut values = Vec::with_capacity(rows.len());
        for row in &rows {
            let value = match column(row) {
                Cell::Null => py.None().into_bound(py),
                Cell::Text(s) => match &last {
                    Some((p, n, obj)) if *p == s.as_ptr() && *n == s.len() => obj.clone(),
                    _ => {
                        let obj = PyString::new(py, s).into_any();
                        last = Some((s.as_ptr(), s.len(), obj.clone()));
                        obj
                    }
                },
                Cell::Name(s) => PyString::intern(py, s).into_any(),
                Cell::Owned(s) => PyString::new(py, &s).into_any(),
                Cell::Int(n) => n.into_pyobject(py)?.into_any(),
                Cell::Bool(b) => PyBool::new(py, b).to_owned().into_any(),
            };
            values.push(value);
        }
        columns.set_item(key, PyList::new(py, values)?)?;
    }
    Ok(columns)
}

/// The JSON Lines of ``smtp-codes bounce --json`` for one message, from the one serializer
/// (``smtp-codes-json``) with an empty ``file``: what the cross-language tests compare the
/// attributes with. Private.
#[pyfunction]
fn _bounce_json(data: &Bound<'_, PyAny>) -> PyResult<String> {
    let bytes = message_bytes(data, "_bounce_json()")?;
    let mut out = String::new();
    match message::read(&bytes) {
        Ok(report) => {
            for record in smtp_codes_json::bounce_records("", &report) {
                out.push_str(&record.to_string());
                out.push('\n');
            }
        }
        Err(e) => {
            out.push_str(&smtp_codes_json::bounce_error("", &e).to_string());
            out.push('\n');
        }
    }
    Ok(out)
}

// ---- MTA logs ----------------------------------------------------------------------------

/// One delivery result or rejection of an MTA log, with its verdict. Attributes are named as
/// in the JSON of ``smtp-codes logs --json`` (``class_`` for ``class``).
#[pyclass(frozen, module = "smtp_codes")]
#[derive(Clone)]
struct LogRecord {
    /// The time as written in the log (None for a line without one).
    #[pyo3(get)]
    time: Option<String>,
    /// The time in ISO 8601 (RFC 3164 lines have no year: ``year``, else the current one).
    #[pyo3(get)]
    timestamp: Option<String>,
    /// The host that wrote the line (syslog's hostname; Exim's own log names none).
    #[pyo3(get)]
    host: Option<String>,
    /// ``postfix``, ``exim`` or ``sendmail``.
    #[pyo3(get)]
    mta: &'static str,
    /// The queue id (None for a rejection before queueing).
    #[pyo3(get)]
    queue_id: Option<String>,
    /// The recipient.
    #[pyo3(get)]
    recipient: Option<String>,
    /// The address as the sender gave it, when the MTA rewrote it (``orig_to=``).
    #[pyo3(get)]
    original_recipient: Option<String>,
    /// The envelope sender, from the line or an earlier line of the same queue id.
    #[pyo3(get)]
    sender: Option<String>,
    /// The next hop (``relay=``, Exim's ``H=``), or for a rejection the client refused.
    #[pyo3(get)]
    relay: Option<String>,
    /// ``sent``, ``deferred``, ``bounced``, ``expired``, ``rejected``, ``deliverable`` or
    /// ``undeliverable``.
    #[pyo3(get)]
    status: &'static str,
    /// The enhanced status code the MTA recorded (``dsn=``), or None.
    #[pyo3(get)]
    dsn: Option<EnhancedStatusCode>,
    /// How long the delivery took, in seconds, or None.
    #[pyo3(get)]
    delay: Option<f64>,
    /// The reply or the MTA's explanation, as the log gives it.
    #[pyo3(get)]
    server_text: Option<String>,
    /// The SMTP command the reply answered, when the text says so (``RCPT``, ``DATA``, ...).
    #[pyo3(get)]
    smtp_command: Option<&'static str>,
    /// The reply code (a ReplyCode where known, else an int), or None.
    #[pyo3(get)]
    code: Option<Code>,
    /// The reply's own enhanced status code, else ``dsn``; or None.
    #[pyo3(get)]
    enhanced: Option<EnhancedStatusCode>,
    /// ``success``, ``intermediate``, ``transient`` or ``permanent``; None without a code.
    #[pyo3(get)]
    class_: Option<&'static str>,
    /// ``soft``, ``hard`` or ``none``.
    #[pyo3(get)]
    bounce: &'static str,
    /// Whether sending again later may succeed.
    #[pyo3(get)]
    retry: bool,
    /// Why the delivery failed: one of ``REASONS``.
    #[pyo3(get)]
    reason: &'static str,
    /// sisimai's nearest reason name.
    #[pyo3(get)]
    sisimai_reason: &'static str,
    /// Whether to drop the address from mailing lists, as senders and ESPs do.
    #[pyo3(get)]
    suppress: bool,
    /// sisimai's own hard-bounce rule.
    #[pyo3(get)]
    sisimai_hardbounce: bool,
    /// What decided the reason.
    #[pyo3(get)]
    evidence: String,
}

impl LogRecord {
    fn new(r: smtp_codes::log::LogRecord) -> Self {
        let v = r.verdict();
        LogRecord {
            mta: r.mta().as_str(),
            status: r.status().as_str(),
            dsn: r.dsn().map(EnhancedStatusCode),
            delay: r.delay(),
            smtp_command: r.smtp_command(),
            code: v.code().map(Code),
            enhanced: v.enhanced().map(EnhancedStatusCode),
            class_: v.class().map(|c| c.as_str()),
            bounce: v.bounce().map_or("none", |b| b.as_str()),
            retry: v.retry(),
            reason: v.reason().as_str(),
            sisimai_reason: v.sisimai_reason(),
            suppress: v.suppress(),
            sisimai_hardbounce: v.sisimai_hardbounce(),
            evidence: v.evidence().to_string(),
            time: r.time().map(str::to_string),
            timestamp: r.timestamp().map(str::to_string),
            host: r.host().map(str::to_string),
            queue_id: r.queue_id().map(str::to_string),
            recipient: r.recipient().map(str::to_string),
            original_recipient: r.original_recipient().map(str::to_string),
            sender: r.sender().map(str::to_string),
            relay: r.relay().map(str::to_string),
            server_text: r.server_text().map(str::to_string),
        }
    }
}

#[pymethods]
impl LogRecord {
    fn __repr__(slf: &Bound<'_, Self>) -> PyResult<String> {
        repr(
            slf.as_any(),
            &[
                "timestamp",
                "mta",
                "queue_id",
                "recipient",
                "status",
                "dsn",
                "code",
                "reason",
                "bounce",
                "retry",
                "suppress",
            ],
        )
    }
}

/// The bytes of one log line: ``str`` (UTF-8) or ``bytes``.
fn line_bytes(item: &Bound<'_, PyAny>, what: &str) -> PyResult<Vec<u8>> {
    if let Ok(s) = item.cast::<PyString>() {
        return Ok(s.to_cow()?.as_bytes().to_vec());
    }
    if let Ok(b) = item.cast::<PyBytes>() {
        return Ok(b.as_bytes().to_vec());
    }
    if let Ok(b) = item.cast::<PyByteArray>() {
        return Ok(b.to_vec());
    }
    Err(PyTypeError::new_err(format!(
        "{what} takes lines as str or bytes, not {}",
        type_name(item)
    )))
}

/// The lines of an iterable of ``str`` or ``bytes``, as they come (a single ``str`` or
/// ``bytes`` is refused: it is one line, not an iterable of them).
fn line_iter<'py>(lines: &Bound<'py, PyAny>, what: &str) -> PyResult<Bound<'py, PyIterator>> {
    if lines.is_instance_of::<PyString>()
        || lines.is_instance_of::<PyBytes>()
        || lines.is_instance_of::<PyByteArray>()
    {
        return Err(PyTypeError::new_err(format!(
            "{what} takes an iterable of lines, not a single {}",
            type_name(lines)
        )));
    }
    lines.try_iter()
}

/// Every line of an iterable of ``str`` or ``bytes``.
pub(crate) fn log_lines(lines: &Bound<'_, PyAny>, what: &str) -> PyResult<Vec<Vec<u8>>> {
    line_iter(lines, what)?
        .map(|item| line_bytes(&item?, what))
        .collect()
}

/// The year of RFC 3164 lines: `year`, else the current one; 1970..=9999.
pub(crate) fn log_year(year: Option<i64>, what: &str) -> PyResult<u16> {
    match year {
        None => Ok(smtp_codes::log::current_year()),
        Some(y) if (1970..=9999).contains(&y) => Ok(y as u16),
        Some(y) => Err(PyValueError::new_err(format!(
            "{what}: year {y} is outside 1970..=9999"
        ))),
    }
}

/// How many lines are read from an iterator before Rust works on them without the GIL.
const LOG_CHUNK: usize = 8192;

/// Reads MTA log lines (Postfix, Exim, Sendmail): any iterable of ``str`` or ``bytes`` (a
/// list, an open file), with or without line endings. Gives a list of LogRecord, one per
/// delivery result or rejection, in order; other lines give none. Lines of RFC 3164 syslog
/// have no year: ``year``, else the current year. The lines are read in chunks, and Rust
/// works on each chunk without holding the GIL.
///
/// Raises TypeError for a single ``str`` or ``bytes`` or for lines of other types, and
/// ValueError for a year outside 1970..=9999.
#[pyfunction]
#[pyo3(signature = (lines, year = None))]
fn read_log(
    py: Python<'_>,
    lines: &Bound<'_, PyAny>,
    year: Option<i64>,
) -> PyResult<Vec<LogRecord>> {
    let year = log_year(year, "read_log()")?;
    let mut items = line_iter(lines, "read_log()")?;
    let mut reader = smtp_codes::log::LogReader::new(year);
    let mut records = Vec::new();
    let mut chunk: Vec<Vec<u8>> = Vec::with_capacity(LOG_CHUNK);
    loop {
        chunk.clear();
        for item in items.by_ref().take(LOG_CHUNK) {
            chunk.push(line_bytes(&item?, "read_log()")?);
        }
        if chunk.is_empty() {
            break;
        }
        let read: Vec<smtp_codes::log::LogRecord> = py.detach(|| reader.records(&chunk).collect());
        records.extend(read.into_iter().map(LogRecord::new));
    }
    Ok(records)
}

/// The JSON Lines of ``smtp-codes logs --json`` for these lines, from the one serializer
/// (``smtp-codes-json``): what the cross-language tests compare the attributes with. Private.
#[pyfunction]
#[pyo3(signature = (lines, year))]
fn _log_json(lines: Vec<String>, year: u16) -> String {
    let mut reader = smtp_codes::log::LogReader::new(year);
    let mut out = String::new();
    for r in reader.records(&lines) {
        out.push_str(&smtp_codes_json::log_record(None, &r).to_string());
        out.push('\n');
    }
    out
}

// ---- The whole catalog -------------------------------------------------------------------

fn to_python<'py>(py: Python<'py>, value: &Value) -> PyResult<Bound<'py, PyAny>> {
    Ok(match value {
        Value::Null => py.None().into_bound(py),
        Value::Bool(b) => PyBool::new(py, *b).to_owned().into_any(),
        Value::Number(n) => match (n.as_i64(), n.as_u64()) {
            (Some(i), _) => i.into_pyobject(py)?.into_any(),
            (None, Some(u)) => u.into_pyobject(py)?.into_any(),
            _ => n.as_f64().unwrap_or(f64::NAN).into_pyobject(py)?.into_any(),
        },
        Value::String(s) => PyString::new(py, s).into_any(),
        Value::Array(items) => {
            let list = PyList::empty(py);
            for item in items {
                list.append(to_python(py, item)?)?;
            }
            list.into_any()
        }
        Value::Object(fields) => {
            let dict = PyDict::new(py);
            for (k, v) in fields {
                dict.set_item(k, to_python(py, v)?)?;
            }
            dict.into_any()
        }
    })
}

/// The whole catalog as plain Python data: the JSON of the ``smtp-codes catalog`` command,
/// from the same serializer (the ``smtp-codes-json`` crate).
#[pyfunction]
fn catalog(py: Python<'_>) -> PyResult<Bound<'_, PyAny>> {
    to_python(py, &smtp_codes_json::catalog())
}

#[pymodule]
fn _native(m: &Bound<'_, PyModule>) -> PyResult<()> {
    let py = m.py();
    m.add("__version__", env!("CARGO_PKG_VERSION"))?;
    m.add("CATALOG_VERSION", CATALOG_VERSION)?;
    m.add("IANA_REGISTRY_DATE", IANA_REGISTRY_DATE)?;
    m.add("LANGUAGES", PyTuple::new(py, Lang::ALL.map(Lang::as_str))?)?;
    m.add(
        "REASONS",
        PyTuple::new(py, Reason::all().map(Reason::as_str))?,
    )?;
    m.add("ReplyParseError", py.get_type::<ReplyParseError>())?;
    m.add(
        "IncompleteReplyError",
        py.get_type::<IncompleteReplyError>(),
    )?;
    m.add_class::<VendorNote>()?;
    m.add_class::<Alias>()?;
    m.add_class::<EnhancedEntry>()?;
    m.add_class::<EnhancedStatusCode>()?;
    m.add_class::<CommandReplies>()?;
    m.add_class::<Reply>()?;
    m.add_class::<Explanation>()?;
    m.add("BounceReadError", py.get_type::<BounceReadError>())?;
    m.add_class::<RecipientReport>()?;
    m.add_class::<BounceReport>()?;
    m.add_class::<LogRecord>()?;
    m.add_function(wrap_pyfunction!(read_log, m)?)?;
    m.add_function(wrap_pyfunction!(columns::read_log_columns, m)?)?;
    m.add_function(wrap_pyfunction!(columns::read_log_arrow, m)?)?;
    m.add_function(wrap_pyfunction!(columns::explain_columns, m)?)?;
    m.add_function(wrap_pyfunction!(columns::explain_arrow, m)?)?;
    m.add_function(wrap_pyfunction!(_log_json, m)?)?;
    m.add_function(wrap_pyfunction!(phrase, m)?)?;
    m.add_function(wrap_pyfunction!(reply_class, m)?)?;
    m.add_function(wrap_pyfunction!(reply_category, m)?)?;
    m.add_function(wrap_pyfunction!(code_description, m)?)?;
    m.add_function(wrap_pyfunction!(code_status, m)?)?;
    m.add_function(wrap_pyfunction!(code_references, m)?)?;
    m.add_function(wrap_pyfunction!(code_vendor_notes, m)?)?;
    m.add_function(wrap_pyfunction!(code_alias, m)?)?;
    m.add_function(wrap_pyfunction!(is_positive_completion, m)?)?;
    m.add_function(wrap_pyfunction!(is_intermediate, m)?)?;
    m.add_function(wrap_pyfunction!(is_transient, m)?)?;
    m.add_function(wrap_pyfunction!(is_permanent, m)?)?;
    m.add_function(wrap_pyfunction!(enhanced_codes, m)?)?;
    m.add_function(wrap_pyfunction!(aliases, m)?)?;
    m.add_function(wrap_pyfunction!(commands, m)?)?;
    m.add_function(wrap_pyfunction!(command_replies, m)?)?;
    m.add_function(wrap_pyfunction!(reply_role, m)?)?;
    m.add_function(wrap_pyfunction!(may_return, m)?)?;
    m.add_function(wrap_pyfunction!(parse_reply, m)?)?;
    m.add_function(wrap_pyfunction!(parse_replies, m)?)?;
    m.add_function(wrap_pyfunction!(format_reply, m)?)?;
    m.add_function(wrap_pyfunction!(explain, m)?)?;
    m.add_function(wrap_pyfunction!(explain_many, m)?)?;
    m.add_function(wrap_pyfunction!(reason_description, m)?)?;
    m.add_function(wrap_pyfunction!(catalog, m)?)?;
    m.add_function(wrap_pyfunction!(read_bounce, m)?)?;
    m.add_function(wrap_pyfunction!(read_bounces, m)?)?;
    m.add_function(wrap_pyfunction!(read_bounce_columns, m)?)?;
    m.add_function(wrap_pyfunction!(_bounce_json, m)?)?;
    Ok(())
}
