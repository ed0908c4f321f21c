"""The generated stubs: mypy --strict accepts a sample program, stubtest finds no mismatch."""

import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def run(*args):
    return subprocess.run([sys.executable, "-m", *args], capture_output=True, text=True, cwd=HERE)


def test_mypy_strict_accepts_the_sample():
    out = run("mypy", "--strict", "--no-incremental", str(HERE / "typed_sample.py"))
    assert out.returncode == 0, out.stdout + out.stderr


def test_mypy_strict_rejects_a_wrong_member():
    bad = HERE / "_bad_sample.py"
    bad.write_text("from smtp_codes import ReplyCode\nx: str = ReplyCode.NO_SUCH_MEMBER.phrase\n")
    try:
        out = run("mypy", "--strict", "--no-incremental", str(bad))
    finally:
        bad.unlink()
    assert out.returncode != 0 and "NO_SUCH_MEMBER" in out.stdout


def test_stubtest_finds_no_mismatch():
    out = run("mypy.stubtest", "smtp_codes")
    assert out.returncode == 0, out.stdout + out.stderr


def test_the_package_ships_py_typed_and_stubs():
    import smtp_codes

    package = Path(smtp_codes.__file__).parent
    assert (package / "py.typed").exists() and (package / "__init__.pyi").exists()
