import os
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]


@pytest.fixture(scope="session")
def cli_catalog_json() -> bytes:
    """The `smtp-codes catalog` JSON: from $SMTP_CODES_CLI, else built with cargo."""
    cli = os.environ.get("SMTP_CODES_CLI")
    if cli:
        cmd = [cli, "catalog"]
    else:
        cargo = shutil.which("cargo")
        assert cargo, "set SMTP_CODES_CLI or install cargo"
        cmd = [cargo, "run", "-q", "-p", "smtp-codes-cli", "--", "catalog"]
    return subprocess.run(cmd, cwd=ROOT, check=True, capture_output=True).stdout
