#!/usr/bin/env bash
# The Spark example's test: makes target/spark-venv when it is missing or its pins changed
# (PySpark, pyarrow, pandas, numpy, pytest from PyPI), installs smtp_codes into it (the
# wheel $SMTP_CODES_WHEEL, else built from ./bindings/python), a Java runtime when there
# is none (Debian's openjdk-17-jre-headless), then runs test_bounces.py with pytest.
# Arguments go to pytest. Everything is bounded in time; Spark listens on loopback only.
#
#   SMTP_CODES_WHEEL=target/wheels/smtp_codes-*.whl SMTP_CODES_CLI=target/debug/smtp-codes \
#       examples/spark/run_test.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$PWD
VENV=$ROOT/target/spark-venv

# PySpark 3.5.9: the newest 3.5 release, which runs on Java 17 (3.5 supports Java 8, 11
# and 17). Its Arrow UDFs need pandas and pyarrow, and it wants numpy < 2; pyarrow 25 is
# the last to work with numpy 1.x (26 needs numpy 2), pandas 2.3 the last before pandas 3.
PINS="pyspark==3.5.9 pyarrow==25.0.1 pandas==2.3.3 numpy==1.26.4 pytest==9.2.0"

say() { echo "run_test.sh: $*" >&2; }

if ! command -v java >/dev/null 2>&1; then
    say "no java: installing openjdk-17-jre-headless"
    export DEBIAN_FRONTEND=noninteractive
    timeout 600 apt-get update -q
    timeout 900 apt-get install -y -q --no-install-recommends openjdk-17-jre-headless
fi
java -version 2>&1 | head -1 >&2

if [[ ! -x $VENV/bin/python || "$(cat "$VENV/.pins" 2>/dev/null)" != "$PINS" ]]; then
    say "making $VENV ($PINS)"
    timeout 300 python3 -m venv --clear "$VENV"
    # shellcheck disable=SC2086 # the pins are words
    timeout 1200 "$VENV/bin/pip" install -q --disable-pip-version-check $PINS
    echo "$PINS" >"$VENV/.pins"
fi

if [[ -n ${SMTP_CODES_WHEEL:-} ]]; then
    say "installing $SMTP_CODES_WHEEL"
    timeout 300 "$VENV/bin/pip" install -q --disable-pip-version-check --force-reinstall \
        --no-deps "$SMTP_CODES_WHEEL"
else
    say "building and installing ./bindings/python"
    timeout 1800 "$VENV/bin/pip" install -q --disable-pip-version-check --force-reinstall \
        --no-deps ./bindings/python
fi
"$VENV/bin/python" -c "import smtp_codes; smtp_codes.read_log_arrow; smtp_codes.explain_arrow"

export SPARK_LOCAL_IP=127.0.0.1
export PYSPARK_PYTHON=$VENV/bin/python
unset PYSPARK_DRIVER_PYTHON
# No .pytest_cache or __pycache__ beside the example.
export PYTHONDONTWRITEBYTECODE=1
exec timeout 2400 "$VENV/bin/python" -m pytest -p no:cacheprovider -s -v \
    examples/spark/test_bounces.py "$@"
