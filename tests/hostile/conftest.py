"""The hostile-input suite: every test here runs under a hang timeout (pytest-timeout).

A frozen tokenizer or a server that stops answering fails its own test, with the stack,
instead of hanging the whole CI run. The bounds are generous: they catch hangs and
quadratic blow-ups, not slow machines (speed is measured in benchmarks/, not here).
"""

from __future__ import annotations

import pytest


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if "tests/hostile/" in str(item.fspath).replace("\\", "/"):
            item.add_marker(pytest.mark.hostile)
            if item.get_closest_marker("timeout") is None:
                item.add_marker(pytest.mark.timeout(120))
