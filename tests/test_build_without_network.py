"""The build needs no network: the strict build passes in a network namespace that has no way out."""

import shutil
import subprocess
from pathlib import Path

import pytest
from sitebuild import build

NO_NETWORK = ["unshare", "--net"]


def can_take_the_network_away() -> bool:
    return (
        shutil.which("unshare") is not None
        and subprocess.run([*NO_NETWORK, "true"], capture_output=True).returncode == 0
    )


@pytest.mark.skipif(not can_take_the_network_away(), reason="`unshare --net` needs root, as in CI")
def test_the_strict_build_needs_no_network(tmp_path: Path):
    result = build(tmp_path / "site", wrapper=NO_NETWORK)
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "site" / "index.html").is_file()
