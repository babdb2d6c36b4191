"""Sphinx extension of the vcm docs: short public names resolve, and none is left undocumented.

- ``:class:`vcm.Organisation``` (or ``vcm.load``, ``MonitoringRule.status``) links to where
  the object is documented (``vcm.model.Organisation``): users write the names they import.
- Every name in the ``__all__`` of a public module must be documented on some page; one that
  is not is a warning (an error under ``-W``) naming it.
"""

from __future__ import annotations

import importlib
import inspect
from typing import Any

from docutils import nodes
from sphinx.addnodes import pending_xref
from sphinx.application import Sphinx
from sphinx.environment import BuildEnvironment
from sphinx.util import logging

logger = logging.getLogger(__name__)

PUBLIC_MODULES = (
    "vcm",
    "vcm.model",
    "vcm.io",
    "vcm.errors",
    "vcm.checks",
    "vcm.analysis",
    "vcm.plugins",
    "vcm.changes",
    "vcm.testing",
    "vcm.examples",
    "vcm.vocabulary",
)
_PLAIN = (int, float, str, bytes, bool, type(None), tuple, frozenset)


def _import(name: str) -> Any:
    """The object a dotted name names, or None."""
    parts = name.split(".")
    for cut in range(len(parts), 0, -1):
        try:
            obj: Any = importlib.import_module(".".join(parts[:cut]))
        except ImportError:
            continue
        try:
            for part in parts[cut:]:
                obj = inspect.getattr_static(obj, part) if inspect.isclass(obj) else getattr(
                    obj, part
                )
        except AttributeError:
            return None
        return obj
    return None


def _documented(env: BuildEnvironment) -> dict[int, str]:
    """The documented objects by identity: id(object) -> the name it is documented under."""
    cache = getattr(env, "_vcm_documented", None)
    if cache is None:
        cache = {}
        for name in sorted(env.get_domain("py").objects, key=len):  # type: ignore[attr-defined]
            obj = _import(name)
            if obj is not None and not isinstance(obj, _PLAIN):
                cache.setdefault(id(obj), name)
        env._vcm_documented = cache  # type: ignore[attr-defined]
    return cache  # type: ignore[no-any-return]


def _resolve(
    app: Sphinx, env: BuildEnvironment, node: pending_xref, contnode: nodes.TextElement
) -> nodes.reference | None:
    if node.get("refdomain") != "py":
        return None
    target = node["reftarget"]
    for candidate in (target, f"vcm.{target}"):
        obj = _import(candidate)
        if obj is None or isinstance(obj, _PLAIN):
            continue
        name = _documented(env).get(id(obj))
        if name and name != target:
            domain = env.get_domain("py")
            return domain.resolve_xref(  # type: ignore[no-any-return]
                env, node["refdoc"], app.builder, "obj", name, node, contnode
            )
    return None


def _check_public_names(app: Sphinx, env: BuildEnvironment) -> None:
    objects = env.get_domain("py").objects  # type: ignore[attr-defined]
    documented = _documented(env)
    for module_name in PUBLIC_MODULES:
        module = importlib.import_module(module_name)
        for name in getattr(module, "__all__", ()):
            obj = getattr(module, name)
            full = f"{module_name}.{name}"
            if full in objects or (not isinstance(obj, _PLAIN) and id(obj) in documented):
                continue
            logger.warning("the public name %s is documented on no page of the docs", full)


def setup(app: Sphinx) -> dict[str, Any]:
    app.connect("missing-reference", _resolve)
    app.connect("env-check-consistency", _check_public_names)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
