"""Run the atheris fuzz target for a short, bounded time (skipped when atheris is not installed).

``NEWSDOC_FUZZ_SECONDS`` sets the budget (default 30; 0 skips).  A crash, a hang
longer than 20 s on one input, or a broken invariant makes libFuzzer exit non-zero;
the failing input is written under the test's temporary directory.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
TARGET = ROOT / "fuzz" / "fuzz_parse.py"
SEEDS = ROOT / "fuzz" / "seeds"


@pytest.mark.slow
def test_fuzz_target_runs_clean(tmp_path: Path) -> None:
    pytest.importorskip("atheris")
    seconds = int(os.environ.get("NEWSDOC_FUZZ_SECONDS", "30"))
    if seconds <= 0:
        pytest.skip("NEWSDOC_FUZZ_SECONDS=0")
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    seeds = tmp_path / "seeds"
    shutil.copytree(SEEDS, seeds)
    seed_article = ROOT / "seeds" / "000_3bedf8df8d3eabc6.txt"
    if seed_article.exists():
        (seeds / "seed-article.txt").write_bytes(b"0" + seed_article.read_bytes())
    env = dict(os.environ, PYTHONPATH=str(ROOT / "src") + os.pathsep + os.environ.get("PYTHONPATH", ""))
    command = [
        sys.executable,
        str(TARGET),
        f"-max_total_time={seconds}",
        "-timeout=20",
        "-rss_limit_mb=2048",
        "-max_len=8192",
        f"-artifact_prefix={tmp_path}/",
        str(corpus),
        str(seeds),
    ]
    result = subprocess.run(
        command, capture_output=True, text=True, env=env, timeout=seconds + 300, cwd=tmp_path
    )
    output = result.stdout + result.stderr
    assert result.returncode == 0, output[-4000:]
    done = re.search(r"Done (\d+) runs", output)
    assert done is not None and int(done[1]) > 0, output[-2000:]
