"""Small helpers shared by the harness: commands, ports, bounded waits, pids."""

from __future__ import annotations

import os
import shlex
import signal
import smtplib
import socket
import subprocess
import sys
import time
from pathlib import Path
from typing import Callable, TypeVar

T = TypeVar("T")


class HarnessError(RuntimeError):
    """A failure of the harness itself, with a message meant for a person."""


def log(msg: str) -> None:
    print(f"[mta] {msg}", file=sys.stderr, flush=True)


def run(cmd: list, *, timeout: float = 120, check: bool = True,
        env: dict[str, str] | None = None, cwd: str | Path | None = None,
        quiet: bool = False, input_text: str | None = None) -> subprocess.CompletedProcess:
    """Run a command with a time limit; its output is captured and shown on failure."""
    cmd = [str(c) for c in cmd]
    if not quiet:
        log("$ " + shlex.join(cmd))
    full_env = dict(os.environ, **(env or {}))
    try:
        proc = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout,
                              env=full_env, cwd=cwd, input=input_text,
                              stdin=None if input_text is not None else subprocess.DEVNULL)
    except subprocess.TimeoutExpired as exc:
        raise HarnessError(f"timed out after {timeout}s: {shlex.join(cmd)}") from exc
    if check and proc.returncode != 0:
        raise HarnessError(
            f"command failed ({proc.returncode}): {shlex.join(cmd)}\n"
            f"--- stdout\n{proc.stdout[-4000:]}\n--- stderr\n{proc.stderr[-4000:]}")
    return proc


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def reserve_closed_port() -> tuple[socket.socket, int]:
    """A port that refuses connections for as long as the returned socket lives.

    A bound socket that never listens makes the kernel answer SYN with RST
    ("Connection refused"), and keeps any other program from taking the port.
    """
    s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    s.bind(("127.0.0.1", 0))
    return s, s.getsockname()[1]


def wait_for(what: str, predicate: Callable[[], T], timeout: float,
             interval: float = 0.5, tick: Callable[[], None] | None = None) -> T:
    """Poll `predicate` until it returns something truthy, for at most `timeout` s.

    `tick` (e.g. a queue flush) runs between polls.
    """
    deadline = time.monotonic() + timeout
    while True:
        result = predicate()
        if result:
            return result
        if time.monotonic() >= deadline:
            raise HarnessError(f"timed out after {timeout:.0f}s waiting for {what}")
        if tick is not None:
            tick()
        time.sleep(interval)


def wait_smtp(port: int, timeout: float = 20) -> None:
    """Wait for an SMTP greeting, and leave with QUIT (a clean line in the log)."""
    def greets() -> bool:
        try:
            with smtplib.SMTP("127.0.0.1", port, timeout=2) as client:
                return client.noop()[0] == 250
        except (OSError, smtplib.SMTPException):
            return False
    wait_for(f"an SMTP greeting on 127.0.0.1:{port}", greets, timeout, interval=0.2)


def read_text(path: Path) -> str:
    try:
        return path.read_text(errors="replace")
    except FileNotFoundError:
        return ""


def read_pid(path: Path) -> int | None:
    try:
        return int(path.read_text().split()[0])
    except (OSError, ValueError, IndexError):
        return None


def pid_alive(pid: int) -> bool:
    """True while the process runs; a zombie counts as gone (and is reaped if ours)."""
    try:
        if os.waitpid(pid, os.WNOHANG)[0] == pid:
            return False
    except ChildProcessError:
        pass
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (OSError, IndexError):
        return False
    return state != "Z"


def kill_pid(pid: int, what: str, grace: float = 5) -> None:
    """SIGTERM one process by its id, then SIGKILL it if it outlives `grace` s."""
    if not pid_alive(pid):
        return
    log(f"stopping {what} (pid {pid})")
    try:
        os.kill(pid, signal.SIGTERM)
        deadline = time.monotonic() + grace
        while time.monotonic() < deadline:
            if not pid_alive(pid):
                return
            time.sleep(0.1)
        log(f"{what} (pid {pid}) ignored SIGTERM; SIGKILL")
        os.kill(pid, signal.SIGKILL)
    except ProcessLookupError:
        pass


def pids_mentioning(marker: str) -> list[int]:
    """Processes whose command line or environment names `marker` (our work folder).

    Exim's children carry `-C <work>/exim.conf`; Postfix's daemons inherit
    MAIL_CONFIG=<work>/postfix/conf. Nothing else on the machine names that folder.
    """
    found = []
    needle = marker.encode()
    for proc in Path("/proc").iterdir():
        if not proc.name.isdigit() or int(proc.name) == os.getpid():
            continue
        for name in ("cmdline", "environ"):
            try:
                if needle in (proc / name).read_bytes():
                    found.append(int(proc.name))
                    break
            except OSError:
                continue
    return found


def stop_leftovers(marker: str) -> None:
    """Stop, one pid at a time, whatever our daemons left running."""
    for pid in pids_mentioning(marker):
        if pid_alive(pid):
            kill_pid(pid, f"leftover process {Path(f'/proc/{pid}/comm').read_text().strip()}"
                     if Path(f"/proc/{pid}/comm").exists() else "leftover process", grace=3)


def become_subreaper() -> None:
    """Adopt our daemons' orphans (PR_SET_CHILD_SUBREAPER), so that a child an
    Exim or Postfix process leaves behind is reaped here, not left a zombie
    under an init that may not reap."""
    import ctypes
    try:
        ctypes.CDLL(None, use_errno=True).prctl(36, 1, 0, 0, 0)  # PR_SET_CHILD_SUBREAPER
    except (OSError, AttributeError):
        pass


def reap_children(timeout: float = 5) -> None:
    """Collect every exited child; give running ones up to `timeout` s to end."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            pid, _ = os.waitpid(-1, os.WNOHANG)
        except ChildProcessError:
            return
        if pid == 0:
            time.sleep(0.1)
