"""Bring in the MTAs the harness drives, without letting any of them start as a service.

Postfix comes from Debian's package (it needs its users, groups and set-gid
postdrop, which only the package's scripts create). Exim cannot be installed
beside Postfix (both provide mail-transport-agent), so its packages are only
downloaded and unpacked with `dpkg -x` into a private tree under the cache;
the libraries its binary links against are ordinary packages and get installed.
"""

from __future__ import annotations

import contextlib
import os
import pwd
import re
from pathlib import Path

from util import HarnessError, log, run

REPO = Path(__file__).resolve().parents[2]
EXIM_USER = "Debian-exim"
EXIM_PACKAGES = ["exim4-daemon-light", "exim4-base", "exim4-config"]
POLICY_RC_D = Path("/usr/sbin/policy-rc.d")
APT_ENV = {"DEBIAN_FRONTEND": "noninteractive", "APT_LISTCHANGES_FRONTEND": "none"}

_apt_updated = False


def cache_dir() -> Path:
    """Where downloads and the unpacked Exim tree live between runs."""
    path = Path(os.environ.get("SMTP_CODES_MTA_CACHE") or REPO / "target" / "mta-cache")
    path = path if path.is_absolute() else REPO / path
    path.mkdir(parents=True, exist_ok=True)
    return path


def _apt(args: list[str], **kw) -> None:
    """apt-get with no questions; on a failure, refresh the lists once and retry.

    A fresh image often has no package lists at all, and an old list names
    versions the mirror no longer has: both are cured by one `apt-get update`.
    """
    global _apt_updated
    cmd = ["apt-get", "-q", "-y", "-o", "Dpkg::Options::=--force-confdef",
           "-o", "Dpkg::Options::=--force-confold", *args]
    proc = run(cmd, env=APT_ENV, timeout=600, check=False, **kw)
    if proc.returncode == 0:
        return
    if not _apt_updated:
        _apt_updated = True
        run(["apt-get", "-q", "update"], env=APT_ENV, timeout=300)
        proc = run(cmd, env=APT_ENV, timeout=600, check=False, **kw)
        if proc.returncode == 0:
            return
    raise HarnessError(f"apt-get {' '.join(args)} failed:\n{proc.stdout[-3000:]}\n{proc.stderr[-3000:]}")


def missing_packages(names: list[str]) -> list[str]:
    """The subset of `names` that dpkg does not report as installed."""
    missing = []
    for name in names:
        proc = run(["dpkg-query", "-W", "-f=${Status}", name], check=False, quiet=True)
        if proc.returncode != 0 or "install ok installed" not in proc.stdout:
            missing.append(name)
    return missing


@contextlib.contextmanager
def services_blocked():
    """Make invoke-rc.d refuse to start anything (exit 101) while packages install.

    An existing policy-rc.d (whatever it says) is moved aside and moved back
    afterwards, untouched; ours is removed.
    """
    backup = POLICY_RC_D.with_name(POLICY_RC_D.name + ".smtp-codes-harness")
    had_one = POLICY_RC_D.exists() or POLICY_RC_D.is_symlink()
    if had_one:
        os.replace(POLICY_RC_D, backup)
    try:
        POLICY_RC_D.write_text("#!/bin/sh\n# tests/mta/run.py: no service starts during "
                               "this apt-get run\nexit 101\n")
        POLICY_RC_D.chmod(0o755)
        yield
    finally:
        if had_one:
            os.replace(backup, POLICY_RC_D)
        else:
            POLICY_RC_D.unlink(missing_ok=True)


def ensure_postfix() -> None:
    if not missing_packages(["postfix"]):
        log("postfix is installed")
        return
    # "No configuration": the package leaves /etc/postfix without a main.cf
    # of its own making, so nothing here looks like a configured system MTA.
    selections = ("postfix postfix/main_mailer_type select No configuration\n"
                  "postfix postfix/mailname string mta-harness.invalid\n")
    run(["debconf-set-selections"], input_text=selections, timeout=60)
    with services_blocked():
        _apt(["install", "--no-install-recommends", "postfix"])


def _newest(pattern: str, folder: Path) -> Path | None:
    found = sorted(folder.glob(pattern), key=lambda p: p.stat().st_mtime)
    return found[-1] if found else None


def _download_exim_debs(debs: Path) -> list[Path]:
    debs.mkdir(parents=True, exist_ok=True)
    wanted = [p for p in EXIM_PACKAGES if _newest(f"{p}_*.deb", debs) is None]
    if wanted:
        _apt(["download", *wanted], cwd=debs)
    return [_newest(f"{p}_*.deb", debs) for p in EXIM_PACKAGES]


def _library_depends(deb: Path) -> list[str]:
    """Library package names from a .deb's Depends (first of each alternative)."""
    field = run(["dpkg-deb", "-f", deb, "Depends"], quiet=True).stdout
    names = []
    for clause in field.split(","):
        name = re.split(r"[\s(|:]", clause.strip(), maxsplit=1)[0]
        if name.startswith("lib"):
            names.append(name)
    return names


def ensure_exim() -> tuple[Path, str]:
    """Unpack Exim into the cache once; return (path of the binary, package version)."""
    root = cache_dir()
    tree = root / "exim-root"
    binary = tree / "usr" / "sbin" / "exim4"
    debs = _download_exim_debs(root / "debs")
    version = run(["dpkg-deb", "-f", debs[0], "Version"], quiet=True).stdout.strip()
    stamp = tree / ".unpacked"
    if binary.exists() and stamp.exists() and stamp.read_text().strip() == version:
        log(f"exim {version} is unpacked in {tree}")
    else:
        for deb in debs:
            run(["dpkg", "-x", deb, tree])
        stamp.write_text(version + "\n")
    missing = missing_packages(_library_depends(debs[0]))
    if missing:
        with services_blocked():
            _apt(["install", "--no-install-recommends", *missing])
    ldd = run(["ldd", binary], quiet=True).stdout
    if "not found" in ldd:
        raise HarnessError(f"exim still lacks libraries:\n{ldd}")
    return binary, version


def ensure_exim_user() -> None:
    """Debian's exim4 has its user compiled in by name ("Debian-exim") and looks
    it up before reading any configuration; without the package's postinst,
    nobody creates it. A system user with no home and no shell, as the package
    would make."""
    try:
        pwd.getpwnam(EXIM_USER)
        return
    except KeyError:
        pass
    run(["useradd", "--system", "--user-group", "--no-create-home",
         "--home-dir", "/nonexistent", "--shell", "/usr/sbin/nologin", EXIM_USER])
