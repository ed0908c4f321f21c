//! The `smtp-codes` binary run on real inputs, as a user would.

use std::io::Write;
use std::process::{Command, Output, Stdio};

fn run(args: &[&str], stdin: &[u8], env: &[(&str, &str)]) -> Output {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_smtp-codes"));
    cmd.args(args)
        .env_remove("LANG")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    for (k, v) in env {
        cmd.env(k, v);
    }
    let mut child = cmd.spawn().unwrap();
    child.stdin.take().unwrap().write_all(stdin).unwrap();
    child.wait_with_output().unwrap()
}

fn stdout(args: &[&str]) -> String {
    let out = run(args, b"", &[]);
    assert!(
        out.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

fn json(args: &[&str], stdin: &[u8]) -> serde_json::Value {
    let out = run(args, stdin, &[]);
    assert!(
        out.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).unwrap()
}

#[test]
fn explain_a_gmail_rejection_in_english_and_spanish() {
    let reply = "550-5.1.1 The email account that you tried to reach does not exist.";
    insta::assert_snapshot!("explain_en", stdout(&["explain", reply]));
    insta::assert_snapshot!("explain_es", stdout(&["explain", "--lang", "es", reply]));
}

#[test]
fn explain_codes_alone_and_unknown_codes() {
    insta::assert_snapshot!(
        "explain_441_es",
        stdout(&["explain", "--lang", "es", "441"])
    );
    insta::assert_snapshot!("explain_4_7_0", stdout(&["explain", "4.7.0"]));
    let unknown = stdout(&["explain", "299"]);
    assert!(
        unknown.contains("not in the catalog; explained from its digits"),
        "{unknown}"
    );
    assert!(unknown.contains("2 success"), "{unknown}");
    let words = stdout(&["explain", "Connection timed out"]);
    assert!(
        words.starts_with("(no code) explained from the server's words"),
        "{words}"
    );
    assert!(words.contains("dns_or_routing"), "{words}");
}

#[test]
fn language_follows_the_locale() {
    let out = run(&["explain", "421"], b"", &[("LANG", "es_ES.UTF-8")]);
    assert!(String::from_utf8_lossy(&out.stdout).contains("reintentar:"));
    let out = run(
        &["explain", "421"],
        b"",
        &[("LANG", "es_ES.UTF-8"), ("LC_ALL", "C")],
    );
    assert!(String::from_utf8_lossy(&out.stdout).contains("retry:"));
}

#[test]
fn explain_json_has_the_documented_fields() {
    const VERDICT: [&str; 15] = [
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
    const DETAILS: [&str; 12] = [
        "category",
        "subject",
        "status",
        "pairing",
        "text",
        "description",
        "enhanced_text",
        "enhanced_description",
        "reason_description",
        "references",
        "vendor_notes",
        "alias",
    ];
    let keys = |v: &serde_json::Value| -> Vec<String> {
        let mut k: Vec<String> = v.as_object().unwrap().keys().cloned().collect();
        k.sort();
        k
    };
    let sorted = |list: &[&str]| -> Vec<String> {
        let mut k: Vec<String> = list.iter().map(|s| s.to_string()).collect();
        k.sort();
        k
    };
    // The verdict alone by default; --details adds the catalog's fields.
    let v = json(&["explain", "--json", "421 4.7.0 Try again later"], b"");
    assert_eq!(keys(&v), sorted(&VERDICT));
    assert_eq!(v["code"], 421);
    assert_eq!(v["enhanced"], "4.7.0");
    assert_eq!(v["class"], "transient");
    assert_eq!(v["bounce"], "soft");
    assert_eq!(v["retry"], true);
    assert_eq!(v["server_text"], "Try again later");
    assert_eq!(v["name"], "SERVICE_NOT_AVAILABLE");
    assert!(v["evidence"].is_string() && v["reason"].is_string());
    let v = json(
        &[
            "explain",
            "--json",
            "--details",
            "421 4.7.0 Try again later",
        ],
        b"",
    );
    assert_eq!(keys(&v), sorted(&[&VERDICT[..], &DETAILS[..]].concat()));
    assert_eq!(v["category"], "connections");
    assert!(v["text"]
        .as_str()
        .unwrap()
        .contains("Service not available"));
    assert!(v["description"].is_string());
    let v = json(
        &["explain", "--json", "--lang", "es", "--details", "550"],
        b"",
    );
    assert!(v["reason_description"]
        .as_str()
        .unwrap()
        .contains("no existe"));
    // A disabled mailbox: dropped as senders do; sisimai keeps it soft.
    let v = json(
        &[
            "explain",
            "--json",
            "550 5.2.1 The email account that you tried to reach is disabled",
        ],
        b"",
    );
    assert_eq!(
        (v["suppress"].as_bool(), v["sisimai_hardbounce"].as_bool()),
        (Some(true), Some(false))
    );

    let v = json(&["explain", "--json", "5.2.2"], b"");
    assert_eq!(
        (v["code"].is_null(), v["enhanced"].as_str()),
        (true, Some("5.2.2"))
    );
    assert_eq!(v["enhanced_name"], "MAILBOX_FULL");
    assert_eq!(v["retry"], false);
}

#[test]
fn explain_reads_standard_input_and_multiline_replies() {
    let reply = b"550-5.7.1 [192.0.2.1] Our system has detected an unusual rate of\r\n550 5.7.1 unsolicited mail originating from your IP address.\r\n";
    let out = run(&["explain", "--json", "-"], reply, &[]);
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(
        (
            v["code"].as_u64(),
            v["enhanced"].as_str(),
            v["kind"].as_str()
        ),
        (Some(550), Some("5.7.1"), Some("reply"))
    );
    let v = json(
        &[
            "explain",
            "--json",
            "Diagnostic-Code: smtp; 552 5.2.2 Mailbox full",
        ],
        b"",
    );
    assert_eq!(
        (v["code"].as_u64(), v["kind"].as_str()),
        (Some(552), Some("diagnostic_code"))
    );
}

#[test]
fn each_line_gives_json_lines_for_logs() {
    let log = b"Nov 23 mx postfix: said: 550 5.1.1 unknown user\nno code on this line\n\n421 4.7.0 slow down\n";
    let out = run(&["explain", "--each-line", "--json"], log, &[]);
    assert!(out.status.success());
    let lines: Vec<serde_json::Value> = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 3);
    assert_eq!(lines[0]["code"], 550);
    assert!(lines[1]["error"]
        .as_str()
        .unwrap()
        .contains("no SMTP reply code"));
    assert_eq!(lines[0]["reason"], "user_unknown");
    assert_eq!(lines[0]["suppress"], true);
    assert_eq!(
        (
            lines[2]["reason"].as_str(),
            lines[2]["sisimai_reason"].as_str()
        ),
        (Some("rate_limited"), Some("speeding"))
    );
    assert_eq!(lines[2]["retry"], true);
}

#[test]
fn list_and_search() {
    let rows = json(&["list", "--class", "3", "--json"], b"");
    let codes: Vec<u64> = rows
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["code"].as_u64().unwrap())
        .collect();
    assert_eq!(codes, [334, 354, 355]);
    let non_standard = json(
        &["list", "--enhanced", "--status", "non-standard", "--json"],
        b"",
    );
    assert!(non_standard
        .as_array()
        .unwrap()
        .iter()
        .any(|r| r["enhanced"] == "5.7.606-649"));
    let found = json(&["search", "--json", "buzon", "lleno"], b"");
    assert!(
        found
            .as_array()
            .unwrap()
            .iter()
            .any(|r| r["enhanced"] == "X.2.2"),
        "{found:#}"
    );
    let out = run(&["search", "xyzzy-nothing"], b"", &[]);
    assert_eq!(out.status.code(), Some(1));
}

#[test]
fn parse_is_strict_and_fails_with_one_line() {
    let v = json(
        &["parse", "--json"],
        b"250-mx.example.com\r\n250 SIZE 1000\r\n",
    );
    assert_eq!(
        v["lines"],
        serde_json::json!(["mx.example.com", "SIZE 1000"])
    );
    for bad in [
        &b"250-incomplete\r\n"[..],
        b"250 bare lf\n",
        b"ERROR\r\n",
        b"",
    ] {
        let out = run(&["parse"], bad, &[]);
        assert_eq!(out.status.code(), Some(1), "{bad:?}");
        let err = String::from_utf8(out.stderr).unwrap();
        assert_eq!(err.lines().count(), 1, "{err}");
        assert!(err.starts_with("smtp-codes: malformed reply"), "{err}");
    }
    // The strict error names the rule of RFC 5321's grammar.
    let out = run(&["parse"], b"299 hi\r\n", &[]);
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(
        err.contains("second digit must be 0 to 5 (RFC 5321 §4.2)"),
        "{err}"
    );
}

#[test]
fn parse_lenient_reads_what_real_servers_send() {
    // Bare LF, a second digit of 7, a long line and an unterminated last line.
    let long = format!("250-{}\n", "x".repeat(2000));
    let input = format!("571 denied\n{long}250 last");
    let out = run(&["parse", "--lenient", "--json"], input.as_bytes(), &[]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let replies = v.as_array().unwrap();
    assert_eq!(replies.len(), 2);
    assert_eq!(replies[0]["code"], 571);
    assert_eq!(replies[1]["lines"].as_array().unwrap().len(), 2);
    assert_eq!(replies[1]["lines"][1], "last");
    // Strict refuses the same input.
    assert_eq!(
        run(&["parse"], input.as_bytes(), &[]).status.code(),
        Some(1)
    );
}

#[test]
fn usage_errors_exit_2_and_output_has_no_colour_off_a_terminal() {
    let out = run(&["list", "--class", "7"], b"", &[]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("possible values"));
    let out = run(&["explain"], b"", &[]);
    assert_eq!(out.status.code(), Some(2));
    assert!(!stdout(&["explain", "550"]).contains('\x1b'));
}

#[test]
fn catalog_json_holds_everything_in_both_languages() {
    let v = json(&["catalog"], b"");
    let basic = v["basic_codes"].as_array().unwrap();
    assert_eq!(basic.len(), smtp_codes::catalog::basic_codes().len());
    assert_eq!(
        v["enhanced_codes"].as_array().unwrap().len(),
        smtp_codes::catalog::enhanced_codes().len()
    );
    assert_eq!(
        v["aliases"].as_array().unwrap().len(),
        smtp_codes::catalog::aliases().len()
    );
    for entry in basic {
        assert!(entry["description"]["es"]
            .as_str()
            .is_some_and(|s| !s.is_empty()));
    }
    assert_eq!(v["commands"][0]["command"], "CONNECT");
}

#[test]
fn bounce_reads_a_folder_of_real_bounces_one_line_per_recipient() {
    let dir = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../testdata/sisimai/maildir/bsd"
    );
    let out = run(&["bounce", "--json", dir], b"", &[]);
    assert!(out.status.success());
    let lines: Vec<serde_json::Value> = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    // Every file is read: one or more lines each, none an error.
    let files: std::collections::BTreeSet<&str> =
        lines.iter().filter_map(|l| l["file"].as_str()).collect();
    assert!(files.len() >= 629, "{} files", files.len());
    assert!(lines.iter().all(|l| l.get("error").is_none()));
    // A qmail report with two recipients: both addresses, in order, each with its verdict.
    let qmail: Vec<&serde_json::Value> = lines
        .iter()
        .filter(|l| l["file"].as_str().unwrap().ends_with("lhost-qmail-02.eml"))
        .collect();
    let recipients: Vec<&str> = qmail
        .iter()
        .map(|l| l["recipient"].as_str().unwrap())
        .collect();
    assert_eq!(
        recipients,
        ["userunknown@example.jp", "filtered@example.jp"]
    );
    assert_eq!(qmail[0]["reason"], "user_unknown");
    assert_eq!(qmail[0]["suppress"], true);
    // A Postfix DSN: its fields.
    let postfix = lines
        .iter()
        .find(|l| {
            l["file"]
                .as_str()
                .unwrap()
                .ends_with("lhost-postfix-01.eml")
        })
        .unwrap();
    assert_eq!(postfix["message_kind"], "dsn");
    assert_eq!(postfix["action"], "failed");
    assert!(postfix["dsn"].is_string() && postfix["reporting_mta"].is_string());
    // A feedback report and an auto-reply.
    let kind = |name: &str| {
        lines
            .iter()
            .find(|l| l["file"].as_str().unwrap().ends_with(name))
            .map(|l| l["message_kind"].clone())
    };
    assert_eq!(kind("arf-01.eml"), Some("feedback".into()));
    assert_eq!(kind("rfc3834-01.eml"), Some("auto_reply".into()));
}

#[test]
fn bounce_reads_mbox_and_standard_input_and_reports_unreadable_messages() {
    let one = std::fs::read(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../testdata/sisimai/maildir/bsd/lhost-qmail-01.eml"
    ))
    .unwrap();
    let mut mbox = b"From MAILER-DAEMON Mon Jan  1 00:00:00 2024\n".to_vec();
    mbox.extend_from_slice(&one);
    mbox.extend_from_slice(b"\nFrom MAILER-DAEMON Mon Jan  1 00:00:00 2024\n");
    mbox.extend_from_slice(&one);
    let out = run(&["bounce", "--json", "-"], &mbox, &[]);
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    let files: Vec<serde_json::Value> = text
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(files.len(), 2);
    assert_eq!(files[0]["file"], "-#1");
    assert_eq!(files[1]["recipient"], "kijitora@example.ne.jp");
    // Nothing readable: one error line per input, exit status 1.
    let out = run(&["bounce", "--json", "-", "/nonexistent/file"], b"", &[]);
    assert_eq!(out.status.code(), Some(1));
    let errors: Vec<serde_json::Value> = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(errors.len(), 2);
    assert!(errors
        .iter()
        .all(|e| e["error"].is_string() && e["file"].is_string()));
    // Human output, in Spanish.
    let out = run(&["bounce", "--lang", "es", "-"], &one, &[]);
    let human = String::from_utf8(out.stdout).unwrap();
    assert!(
        human.contains("rebote sin DSN") && human.contains("kijitora@example.ne.jp"),
        "{human}"
    );
}

/// The real logs of a private Postfix 3.7.11 and Exim 4.96 (`testdata/logs/`).
fn real_log(name: &str) -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../testdata/logs")
        .join(name)
}

fn json_lines(out: &Output) -> Vec<serde_json::Value> {
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

#[test]
fn logs_give_one_record_per_delivery_result_of_real_logs() {
    let postfix = real_log("postfix-3.7.11.log");
    let exim = real_log("exim-4.96.log");
    let out = run(
        &[
            "logs",
            "--json",
            "--year",
            "2026",
            postfix.to_str().unwrap(),
            exim.to_str().unwrap(),
        ],
        b"",
        &[],
    );
    assert!(out.status.success());
    let records = json_lines(&out);
    let fields = [
        "file",
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
    for r in &records {
        for f in fields {
            assert!(r.get(f).is_some(), "{f} missing in {r}");
        }
    }
    let find = |mta: &str, rcpt: &str, status: &str| {
        records
            .iter()
            .find(|r| r["mta"] == mta && r["recipient"] == rcpt && r["status"] == status)
            .unwrap_or_else(|| panic!("no {mta} {rcpt} {status}"))
    };
    let r = find("postfix", "unknown@sink.test", "bounced");
    assert_eq!(
        (r["code"].as_u64(), r["reason"].as_str()),
        (Some(550), Some("user_unknown"))
    );
    assert_eq!(r["suppress"], true);
    assert!(r["timestamp"].as_str().unwrap().starts_with("2026-12-01T"));
    assert_eq!(r["host"], "postfix-harness");
    assert_eq!(r["sender"], "sender@postfix-sender.test");
    let r = find("postfix", "grey@sink.test", "expired");
    assert_eq!(
        (r["bounce"].as_str(), r["retry"].as_bool()),
        (Some("soft"), Some(false))
    );
    let r = find("exim", "grey@sink.test", "deferred");
    assert_eq!(
        (r["reason"].as_str(), r["retry"].as_bool()),
        (Some("greylisted"), Some(true))
    );
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("other lines (not explained)"), "{stderr}");
}

#[test]
fn logs_summary_counts_by_status_reason_and_domain() {
    let postfix = real_log("postfix-3.7.11.log");
    let path = postfix.to_str().unwrap();
    let all = json_lines(&run(&["logs", "--json", path], b"", &[]));
    let summary = json(&["logs", "--summary", "--json", path], b"");
    let statuses = summary["statuses"].as_object().unwrap();
    let total: u64 = statuses.values().map(|v| v.as_u64().unwrap()).sum();
    assert_eq!(total, all.len() as u64);
    assert_eq!(summary["lines"]["records"].as_u64(), Some(all.len() as u64));
    let failures = all.iter().filter(|r| r["status"] != "sent").count() as u64;
    let by_reason: u64 = summary["reasons"]
        .as_object()
        .unwrap()
        .values()
        .map(|v| v.as_u64().unwrap())
        .sum();
    assert_eq!(by_reason, failures);
    let sink = summary["domains"]
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["domain"] == "sink.test")
        .unwrap();
    assert!(sink["deferred"].as_u64().unwrap() > 0 && sink["bounced"].as_u64().unwrap() > 0);
    assert!(!sink["top_reasons"].as_array().unwrap().is_empty());
    // The human table, in Spanish.
    let out = run(&["logs", "--summary", "--lang", "es", path], b"", &[]);
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.contains("Por estado") && text.contains("sink.test"),
        "{text}"
    );
}

#[test]
fn logs_read_gz_and_standard_input_and_survive_hostile_input() {
    use flate2::write::GzEncoder;
    let log = std::fs::read(real_log("postfix-3.7.11.log")).unwrap();
    let plain = json_lines(&run(&["logs", "--json", "-"], &log, &[]));
    let dir = std::env::temp_dir().join(format!("smtp-codes-logs-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let gz = dir.join("mail.log.1.gz");
    let mut enc = GzEncoder::new(Vec::new(), flate2::Compression::default());
    enc.write_all(&log).unwrap();
    let packed = enc.finish().unwrap();
    std::fs::write(&gz, &packed).unwrap();
    let from_gz = json_lines(&run(&["logs", "--json", gz.to_str().unwrap()], b"", &[]));
    assert_eq!(from_gz.len(), plain.len());
    // A .gz that ends early: what came before is read, the run goes on, exit 0.
    let cut = dir.join("cut.gz");
    std::fs::write(&cut, &packed[..packed.len() / 2]).unwrap();
    let out = run(
        &[
            "logs",
            "--json",
            cut.to_str().unwrap(),
            gz.to_str().unwrap(),
        ],
        b"",
        &[],
    );
    assert!(out.status.success());
    assert!(json_lines(&out).len() > plain.len());
    assert!(String::from_utf8_lossy(&out.stderr).contains("cut.gz"));
    // Binary garbage, a 1 MB line, invalid UTF-8 and a cut line around real lines.
    let mut hostile = Vec::new();
    hostile.extend_from_slice(&[0u8, 1, 2, 0xff, 0xfe, b'\n']);
    hostile.extend(std::iter::repeat_n(b'x', 1 << 20));
    hostile.push(b'\n');
    hostile.extend_from_slice(b"Dec  1 10:00:00 mx1 postfix/smtp[1]: 4Xyz1A2B3C: to=<a@\xff\xfe>, status=bounced (550 x)\n");
    hostile.extend_from_slice(&log);
    hostile.extend_from_slice(b"Dec  1 10:00:01 mx1 postfix/smtp[2113]: 4Xyz1A2B3C: to=<cut@exam");
    let out = run(&["logs", "--json"], &hostile, &[]);
    assert!(out.status.success());
    assert_eq!(json_lines(&out).len(), plain.len());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("3 skipped"), "{stderr}");
    // Nothing readable at all: exit status 1.
    let out = run(
        &["logs", dir.join("missing.log").to_str().unwrap()],
        b"",
        &[],
    );
    assert_eq!(out.status.code(), Some(1));
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn explain_a_pipelined_capture_reply_by_reply() {
    let capture = b"250 2.1.0 Ok\r\n550-5.1.1 No such user here\r\n550 5.1.1 Try another\r\n354 End data with <CR><LF>.<CR><LF>\r\n";
    let v = json(&["explain", "--json", "-"], capture);
    let each = v.as_array().expect("several replies give an array");
    assert_eq!(each.len(), 3);
    assert_eq!(each[1]["reason"], "user_unknown");
    assert_eq!(each[2]["code"], 354);
    // One reply: one object, as before.
    let v = json(
        &["explain", "--json", "-"],
        b"550-5.1.1 a\r\n550 5.1.1 b\r\n",
    );
    assert!(v.is_object());
}

#[test]
fn each_line_gives_no_verdict_to_log_lines_without_a_reply() {
    let log = std::fs::read(real_log("postfix-3.7.11.log")).unwrap();
    let out = run(&["explain", "--each-line", "--json"], &log, &[]);
    for v in json_lines(&out) {
        if v.get("error").is_none() {
            let input = v["input"].as_str().unwrap();
            assert!(
                input.contains("status=") || input.contains("reject:"),
                "verdict for {input}"
            );
        }
    }
}

/// The peak resident memory of a running child so far (`VmHWM`, in bytes), if it still runs.
fn peak_memory(pid: u32) -> Option<u64> {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
    let kb = status.lines().find_map(|l| l.strip_prefix("VmHWM:"))?;
    kb.trim()
        .trim_end_matches("kB")
        .trim()
        .parse::<u64>()
        .ok()
        .map(|k| k * 1024)
}

/// Runs `smtp-codes bounce --json path`; returns its output and its peak memory.
fn bounce_with_peak_memory(path: &std::path::Path) -> (String, u64) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_smtp-codes"))
        .args(["bounce", "--json"])
        .arg(path)
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    // The output is read on a thread, so that the child never waits on a full pipe.
    let mut stdout = child.stdout.take().unwrap();
    let reader = std::thread::spawn(move || {
        let mut s = String::new();
        std::io::Read::read_to_string(&mut stdout, &mut s).map(|_| s)
    });
    let (mut peak, start) = (0, std::time::Instant::now());
    let status = loop {
        if let Some(m) = peak_memory(child.id()) {
            peak = peak.max(m);
        }
        if let Some(status) = child.try_wait().unwrap() {
            break status;
        }
        if start.elapsed() > std::time::Duration::from_secs(60) {
            child.kill().unwrap();
            panic!("bounce over 80 MiB took over a minute");
        }
        std::thread::sleep(std::time::Duration::from_millis(2));
    };
    assert!(status.success());
    assert!(peak > 0, "the child's memory was never read");
    (reader.join().unwrap().unwrap(), peak)
}

#[test]
fn bounce_reads_a_folder_or_an_mbox_in_the_memory_of_one_message() {
    // 160 real bounces, each padded to 512 KiB after its MIME structure: 80 MiB in all, as
    // 160 files in a folder and as one mbox.
    let one = std::fs::read(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../testdata/sisimai/maildir/bsd/lhost-postfix-01.eml"
    ))
    .unwrap();
    let mut padded = one.clone();
    padded.push(b'\n');
    while padded.len() < 512 << 10 {
        padded.extend_from_slice(b"epilogue filler line, 0123456789 abcdefghijklmnopqrstuvwxyz\n");
    }
    let dir = std::env::temp_dir().join(format!("smtp-codes-folder-{}", std::process::id()));
    let folder = dir.join("folder");
    std::fs::create_dir_all(&folder).unwrap();
    let mut mbox = Vec::new();
    for i in 0..160 {
        std::fs::write(folder.join(format!("{i:03}.eml")), &padded).unwrap();
        mbox.extend_from_slice(b"From MAILER-DAEMON Mon Jan  1 00:00:00 2024\n");
        mbox.extend_from_slice(&padded);
        mbox.push(b'\n');
    }
    std::fs::write(dir.join("bounces.mbox"), &mbox).unwrap();
    drop(mbox);
    let runs = [folder.clone(), dir.join("bounces.mbox")].map(|p| bounce_with_peak_memory(&p));
    std::fs::remove_dir_all(&dir).unwrap();
    for (what, (lines, peak)) in ["a folder", "an mbox"].iter().zip(runs) {
        assert_eq!(lines.lines().count(), 160, "{what}: one record per message");
        assert!(
            peak < 40 << 20,
            "{what}: peak memory {} MiB for 80 MiB of messages: held, not streamed",
            peak >> 20
        );
    }
}
