"""Paths the tests share: the repository, its fixtures, the shared samples and the CLI."""

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]
FIXTURES = ROOT / "tests" / "fixtures"
# The five shared sample articles live beside the checkout (../shared), as the README says.
SAMPLES = Path(os.environ.get("GLEANER_SHARED", ROOT.parent / "shared")) / "samples"


@pytest.fixture(scope="session")
def gleaner_bin() -> Path:
    """The release CLI. scripts/python.sh sets GLEANER_BIN, so there a missing binary fails."""
    given = os.environ.get("GLEANER_BIN")
    path = Path(given) if given else ROOT / "target" / "release" / "gleaner"
    if not path.is_file():
        if given:
            pytest.fail(f"GLEANER_BIN={given} does not exist")
        pytest.skip(f"{path} is missing: build it with `cargo build --release -p gleaner-cli`")
    return path


@pytest.fixture(scope="session")
def samples() -> list[Path]:
    files = sorted(SAMPLES.glob("*.txt"))
    if not files:
        pytest.skip(f"no sample articles at {SAMPLES} (the shared data is not beside this checkout)")
    return files


def fixture_texts() -> dict[str, str]:
    """The committed articles: en, de, es, and the French and Italian language-id lines."""
    paths = [*sorted(FIXTURES.glob("*-article.txt")), *sorted((FIXTURES / "langid").glob("*.txt"))]
    assert paths, f"no fixtures under {FIXTURES}"
    return {p.name: p.read_text(encoding="utf-8") for p in paths}


@pytest.fixture(scope="session")
def fixtures() -> dict[str, str]:
    return fixture_texts()
