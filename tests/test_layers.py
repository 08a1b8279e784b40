"""The layers of `src`: each imports only itself and the layers below it; only `src.ui` talks to Streamlit.

text < facts < metrics < views < renderers (export, site, ui). Renderers may import each other, except that
nothing outside `src/ui/` imports `src.ui`.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from src.facts.paths import PROJECT_ROOT

SRC = PROJECT_ROOT / "src"
RANK = {"text": 0, "facts": 1, "metrics": 2, "views": 3, "export": 4, "site": 4, "ui": 4}
MODULES = sorted(path for path in SRC.rglob("*.py") if path.parent != SRC)


def layer_of(path: Path) -> str:
    return path.relative_to(SRC).parts[0]


def imports_of(path: Path) -> list[tuple[int, str]]:
    """(line, imported name) for every import: `src.x.y` for `from src.x import y`, so a layer is always named."""
    found: list[tuple[int, str]] = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            assert node.level == 0, f"{path.relative_to(PROJECT_ROOT)}:{node.lineno}: relative import"
            found += [(node.lineno, f"{node.module}.{alias.name}") for alias in node.names]
    return found


def test_every_module_sits_in_a_layer() -> None:
    assert {path.name for path in SRC.glob("*.py")} == {"__init__.py"}
    assert {layer_of(path) for path in MODULES} == set(RANK)


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(SRC)))
def test_imports_follow_the_layers(path: Path) -> None:
    layer, problems = layer_of(path), []
    for line, name in imports_of(path):
        where = f"{path.relative_to(PROJECT_ROOT)}:{line} imports {name}"
        parts = name.split(".")
        if parts[0] == "streamlit" and layer != "ui":
            problems.append(f"{where}: only src/ui/ may import Streamlit")
        if parts[0] != "src":
            continue
        target = parts[1] if len(parts) > 1 else ""
        if target not in RANK:
            problems.append(f"{where}: not a layer of src ({', '.join(RANK)})")
        elif target == "ui" and layer != "ui":
            problems.append(f"{where}: nothing outside src/ui/ imports src.ui")
        elif RANK[target] > RANK[layer]:
            problems.append(f"{where}: the {layer} layer may not import the higher {target} layer")
    assert not problems, "\n".join(problems)
