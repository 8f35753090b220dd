"""Collects the notices from the chunk modules."""
import importlib
import pkgutil

ALL = []
for _m in sorted(m.name for m in pkgutil.iter_modules(__path__)):
    if _m.startswith("n"):
        ALL.extend(importlib.import_module(__name__ + "." + _m).NOTICES)
