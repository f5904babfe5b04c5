#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
# SPDX-License-Identifier: MIT
"""Keeps the house limits on the sources: no file over 600 lines, no function body over 60 lines.

A function is what clang-format writes for one (.clang-format: braces on their own line after a function): a head
that holds "(" and is not a class, struct, union, enum or namespace, then a line that is only "{" at the head's
indentation, up to the first line that is only "}" at that indentation. Its size is the lines between the two.
Usage: checksizes.py FOLDER... (every .cpp and .h below each folder); --self-test proves that it can fail.
"""
import os
import re
import sys
import tempfile

MAX_FILE_LINES = 600
MAX_FUNCTION_LINES = 60
NOT_FUNCTIONS = re.compile(r"^\s*(template\s*<.*>\s*)?(class|struct|union|enum|namespace)\b")


def indentation(line):
    return len(line) - len(line.lstrip(" "))


def function_head(lines, brace):
    """The first line of the head before lines[brace] ("{"), or None when what opens is no function."""
    level = indentation(lines[brace])
    i = brace - 1
    while i >= 0 and lines[i].strip() and indentation(lines[i]) > level:
        i -= 1  # a head wrapped over several lines
    if i < 0 or not lines[i].strip() or indentation(lines[i]) != level:
        return None
    head = " ".join(line.strip() for line in lines[i:brace])
    if "(" not in head or NOT_FUNCTIONS.match(head) or head.endswith((";", "{", "}", ",")):
        return None
    return i


def oversized_functions(lines):
    """(head line, body lines) of each function whose body is longer than the limit; line numbers from 1."""
    found = []
    for brace, line in enumerate(lines):
        if line.strip() != "{":
            continue
        head = function_head(lines, brace)
        if head is None:
            continue
        closing = " " * indentation(line) + "}"
        end = next((j for j in range(brace + 1, len(lines)) if lines[j].rstrip() == closing), None)
        if end is not None and end - brace - 1 > MAX_FUNCTION_LINES:
            found.append((head + 1, end - brace - 1))
    return found


def problems(folder):
    out = []
    for root, _, files in os.walk(folder):
        for name in sorted(files):
            if not name.endswith((".cpp", ".h")):
                continue
            path = os.path.join(root, name)
            with open(path, encoding="utf-8") as f:
                lines = f.read().split("\n")
            if lines and lines[-1] == "":
                lines.pop()
            shown = os.path.relpath(path, os.path.dirname(os.path.abspath(folder)))
            if len(lines) > MAX_FILE_LINES:
                out.append(f"{shown}: {len(lines)} lines (at most {MAX_FILE_LINES})")
            for head, size in oversized_functions(lines):
                out.append(f"{shown}:{head}: a function of {size} lines (at most {MAX_FUNCTION_LINES}): "
                           f"{lines[head - 1].strip()}")
    return out


def self_test():
    """A function of 61 lines and a file of 601 are refused; a class, a lambda and 60 lines are not."""
    body = "    int a = 0;\n"
    fine = ("class Long\n{\n" + body * 70 + "};\n"
            "void fine()\n{\n" + body * MAX_FUNCTION_LINES + "}\n"
            "auto f = [] {\n" + body * 70 + "};\n")
    long_function = ("int Reader::read(const QString &path,\n                  int limit) const\n{\n"
                     + body * (MAX_FUNCTION_LINES + 1) + "}\n")
    with tempfile.TemporaryDirectory() as folder:
        with open(os.path.join(folder, "fine.cpp"), "w", encoding="utf-8") as f:
            f.write(fine)
        if problems(folder):
            return f"refused what keeps the limits: {problems(folder)}"
        with open(os.path.join(folder, "long.cpp"), "w", encoding="utf-8") as f:
            f.write(long_function)
        with open(os.path.join(folder, "big.h"), "w", encoding="utf-8") as f:
            f.write("// a line\n" * (MAX_FILE_LINES + 1))
        found = problems(folder)
        if len(found) != 2 or not any("a function of 61 lines" in p for p in found) or \
                not any("601 lines" in p for p in found):
            return f"did not refuse a 61-line function and a 601-line file: {found}"
    return None


def main(argv):
    if argv[1:] == ["--self-test"]:
        failure = self_test()
        print(failure or "checksizes: refuses a long function and a long file")
        return 1 if failure else 0
    if len(argv) < 2:
        print("usage: checksizes.py FOLDER... | --self-test", file=sys.stderr)
        return 2
    found = [p for folder in argv[1:] for p in problems(folder)]
    for p in found:
        print(p)
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
