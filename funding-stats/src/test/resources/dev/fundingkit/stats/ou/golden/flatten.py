#!/usr/bin/env python3
"""Flattens ou_reference.py JSON (stdin) to key=value lines (java.util.Properties):
nested keys joined by '.', list items by '.0', '.1'; floats with repr (17 significant digits)."""
import json
import sys


def walk(prefix, node, out):
    if isinstance(node, dict):
        for k, v in node.items():
            walk(prefix + "." + k if prefix else k, v, out)
    elif isinstance(node, list):
        for i, v in enumerate(node):
            walk(prefix + "." + str(i), v, out)
    else:
        out.append((prefix, "null" if node is None else repr(node) if isinstance(node, float) else str(node)))


rows = []
walk("", json.load(sys.stdin), rows)
for k, v in rows:
    print(k.replace("%", "pct") + "=" + v)
