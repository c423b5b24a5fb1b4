"""Running `clinic-kiosk` commands in-process, as an administrator types them."""

from __future__ import annotations

import pytest

from kiosk.cli.main import main
from kiosk.setup.logs import stop_logging
from kiosk.store import models


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    """The exit code, standard output and standard error of one command."""
    try:
        code = main(list(args))
    finally:
        stop_logging()
        if models.database.obj is not None:
            models.database.close()
    out, err = capsys.readouterr()
    return code, out, err
