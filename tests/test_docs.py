"""Docs cannot drift: the README documents every command, CI runs the README's test command, and the
doctest examples in the library run. (Import directions are checked by tests/test_layering.py.)"""

from __future__ import annotations

import doctest
import importlib
import pkgutil
import re

import pytest
import typer.main

from kg.cli import app
from tests.conftest import REPO

README = (REPO / "README.md").read_text(encoding="utf-8")
CI = (REPO / ".ci" / "run").read_text(encoding="utf-8")
COMMANDS = typer.main.get_command(app).commands  # type: ignore[attr-defined]
FENCE = re.compile(r"^```[^\n]*\n(.*?)^```", re.M | re.S)


def quickstart_blocks() -> list[str]:
    section = README.split("## Quickstart", 1)[1].split("\n## ", 1)[0]
    return FENCE.findall(section)


@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_readme_documents_every_command(name: str) -> None:
    assert f"`kg {name}" in README, f"kg {name} is missing from the README"
    summary = (COMMANDS[name].help or "").strip().splitlines()[0]
    assert summary in README, f"the README's line for kg {name} should read: {summary}"


def test_quickstart_first_block_runs_the_example() -> None:
    first = quickstart_blocks()[0]
    assert "pip install ." in first
    assert "kg build examples/" in first
    assert "kg oversees 达板镇" in first


def test_ci_runs_exactly_the_readme_test_command() -> None:
    second = quickstart_blocks()[1]
    lines = [line.strip() for line in second.splitlines() if line.strip()]
    assert lines and any("pytest" in line for line in lines)
    ci_lines = [line.strip() for line in CI.splitlines()]
    for line in lines:
        assert line in ci_lines, f".ci/run must contain the README's line verbatim: {line}"


def test_ci_script_is_strict_and_uses_a_fresh_venv() -> None:
    assert CI.startswith("#!/usr/bin/env bash")
    assert "set -euo pipefail" in CI
    assert "python3 -m venv" in CI


def test_examples_are_bundled() -> None:
    assert (REPO / "examples" / "linxia-2016.txt").is_file()
    assert (REPO / "examples" / "linxia-2016.gold.json").is_file()


# every module of the library: an example left out of this list rots unseen
MODULES = ["kg", "extract", *sorted(m.name for package in ("kg", "extract")
                                    for m in pkgutil.walk_packages([str(REPO / package)], prefix=package + "."))]


@pytest.mark.parametrize("module", MODULES)
def test_doctests(module: str) -> None:
    result = doctest.testmod(importlib.import_module(module), optionflags=doctest.ELLIPSIS)
    assert result.failed == 0
