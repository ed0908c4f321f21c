//! `cargo xtask install-c --prefix DIR`: builds the C library in release mode and installs
//! `include/smtp_codes.h`, `lib/libsmtp_codes.a`, `lib/libsmtp_codes.so*` (with its soname
//! link) and `lib/pkgconfig/smtp_codes.pc`, the layout cargo-c uses.

use std::path::Path;
use std::process::Command;

/// Libraries a static link needs besides libsmtp_codes.a: what Rust's standard library uses
/// on Linux (from `rustc --print native-static-libs`).
const STATIC_LIBS: &str = "-lgcc_s -lutil -lrt -lpthread -lm -ldl -lc";

pub fn install(root: &Path, prefix: &Path) -> Result<(), String> {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    println!("xtask: building the C library (release)");
    let status = Command::new(&cargo)
        .args(["build", "--release", "--quiet", "-p", "smtp-codes-c"])
        .current_dir(root)
        .status()
        .map_err(|e| format!("cannot run cargo: {e}"))?;
    if !status.success() {
        return Err("building smtp-codes-c failed".into());
    }
    let version = env!("CARGO_PKG_VERSION");
    let major = version.split('.').next().unwrap_or("0");
    let prefix = std::path::absolute(prefix).map_err(|e| format!("{}: {e}", prefix.display()))?;
    let (include, lib) = (prefix.join("include"), prefix.join("lib"));
    let pkgconfig = lib.join("pkgconfig");
    for dir in [&include, &lib, &pkgconfig] {
        std::fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    }
    let copy = |from: &Path, to: &Path| {
        std::fs::copy(from, to)
            .map(drop)
            .map_err(|e| format!("{} -> {}: {e}", from.display(), to.display()))
    };
    let built = root.join("target/release");
    copy(
        &root.join("bindings/c/include/smtp_codes.h"),
        &include.join("smtp_codes.h"),
    )?;
    copy(&built.join("libsmtp_codes.a"), &lib.join("libsmtp_codes.a"))?;
    let real = format!("libsmtp_codes.so.{version}");
    copy(&built.join("libsmtp_codes.so"), &lib.join(&real))?;
    for link in [
        format!("libsmtp_codes.so.{major}"),
        "libsmtp_codes.so".to_string(),
    ] {
        let path = lib.join(&link);
        let _ = std::fs::remove_file(&path);
        std::os::unix::fs::symlink(&real, &path).map_err(|e| format!("{}: {e}", path.display()))?;
    }
    let pc = format!(
        "prefix={}\nexec_prefix=${{prefix}}\nlibdir=${{exec_prefix}}/lib\nincludedir=${{prefix}}/include\n\n\
         Name: smtp_codes\nDescription: The SMTP reply-code catalog: basic and enhanced status codes, reply parsing and formatting\n\
         Version: {version}\nLibs: -L${{libdir}} -lsmtp_codes\nLibs.private: {STATIC_LIBS}\nCflags: -I${{includedir}}\n",
        prefix.display()
    );
    std::fs::write(pkgconfig.join("smtp_codes.pc"), pc).map_err(|e| e.to_string())?;
    println!(
        "xtask: installed smtp_codes {version} into {}",
        prefix.display()
    );
    Ok(())
}
