"""Runs the independent verifier in tests/ob3_verifier/ (Digital Bazaar's libraries under Node),
installing its npm packages from the committed package-lock.json first if they are missing.
Without Node and npm the tests are skipped, unless E2E_REQUIRED=1 (CI sets it): then they fail."""

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest

FOLDER = Path(__file__).resolve().parent.parent / "ob3_verifier"


def _require(program: str) -> str:
    found = shutil.which(program)
    if found:
        return found
    message = f"{program} is missing: install Node.js 20 or newer with npm"
    if os.environ.get("E2E_REQUIRED") == "1":
        pytest.fail(message)
    pytest.skip(message)


def install() -> str:
    """The node program, with the verifier's packages installed."""
    node = _require("node")
    if not (FOLDER / "node_modules").is_dir():
        npm = _require("npm")
        subprocess.run(  # noqa: S603 - a fixed command
            [npm, "ci", "--no-audit", "--no-fund"],
            cwd=FOLDER,
            check=True,
            capture_output=True,
            timeout=600,
        )
    return node


def verify(node: str, credential: dict, did_document: dict, status_lists: dict) -> dict:
    """{verified, errors, schemaErrors} from the independent verifier."""
    given = {"credential": credential, "didDocument": did_document, "statusLists": status_lists}
    finished = subprocess.run(  # noqa: S603 - a fixed command
        [node, "verify.mjs"],
        cwd=FOLDER,
        input=json.dumps(given),
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    )
    return json.loads(finished.stdout)
