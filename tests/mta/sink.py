"""A receiving SMTP server on loopback that answers what each test recipient asks for.

The reply is chosen by the recipient's local part (see REPLIES). Mail to the
local part "sender" is accepted and saved: those are the bounces (DSNs) the
MTAs under test send back to the test sender, one file per message, raw bytes
as received (CRLF, dot-stuffing undone).

Runs its own asyncio loop in a background thread; `python3 sink.py PORT DIR`
runs it alone in the foreground, for trying things by hand.
"""

from __future__ import annotations

import asyncio
import re
import sys
import threading
import time
from pathlib import Path

# local part -> (reply to RCPT, reply to the end of DATA or None for 250).
# `{addr}` is the recipient as given in RCPT TO.
REPLIES: dict[str, tuple[str, str | None]] = {
    "ok": ("250 2.1.5 Ok", None),
    "sender": ("250 2.1.5 Ok", None),
    # Postfix's notices to the postmaster: accepted, not saved.
    "postmaster": ("250 2.1.5 Ok", None),
    "unknown": ("550 5.1.1 <{addr}>: Recipient address rejected: "
                "User unknown in virtual mailbox table", None),
    "full": ("552 5.2.2 Mailbox full, over quota", None),
    "spam": ("250 2.1.5 Ok", "554 5.7.1 Message rejected as spam"),
    "relay": ("554 5.7.1 <{addr}>: Relay access denied", None),
    "grey": ("450 4.7.1 <{addr}>: Recipient address rejected: "
             "Greylisted, try again later", None),
}
UNLISTED = "550 5.1.1 <{addr}>: no such test recipient at this sink"
HOSTNAME = "sink.test"
MAX_LINE = 64 * 1024
IDLE_TIMEOUT = 60


def _address(arg: str) -> str:
    """The address inside <...> of a MAIL FROM / RCPT TO argument."""
    m = re.search(r"<([^>]*)>", arg)
    return m.group(1) if m else arg.split(":", 1)[-1].strip().split(" ")[0]


class Sink:
    """The server; `save_dirs` maps the domain of a "sender@" recipient to a folder."""

    def __init__(self, port: int, save_dirs: dict[str, Path], transcript: Path):
        self.port = port
        self.save_dirs = save_dirs
        self.transcript = transcript
        self.saved: list[dict] = []
        self._lock = threading.Lock()
        self._loop: asyncio.AbstractEventLoop | None = None
        self._server: asyncio.base_events.Server | None = None
        self._thread: threading.Thread | None = None
        self._queue_no = 0

    # -- running ---------------------------------------------------------
    def start(self) -> None:
        ready = threading.Event()
        errors: list[BaseException] = []

        def main() -> None:
            self._loop = asyncio.new_event_loop()
            try:
                self._server = self._loop.run_until_complete(asyncio.start_server(
                    self._session, "127.0.0.1", self.port, limit=MAX_LINE))
            except BaseException as exc:  # reported to the starting thread
                errors.append(exc)
                ready.set()
                return
            ready.set()
            self._loop.run_forever()
            self._server.close()
            self._loop.run_until_complete(self._server.wait_closed())
            self._loop.close()

        self._thread = threading.Thread(target=main, name="smtp-sink", daemon=True)
        self._thread.start()
        if not ready.wait(10) or errors:
            raise RuntimeError(f"sink did not start on 127.0.0.1:{self.port}: {errors}")

    def stop(self) -> None:
        if self._loop is not None and self._loop.is_running():
            self._loop.call_soon_threadsafe(self._loop.stop)
        if self._thread is not None:
            self._thread.join(10)

    def saved_for(self, domain: str) -> list[dict]:
        with self._lock:
            return [s for s in self.saved if s["domain"] == domain]

    # -- the protocol ----------------------------------------------------
    def _note(self, peer: str, text: str) -> None:
        stamp = time.strftime("%H:%M:%S")
        with self._lock, self.transcript.open("a") as f:
            f.write(f"{stamp} {peer} {text}\n")

    async def _session(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        peer = "%s:%s" % writer.get_extra_info("peername")[:2]

        async def say(line: str) -> None:
            self._note(peer, "S: " + line)
            writer.write(line.encode() + b"\r\n")
            await writer.drain()

        mail_from: str | None = None
        rcpts: list[str] = []
        try:
            await say(f"220 {HOSTNAME} ESMTP test sink")
            while True:
                raw = await asyncio.wait_for(reader.readline(), IDLE_TIMEOUT)
                if not raw:
                    return
                line = raw.decode("utf-8", "replace").rstrip("\r\n")
                self._note(peer, "C: " + line)
                verb = line[:4].upper()
                if verb == "EHLO":
                    for ext in (f"250-{HOSTNAME}", "250-8BITMIME", "250-ENHANCEDSTATUSCODES",
                                "250 SIZE 10240000"):
                        await say(ext)
                elif verb == "HELO":
                    await say(f"250 {HOSTNAME}")
                elif verb == "MAIL":
                    mail_from, rcpts = _address(line[5:]), []
                    await say("250 2.1.0 Ok")
                elif verb == "RCPT":
                    addr = _address(line[3:])
                    reply = self._rcpt_reply(addr)
                    if reply.startswith("250"):
                        rcpts.append(addr)
                    await say(reply)
                elif verb == "DATA":
                    if mail_from is None or not rcpts:
                        await say("554 5.5.1 Error: no valid recipients")
                        continue
                    await say("354 End data with <CR><LF>.<CR><LF>")
                    body = await self._read_data(reader)
                    await say(self._data_reply(peer, mail_from, rcpts, body))
                    mail_from, rcpts = None, []
                elif verb == "RSET":
                    mail_from, rcpts = None, []
                    await say("250 2.0.0 Ok")
                elif verb == "NOOP":
                    await say("250 2.0.0 Ok")
                elif verb == "QUIT":
                    await say("221 2.0.0 Bye")
                    return
                else:
                    await say("502 5.5.2 Error: command not recognized")
        except (asyncio.TimeoutError, ConnectionError, asyncio.LimitOverrunError, ValueError):
            return
        finally:
            writer.close()

    @staticmethod
    async def _read_data(reader: asyncio.StreamReader) -> bytes:
        lines = []
        while True:
            raw = await asyncio.wait_for(reader.readline(), IDLE_TIMEOUT)
            if not raw:
                raise ConnectionError("client went away during DATA")
            if raw in (b".\r\n", b".\n"):
                return b"".join(lines)
            lines.append(raw[1:] if raw.startswith(b".") else raw)

    @staticmethod
    def _rcpt_reply(addr: str) -> str:
        local = addr.rsplit("@", 1)[0].lower()
        rcpt_reply, _ = REPLIES.get(local, (UNLISTED, None))
        return rcpt_reply.format(addr=addr)

    def _data_reply(self, peer: str, mail_from: str, rcpts: list[str], body: bytes) -> str:
        for addr in rcpts:
            _, data_reply = REPLIES.get(addr.rsplit("@", 1)[0].lower(), (None, None))
            if data_reply:
                return data_reply.format(addr=addr)
        with self._lock:
            self._queue_no += 1
            queue_id = f"SINK{self._queue_no:05d}"
        for addr in rcpts:
            local, _, domain = addr.rpartition("@")
            folder = self.save_dirs.get(domain.lower())
            if local.lower() == "sender" and folder is not None:
                self._save(folder, domain.lower(), mail_from, rcpts, body, queue_id)
                break
        return f"250 2.0.0 Ok: queued as {queue_id}"

    def _save(self, folder: Path, domain: str, mail_from: str, rcpts: list[str],
              body: bytes, queue_id: str) -> None:
        """One file per message: the raw bytes only, so every file is a message."""
        folder.mkdir(parents=True, exist_ok=True)
        with self._lock:
            number = len([s for s in self.saved if s["domain"] == domain]) + 1
            path = folder / f"{number:02d}.eml"
            path.write_bytes(body)
            self.saved.append({"path": path, "mail_from": mail_from, "rcpt_to": rcpts,
                               "sink_queue_id": queue_id, "domain": domain})

if __name__ == "__main__":
    port, folder = int(sys.argv[1]), Path(sys.argv[2])
    sink = Sink(port, {"postfix-sender.test": folder, "exim-sender.test": folder},
                folder / "sink.log")
    folder.mkdir(parents=True, exist_ok=True)
    sink.start()
    print(f"sink on 127.0.0.1:{port}, saving to {folder}; Ctrl-C stops it")
    try:
        while True:
            time.sleep(3600)
    except KeyboardInterrupt:
        sink.stop()
