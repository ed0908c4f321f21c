//! Text for people at a terminal, in English or Spanish, with colour only when wanted.

use smtp_codes::explain::Explanation;
use smtp_codes::{BasicEntry, EnhancedEntry, Lang, Reply};
use std::fmt::Write;

/// Output style: language and whether to colour.
pub struct Style {
    pub lang: Lang,
    pub color: bool,
}

impl Style {
    fn bold(&self, s: &str) -> String {
        if self.color {
            format!("\x1b[1m{s}\x1b[0m")
        } else {
            s.to_string()
        }
    }

    fn tint(&self, s: &str, transient: Option<bool>) -> String {
        match (self.color, transient) {
            (true, Some(true)) => format!("\x1b[33m{s}\x1b[0m"),
            (true, Some(false)) => format!("\x1b[31m{s}\x1b[0m"),
            (true, None) => format!("\x1b[32m{s}\x1b[0m"),
            (false, _) => s.to_string(),
        }
    }

    /// A label in the chosen language.
    fn label(&self, en: &'static str, es: &'static str) -> &'static str {
        label(self.lang, en, es)
    }

    /// An identifier of the catalog (a class, category, subject, status or bounce) as a
    /// reader of the chosen language says it; JSON keeps the identifiers themselves.
    pub fn value(&self, id: &'static str) -> &'static str {
        if self.lang != Lang::Es {
            return id;
        }
        SPANISH
            .iter()
            .find(|(en, _)| *en == id)
            .map_or(id, |(_, es)| es)
    }
}

/// How the human output says the catalog's identifiers in Spanish.
const SPANISH: [(&str, &str); 27] = [
    // Classes (`Class::as_str`).
    ("success", "éxito"),
    ("intermediate", "intermedio"),
    ("transient", "transitorio"),
    ("permanent", "permanente"),
    // Categories (`Category::as_str`).
    ("syntax", "sintaxis"),
    ("information", "información"),
    ("connections", "conexiones"),
    ("unspecified_3", "sin especificar (3)"),
    ("unspecified_4", "sin especificar (4)"),
    ("mail_system", "sistema de correo"),
    ("undefined", "no definida"),
    // Subjects of enhanced codes.
    ("other", "otro o sin definir"),
    ("addressing", "direccionamiento"),
    ("mailbox", "buzón"),
    ("network_routing", "red y enrutamiento"),
    ("protocol", "protocolo de entrega"),
    ("content_media", "contenido o formato del mensaje"),
    ("security_policy", "seguridad o política"),
    // Statuses.
    ("standard", "estándar"),
    ("extension", "extensión"),
    ("non-standard", "no estándar"),
    ("experimental", "experimental"),
    ("obsolete", "obsoleto"),
    // Bounces.
    ("soft", "temporal"),
    ("hard", "permanente"),
    ("none", "ninguno"),
    ("alias", "alias"),
];

/// The human explanation of one input.
pub fn explanation(e: &Explanation<'_>, style: &Style) -> String {
    let lang = style.lang;
    let mut out = String::new();
    let transient = e.bounce().map(|b| b == smtp_codes::Bounce::Soft);
    let head = match (e.code(), e.enhanced()) {
        (Some(c), Some(x)) => format!("{c} {x}"),
        (Some(c), None) => c.to_string(),
        (None, Some(x)) => x.to_string(),
        (None, None) => style.label("(no code)", "(sin código)").to_string(),
    };
    let name = e
        .code_entry()
        .map(|c| format!("{}: {}", c.name(), c.text()))
        .or(e
            .enhanced_entry()
            .map(|x| format!("{}: {}", x.name(), x.text())))
        .unwrap_or_else(|| {
            let words = e.code().is_none() && e.enhanced().is_none();
            let (en, es) = if words {
                (
                    "explained from the server's words",
                    "se explica por el texto del servidor",
                )
            } else {
                (
                    "not in the catalog; explained from its digits",
                    "no está en el catálogo; se explica por sus dígitos",
                )
            };
            style.label(en, es).to_string()
        });
    let _ = writeln!(
        out,
        "{} {}",
        style.tint(&style.bold(&head), transient),
        name
    );
    let field = |out: &mut String, en, es, value: &str| {
        if !value.is_empty() {
            let _ = writeln!(
                out,
                "  {:<12} {}",
                format!("{}:", style.label(en, es)),
                value
            );
        }
    };
    if let Some(class) = e.class() {
        field(
            &mut out,
            "class",
            "clase",
            &format!(
                "{} {} — {}",
                class.digit(),
                style.value(class.as_str()),
                class.description(lang)
            ),
        );
    }
    if let Some(category) = e.category() {
        field(
            &mut out,
            "category",
            "categoría",
            &format!(
                "{} {} — {}",
                category.digit(),
                style.value(category.as_str()),
                category.description(lang)
            ),
        );
    }
    if let Some(entry) = e.code_entry() {
        field(&mut out, "meaning", "significado", entry.description(lang));
        field(
            &mut out,
            "status",
            "estado",
            style.value(entry.status().as_str()),
        );
    }
    // A vendor's dotless reading matters for a bare number, not for a full standard reply.
    if let Some(alias) = e
        .alias()
        .filter(|_| e.code_entry().is_none() || e.enhanced().is_none())
    {
        let text = format!(
            "{} ({}): {}",
            alias.enhanced(),
            alias.source(),
            alias.description(lang)
        );
        field(&mut out, "also", "también", &text);
    }
    if let Some(x) = e.enhanced() {
        if let Some(subject) = x.subject_info() {
            field(
                &mut out,
                "subject",
                "tema",
                &format!(
                    "{} {} — {}",
                    subject.digit(),
                    style.value(subject.id()),
                    subject.description(lang)
                ),
            );
        }
        match e.enhanced_entry() {
            Some(entry) => {
                let label = if e.code().is_some() {
                    format!("{x} {}: {}", entry.name(), entry.text())
                } else {
                    String::new()
                };
                field(&mut out, "enhanced", "ampliado", &label);
                field(&mut out, "detail", "detalle", entry.description(lang));
            }
            None => field(
                &mut out,
                "enhanced",
                "ampliado",
                &format!(
                    "{x} ({})",
                    style.label("not in the catalog", "no está en el catálogo")
                ),
            ),
        }
    }
    if e.pairing().is_some_and(|p| !p.is_consistent()) {
        field(
            &mut out,
            "warning",
            "aviso",
            style.label(
                "the enhanced code's class contradicts the reply code (RFC 3463 §2)",
                "la clase del código ampliado contradice el código de respuesta (RFC 3463 §2)",
            ),
        );
    }
    let refs: Vec<&str> = e
        .code_entry()
        .map_or(&[][..], BasicEntry::references)
        .iter()
        .chain(
            e.enhanced_entry()
                .map_or(&[][..], EnhancedEntry::references),
        )
        .copied()
        .collect();
    field(&mut out, "references", "referencias", &refs.join("; "));
    let notes = e
        .code_entry()
        .map_or(&[][..], BasicEntry::vendor_notes)
        .iter()
        .chain(
            e.enhanced_entry()
                .map_or(&[][..], EnhancedEntry::vendor_notes),
        );
    for n in notes {
        field(
            &mut out,
            "vendor note",
            "nota",
            &format!("{} — {}", n.source(), n.description(lang)),
        );
    }
    field(&mut out, "server said", "el servidor", e.text());
    if e.reason() != smtp_codes::explain::Reason::None {
        let reason = format!("{} — {}", e.reason(), e.reason().description(lang));
        field(&mut out, "reason", "motivo", &reason);
        field(&mut out, "evidence", "indicio", &e.evidence().to_string());
        let drop = if e.suppress() {
            style.label(
                "yes — the address will not work: remove it from your lists",
                "sí — la dirección no va a funcionar: elimínela de sus listas",
            )
        } else {
            style.label("no", "no")
        };
        field(&mut out, "suppress", "eliminar", drop);
        let sisimai = format!(
            "{}{}",
            e.sisimai_reason(),
            if e.sisimai_hardbounce() {
                style.label(" (hard bounce)", " (rebote permanente)")
            } else {
                ""
            }
        );
        field(&mut out, "sisimai", "sisimai", &sisimai);
    }
    let retry = match e.bounce() {
        Some(b) => format!(
            "{} — {}",
            if e.retry() {
                style.label("yes", "sí")
            } else {
                style.label("no", "no")
            },
            b.description(lang)
        ),
        None => style
            .label("no — nothing failed", "no — no hubo ningún fallo")
            .to_string(),
    };
    field(
        &mut out,
        "retry",
        "reintentar",
        &style.tint(&retry, transient),
    );
    out
}

/// One line per row of a list.
/// A label in `lang`: the Spanish one, else the English one.
pub fn label(lang: Lang, en: &'static str, es: &'static str) -> &'static str {
    match lang {
        Lang::Es => es,
        _ => en,
    }
}

/// What a table row of `bounce` and `logs` shows of a recipient's verdict.
pub struct VerdictCells {
    /// The reply code and enhanced code, or `-`.
    pub code: String,
    /// Soft, hard or none, in the language.
    pub bounce: &'static str,
    /// "drop" when the address is to be suppressed, else empty.
    pub drop: &'static str,
}

/// The cells of a recipient's verdict, in `lang`.
pub fn verdict_cells(v: &smtp_codes::delivery::Verdict, lang: Lang) -> VerdictCells {
    let code = match (v.code(), v.enhanced()) {
        (Some(c), Some(e)) => format!("{c} {e}"),
        (Some(c), None) => c.to_string(),
        (None, Some(e)) => e.to_string(),
        (None, None) => "-".to_string(),
    };
    let bounce = match v.bounce() {
        Some(smtp_codes::Bounce::Soft) => label(lang, "soft", "temporal"),
        Some(smtp_codes::Bounce::Hard) => label(lang, "hard", "permanente"),
        _ => label(lang, "none", "ninguno"),
    };
    let drop = if v.suppress() {
        label(lang, "drop", "eliminar")
    } else {
        ""
    };
    VerdictCells { code, bounce, drop }
}

pub fn row(code: &str, name: &str, text: &str, status: &str) -> String {
    format!("{code:<12} {name:<42} {status:<12} {text}")
}

/// A parsed reply.
pub fn reply(r: &Reply<'_>) -> String {
    let mut out = format!("code: {}\n", r.code());
    if let Some(e) = r.enhanced() {
        let _ = writeln!(out, "enhanced: {e}");
    }
    for (i, line) in r.lines().enumerate() {
        let _ = writeln!(out, "line {}: {line}", i + 1);
    }
    out
}
